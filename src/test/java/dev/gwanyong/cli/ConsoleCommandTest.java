package dev.gwanyong.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.answer.Language;
import dev.gwanyong.answer.Phrases;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code console}: questions typed at the prompt, answered until an empty line or the end of input.
 */
class ConsoleCommandTest {

  @TempDir Path data;

  private CliRun console(String typed) {
    return console(typed.getBytes(StandardCharsets.UTF_8));
  }

  private CliRun console(byte[] typed) {
    InputStream original = System.in;
    try {
      System.setIn(new ByteArrayInputStream(typed));
      return MainTest.run("console", "--data", data.toString());
    } finally {
      System.setIn(original);
    }
  }

  @Test
  void answersEachLineUntilAnEmptyOne() {
    CliRun run = console("쿠버네티스를 활용하는 기업 비율은?\n김치찌개 끓이는 법\n\n*:*\n");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("78%"), run.out());
    assertTrue(run.out().contains(Phrases.of(Language.KOREAN).notCovered()), run.out());
    long prompts = run.out().lines().filter(line -> line.startsWith("? ")).count();
    assertEquals(3, prompts, "two questions, then the empty line that quits: " + run.out());
  }

  @Test
  void aLineTooLongToKeepIsDeclinedAndTheNextIsAnswered() {
    CliRun run = console("a".repeat(InputLines.MAX_CHARS + 1) + "\n쿠버네티스를 활용하는 기업 비율은?\n");
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.out().contains("That is longer than 65,536 characters; ask it in fewer words."),
        run.out());
    assertTrue(run.out().contains("78%"), run.out());
  }

  @Test
  void aQuestionLongerThanChatTakesIsDeclinedAndTheNextIsAnswered() {
    String pasted = "쿠버네티스 ".repeat(300);
    CliRun run = console(pasted + "\n쿠버네티스를 활용하는 기업 비율은?\n");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("질문이 너무 깁니다 (1799자). 1000자 이내로 줄여 주세요."), run.out());
    assertTrue(run.out().contains("78%"), run.out());
  }

  @Test
  void aLineWithoutWordsIsDeclinedAndTheNextIsAnswered() {
    CliRun run = console("👍 ???\nok thanks\n고마워요\n쿠버네티스를 활용하는 기업 비율은?\n");
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.out().contains("That has no letter or digit to search for; ask in words."), run.out());
    assertTrue(run.out().contains(Phrases.of(Language.ENGLISH).remarkReply()), run.out());
    assertTrue(run.out().contains(Phrases.of(Language.KOREAN).remarkReply()), run.out());
    for (Language language : Language.values()) {
      assertFalse(
          run.out().contains(Phrases.of(language).notCovered()), "not refused: " + run.out());
    }
    assertTrue(run.out().contains("78%"), run.out());
  }

  @Test
  void aLineThatIsNotUtf8IsDeclinedAndTheNextIsAnswered() {
    byte[] cp949 = "쿠버네티스\n".getBytes(Charset.forName("CP949"));
    byte[] utf8 = "쿠버네티스를 활용하는 기업 비율은?\n".getBytes(StandardCharsets.UTF_8);
    byte[] typed = Arrays.copyOf(cp949, cp949.length + utf8.length);
    System.arraycopy(utf8, 0, typed, cp949.length, utf8.length);
    CliRun run = console(typed);
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.out().contains("That line is not UTF-8 text; set the terminal to UTF-8 and ask again."),
        run.out());
    assertTrue(run.out().contains("78%"), run.out());
  }

  @Test
  void exitOrQuitAloneOnALineQuitsAndInAQuestionIsAsked() {
    for (String quit : List.of("exit", " Quit ", ":q", "종료")) {
      CliRun run = console(quit + "\n쿠버네티스를 활용하는 기업 비율은?\n");
      assertEquals(0, run.code(), run.err());
      assertEquals(
          1,
          run.out().lines().filter(line -> line.startsWith("? ")).count(),
          quit + ": " + run.out());
      assertFalse(run.out().contains("78%"), run.out());
    }
    CliRun asked = console("Why did Docker quit Swarm?\n쿠버네티스를 활용하는 기업 비율은?\n");
    assertTrue(asked.out().contains("78%"), "a question with quit in it is asked: " + asked.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"help", "HELP", ":help", "/help", "?", "도움말"})
  void helpAloneOnALineSaysWhatToAsk(String help) {
    CliRun run = console(help + "\n");
    assertTrue(
        run.out().contains("Ask about the sources in Korean or English, for example: "), run.out());
    assertFalse(run.out().contains(Phrases.of(Language.ENGLISH).notCovered()), run.out());
    assertFalse(run.out().contains("no letter or digit"), run.out());
  }

  @Test
  void endOfInputQuits() {
    CliRun run = console("");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().endsWith("? "), run.out());
  }
}
