package dev.gwanyong.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.answer.Answer;
import dev.gwanyong.answer.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unanswered report over a feedback log written through {@link FeedbackLog}, at chosen times.
 */
class UnansweredReportTest {

  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  @TempDir Path temp;

  private Path file() {
    return temp.resolve(FeedbackLog.FILE);
  }

  private FeedbackLog at(Instant time) {
    return new FeedbackLog(file(), Clock.fixed(time, ZoneOffset.UTC));
  }

  private FeedbackLog daysAgo(int days) {
    return at(NOW.minus(Duration.ofDays(days)));
  }

  private static Answer refusal(String question) {
    return new Answer(
        question, Language.of(question), List.of(), 0.1, Optional.empty(), Optional.empty(), 1);
  }

  private static Answer answered(String question) {
    return new Answer(
        question, Language.of(question), List.of(), 0.9, Optional.empty(), Optional.empty(), 1);
  }

  private UnansweredReport report() {
    return new UnansweredReport(
        new FeedbackLog(file(), Clock.systemUTC()), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void refusalsAndLastDownVotesAreGroupedByNormalisedTextMostFrequentFirst() throws Exception {
    daysAgo(3).recordRefusal("slack", "U1", "a1", refusal("쿠버네티스 가격은?"));
    daysAgo(2).recordRefusal("discord", "U2", "a2", refusal("  쿠버네티스   가격은 "));
    daysAgo(1).recordRefusal("slack", "U3", "a3", refusal("ＫＵＢＥＲＮＥＴＥＳ price?"));
    daysAgo(1).recordRefusal("slack", "U3", "a4", refusal("kubernetes price"));
    daysAgo(40).recordRefusal("slack", "U4", "a5", refusal("Who maintains etcd?"));
    // U1 changes a down vote to up: it no longer counts; U2's last vote is down, and so is U5's
    // "should have been answered" on a refusal.
    daysAgo(2)
        .recordVote(new Vote("slack", "U1", "b1", false), Optional.of(answered("What is CRI-O?")));
    daysAgo(1).recordVote(new Vote("slack", "U1", "b1", true), Optional.empty());
    daysAgo(1).recordVote(new Vote("slack", "U2", "b1", true), Optional.empty());
    daysAgo(0).recordVote(new Vote("slack", "U2", "b1", false), Optional.empty());
    daysAgo(0).recordVote(new Vote("discord", "U5", "a2", false), Optional.empty());
    Files.writeString(
        file(),
        "{\"kind\":\"refused\",\"time\":\"torn",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);

    List<UnansweredReport.Row> rows = report().rows(30);

    assertEquals(3, rows.size(), rows.toString());
    assertEquals(new UnansweredReport.Row("쿠버네티스 가격은", 2, 1, NOW), rows.get(0));
    assertEquals(
        new UnansweredReport.Row("kubernetes price", 2, 0, NOW.minus(Duration.ofDays(1))),
        rows.get(1));
    assertEquals(new UnansweredReport.Row("What is CRI-O?", 0, 1, NOW), rows.get(2));
    assertEquals(4, report().rows(60).size(), "the etcd question is 40 days old");
  }

  @Test
  void theTextListsCountsAndSaysWhenThereIsNothing() {
    assertEquals("No refused or down-voted questions in the last 7 days.", report().text(7));

    daysAgo(1).recordRefusal("slack", "U1", "a1", refusal("쿠버네티스 가격은?"));
    daysAgo(0).recordRefusal("slack", "U2", "a2", refusal("쿠버네티스 가격은?"));

    assertEquals(
        "Unanswered questions in the last day, most frequent first:\n"
            + "1. 쿠버네티스 가격은? — refused 2×, last 2026-11-30",
        report().text(1));
  }

  @Test
  void aLineTornInsideACharacterIsSkippedAndTheNextLineStillCounts() throws Exception {
    daysAgo(1).recordRefusal("slack", "U1", "a1", refusal("쿠버네티스 가격은?"));
    // A writer killed in the middle of 쿠: the strict reader failed the whole report on it, and the
    // next line, appended to the torn one, was lost with it.
    byte[] torn =
        "{\"time\":\"2026-11-30T11:00:00Z\",\"kind\":\"refused\",\"answer_id\":\"a2\",\"question\":\"쿠"
            .getBytes(StandardCharsets.UTF_8);
    Files.write(file(), java.util.Arrays.copyOf(torn, torn.length - 1), StandardOpenOption.APPEND);
    daysAgo(0).recordRefusal("discord", "U2", "a3", refusal("쿠버네티스 가격은"));

    assertEquals(List.of(new UnansweredReport.Row("쿠버네티스 가격은", 2, 0, NOW)), report().rows(30));
  }

  @Test
  void controlCharactersInAMembersQuestionAreShownAsSpaces() {
    daysAgo(0)
        .recordRefusal(
            "slack", "U1", "a1", refusal("\u001b[2J\u001b[31mWho\u0007 runs\u009b etcd?"));

    String text = report().text(7);

    assertTrue(text.contains("1. [2J [31mWho runs etcd? — refused 1×"), text);
    assertTrue(text.chars().allMatch(c -> c == '\n' || !Character.isISOControl(c)), text);
  }

  @Test
  void daysMustBeAWholeNumberFromOneToAYear() {
    assertEquals(Optional.of(7), UnansweredReport.days(" 7 "));
    for (String bad : List.of("0", "366", "-3", "seven", "", "7.5")) {
      assertEquals(Optional.empty(), UnansweredReport.days(bad), bad);
    }
    assertTrue(UnansweredReport.badDays("seven").contains("whole number from 1 to 365"));
  }
}
