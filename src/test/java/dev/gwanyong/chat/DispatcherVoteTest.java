package dev.gwanyong.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gwanyong.answer.Language;
import dev.gwanyong.answer.Phrases;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Votes through the dispatcher: one per member per answer, counted, and carried over a restart by
 * the log.
 */
class DispatcherVoteTest {

  @TempDir Path temp;
  private KbFixture fixture;

  @BeforeEach
  void open() {
    fixture = new KbFixture(temp, Map.of());
  }

  @AfterEach
  void close() throws Exception {
    fixture.close();
  }

  private String answerId(String question) {
    return switch (fixture.dispatcher.handle(
        new ChatRequest("slack", question, "UASKER", "C1", question))) {
      case ChatReply.Answered answered -> answered.answerId();
      case ChatReply.Refused refused -> refused.answerId();
      default -> throw new AssertionError("no answer to " + question);
    };
  }

  private VoteReply.Counts vote(
      Dispatcher dispatcher, String user, String answerId, boolean helpful) {
    return dispatcher.vote(new Vote("slack", user, answerId, helpful)).counts();
  }

  @Test
  void oneVotePerMemberAndASecondClickChangesIt() {
    String id = answerId("쿠버네티스를 활용하는 기업 비율은?");
    Dispatcher dispatcher = fixture.dispatcher;

    assertEquals(new VoteReply.Counts(1, 0), vote(dispatcher, "U1", id, true));
    assertEquals(new VoteReply.Counts(1, 0), vote(dispatcher, "U1", id, true));
    assertEquals(new VoteReply.Counts(0, 1), vote(dispatcher, "U1", id, false));
    assertEquals(new VoteReply.Counts(1, 1), vote(dispatcher, "U2", id, true));
    assertEquals(3, votesLogged(), "a click that changes nothing is not logged");
  }

  @Test
  void countsCarryOverARestartThroughTheFeedbackLog() {
    String id = answerId("쿠버네티스를 활용하는 기업 비율은?");
    vote(fixture.dispatcher, "U1", id, true);
    vote(fixture.dispatcher, "U2", id, false);

    Dispatcher restarted = new Dispatcher(fixture.answers, log());
    assertEquals(new VoteReply.Counts(2, 1), vote(restarted, "U3", id, true));
    assertEquals(new VoteReply.Counts(1, 2), vote(restarted, "U1", id, false));
  }

  @Test
  void aVoteOnAnAnswerNoLongerRememberedIsStillThankedInEnglish() {
    VoteReply reply = fixture.dispatcher.vote(new Vote("discord", "U1", "unknown-answer", false));
    assertEquals(Phrases.of(Language.ENGLISH).thanksForVote(), reply.thanks());
    assertEquals(new VoteReply.Counts(0, 1), reply.counts());
  }

  private FeedbackLog log() {
    return new FeedbackLog(fixture.config.logs().resolve("feedback.jsonl"), Clock.systemUTC());
  }

  private long votesLogged() {
    return log().lines().stream().filter(l -> l.kind().equals("vote")).count();
  }
}
