package dev.gwanyong.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.answer.Answer;
import dev.gwanyong.answer.Language;
import dev.gwanyong.chat.FeedbackLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code index unanswered}: the report from the configured logs folder, and a clear message for bad
 * days.
 */
class UnansweredCommandTest {

  @TempDir Path temp;
  Path config;

  @BeforeEach
  void writeConfig() throws Exception {
    config = temp.resolve("gwanyong.yml");
    Files.writeString(config, "logs: " + temp.resolve("logs") + "\n", StandardCharsets.UTF_8);
  }

  @Test
  void listsTheRefusedQuestionsOfTheConfiguredLog() {
    FeedbackLog log =
        new FeedbackLog(temp.resolve("logs").resolve(FeedbackLog.FILE), Clock.systemUTC());
    Answer refused =
        new Answer(
            "What is etcd?",
            Language.ENGLISH,
            List.of(),
            0.1,
            Optional.empty(),
            Optional.empty(),
            1);
    log.recordRefusal("slack", "U1", "a1", refused);
    log.recordRefusal("discord", "U2", "a2", refused);

    CliRun run = CliRun.withConfig(config, "index", "unanswered", "--days", "7");

    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("Unanswered questions in the last 7 days"), run.out());
    assertTrue(run.out().contains("1. What is etcd? — refused 2×"), run.out());
  }

  @Test
  void anEmptyOrMissingLogSaysSo() {
    CliRun run = CliRun.withConfig(config, "index", "unanswered");

    assertEquals(0, run.code(), run.err());
    assertEquals("No refused or down-voted questions in the last 30 days.", run.out().strip());
  }

  @Test
  void badDaysAreAUsageMistake() {
    CliRun run = CliRun.withConfig(config, "index", "unanswered", "--days", "0");

    assertEquals(2, run.code());
    assertTrue(run.firstErrorLine().contains("\"0\" is not a number of days"), run.err());
  }
}
