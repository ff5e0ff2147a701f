package dev.gwanyong.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.corpus.Source;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM adding sources or rebuilding in a loop is killed with SIGKILL at random moments; the
 * corpus opened again serves either the old or the new state: never empty or corrupt, answering a
 * known question correctly, with every source in it complete, its add audited as done, and the
 * index built from exactly those files.
 */
class CrashSafetyTest {

  static final int KILLS = 4;

  /** The text of a source the child adds: three sentences in two paragraphs, naming its id. */
  static String text(String id) {
    return "Crash marker "
        + id
        + " is a test source written by a child process.\n"
        + "It is complete only with both paragraphs.\n\nThe second paragraph of "
        + id
        + " ends here.";
  }

  @Test
  void killedInTheMiddleOfAnAddTheCorpusIsOldOrNew(@TempDir Path root) throws Exception {
    killRepeatedly("add", root, new Random(6));
  }

  @Test
  void killedInTheMiddleOfARebuildTheCorpusIsOldOrNew(@TempDir Path root) throws Exception {
    killRepeatedly("rebuild", root, new Random(66));
  }

  private void killRepeatedly(String mode, Path root, Random random) throws Exception {
    Fixture.config(root, java.util.Map.of()); // copies the bundled corpus once
    int completedSteps = 0;
    int killedMidStep = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      Process child =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  CrashChild.class.getName(),
                  mode,
                  root.toString())
              .directory(new File(System.getProperty("user.dir")))
              .redirectErrorStream(true)
              .start();
      int steps = 1 + random.nextInt(3);
      java.util.concurrent.LinkedBlockingQueue<String> lines =
          new java.util.concurrent.LinkedBlockingQueue<>();
      Thread reader =
          Thread.ofPlatform()
              .start(
                  () -> {
                    try (BufferedReader out =
                        new BufferedReader(
                            new InputStreamReader(
                                child.getInputStream(), StandardCharsets.UTF_8))) {
                      for (String line = out.readLine(); line != null; line = out.readLine()) {
                        lines.add(line);
                      }
                    } catch (java.io.IOException e) {
                      lines.add("closed"); // the stream closes when the child is killed
                    }
                  });
      java.util.List<String> seen = new java.util.ArrayList<>();
      while (seen.stream().filter(l -> l.startsWith("step")).count() < steps) {
        String line = lines.poll(60, TimeUnit.SECONDS);
        assertTrue(line != null, "child made progress: " + seen);
        seen.add(line);
      }
      Thread.sleep(
          random.nextInt(250)); // somewhere in the write, the build, the switch or the swap
      child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child exits once killed");
      reader.join();
      lines.drainTo(seen);
      completedSteps += (int) seen.stream().filter(l -> l.startsWith("done")).count();
      String last =
          seen.stream()
              .filter(l -> l.startsWith("step") || l.startsWith("done"))
              .reduce((a, b) -> b)
              .orElse("");
      killedMidStep += last.startsWith("step") ? 1 : 0;
      reopenAndCheck(root);
    }
    System.out.printf(
        "crash %s: %d kills (%d in the middle of a step), %d steps completed, every restart"
            + " consistent%n",
        mode, KILLS, killedMidStep, completedSteps);
  }

  /** Opens the corpus like a fresh start and checks it is whole. */
  private static void reopenAndCheck(Path root) throws Exception {
    try (Fixture fixture = new Fixture(root)) {
      Corpus corpus = Corpus.load(fixture.corpus());
      assertTrue(corpus.sources().size() >= 5, "never an empty corpus: " + corpus.sources().size());
      assertTrue(
          fixture.answers.store().isCurrent(corpus),
          "the served index is built from exactly these files");
      assertEquals(corpus.sources().size(), fixture.answers.indexInfo().sources());
      assertEquals("kubernetes-history", fixture.citedSources(Fixture.KNOWN_QUESTION).getFirst());
      List<AuditLog.Entry> audit = fixture.auditEntries();
      for (Source source : corpus.sources()) {
        if (source.id().startsWith("crash-")) {
          assertTrue(
              audit.stream()
                  .anyMatch(
                      e ->
                          e.sourceId().equals(source.id())
                              && e.outcome() == AuditLog.Outcome.ALLOWED),
              source.id() + " is in the corpus, so its add is audited as done");
          assertEquals(2, source.paragraphs().size(), source.id() + " is complete");
          assertEquals(source.id(), fixture.citedSources("Crash marker " + source.id()).getFirst());
        }
      }
      try (var files = Files.list(fixture.corpus())) {
        List<String> leftovers =
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        assertFalse(!leftovers.isEmpty(), "temp files are cleaned at start: " + leftovers);
      }
    }
  }
}
