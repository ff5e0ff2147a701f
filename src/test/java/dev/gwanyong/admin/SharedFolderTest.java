package dev.gwanyong.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.answer.AnswerService;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running server and a command-line run sharing the corpus, data and logs folders, each with its
 * own index reader.
 */
class SharedFolderTest {

  @Test
  void aServerServesAChangeMadeFromTheCommandLineWithoutARestart(@TempDir Path temp)
      throws Exception {
    try (Fixture server = new Fixture(temp)) {
      assertTrue(!server.citedSources(ModerationServiceTest.HAECHI_QUESTION).contains("haechi"));
      try (AnswerService cliAnswers = AnswerService.open(server.config);
          ModerationService cli = ModerationService.open(server.config, cliAnswers.store())) {
        ModerationResult added =
            cli.add(
                Actor.cli("root"),
                new SourceInput.Text(ModerationServiceTest.HAECHI),
                SourceFields.ofId("haechi"));
        assertTrue(added.succeeded(), added.message());
      }

      ModerationResult.Status status =
          assertInstanceOf(ModerationResult.Status.class, server.moderation.status());
      assertTrue(status.current(), status.message());
      assertEquals("haechi", status.lastChange().orElseThrow().sourceId(), status.message());

      long deadline = System.nanoTime() + 10_000_000_000L;
      List<String> cited = server.citedSources(ModerationServiceTest.HAECHI_QUESTION);
      while (!cited.contains("haechi") && System.nanoTime() < deadline) {
        Thread.sleep(100);
        cited = server.citedSources(ModerationServiceTest.HAECHI_QUESTION);
      }
      assertEquals(
          "haechi", cited.getFirst(), "questions are answered from the new generation: " + cited);
    }
  }
}
