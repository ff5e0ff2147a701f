package dev.gwanyong.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.answer.Language;
import dev.gwanyong.answer.Phrases;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code console}: questions typed at the prompt, answered until an empty line or the end of input. */
class ConsoleCommandTest {

  @TempDir Path data;

  private CliRun console(String typed) {
    InputStream original = System.in;
    try {
      System.setIn(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)));
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
    assertTrue(run.out().contains("That is longer than 65,536 characters; ask it in fewer words."), run.out());
    assertTrue(run.out().contains("78%"), run.out());
  }

  @Test
  void endOfInputQuits() {
    CliRun run = console("");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().endsWith("? "), run.out());
  }
}
