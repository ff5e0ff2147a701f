package dev.gwanyong.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.admin.AuditLog;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM runs {@code index import} of many records and is killed with SIGKILL in the middle;
 * the next command finds all of the import or none of it, never an empty or partial file, and an
 * import it finds is audited.
 */
class ImportCrashTest {

  static final int RECORDS = 1_500;

  @Test
  void killedWhileFilesAppearInTheCorpusTheImportIsFinishedAtTheNextStart(@TempDir Path dir)
      throws Exception {
    killWhen(dir, name -> name.startsWith("bulk-"));
    assertEquals(RECORDS, imported(dir), "the announced import is finished");
    assertTrue(
        AuditLog.read(dir.resolve("logs").resolve(AuditLog.FILE)).stream()
            .anyMatch(
                e ->
                    e.action().equals("import")
                        && e.outcome() == AuditLog.Outcome.ALLOWED
                        && e.message().contains(RECORDS + " sources")),
        "and audited with its count");
  }

  @Test
  void killedWhileStagingNothingIsImported(@TempDir Path dir) throws Exception {
    killWhen(dir, name -> name.startsWith(".txn-"));
    long found = imported(dir);
    assertTrue(found == 0 || found == RECORDS, "all or nothing: " + found);
  }

  /** Starts the import in a child JVM and kills it as soon as a corpus file name matches. */
  private static void killWhen(Path dir, Predicate<String> seen) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(
        corpus.resolve("first.txt"),
        "---\nid: first\ntitle: 첫 자료\nlang: ko\nlicence: test\n---\n가.\n");
    Path config = dir.resolve("gwanyong.yml");
    Files.writeString(
        config,
        "corpus: "
            + corpus
            + "\ndata: "
            + dir.resolve("data")
            + "\nlogs: "
            + dir.resolve("logs")
            + "\n",
        UTF_8);
    Path records = IndexImportCommandTest.records(dir, "bulk", RECORDS);
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "index",
                "import",
                records.toString(),
                "--config",
                config.toString())
            .directory(new File(System.getProperty("user.dir")))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!anyMatch(corpus, seen)) {
        assertTrue(
            child.isAlive(),
            "the child is still importing: " + Files.readString(dir.resolve("child.log")));
        assertTrue(System.nanoTime() < deadline, "the import started within a minute");
        Thread.onSpinWait();
      }
    } finally {
      child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child exits once killed");
    }
  }

  private static boolean anyMatch(Path corpus, Predicate<String> seen) throws java.io.IOException {
    try (Stream<Path> files = Files.list(corpus)) {
      return files.anyMatch(f -> seen.test(f.getFileName().toString()));
    }
  }

  /**
   * Runs {@code index list} like the next command would, and counts the imported sources it lists.
   */
  private static long imported(Path dir) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"index", "list", "--config", dir.resolve("gwanyong.yml").toString()},
            new PrintWriter(out),
            new PrintWriter(err));
    assertEquals(0, code, err.toString());
    try (Stream<Path> files = Files.list(dir.resolve("corpus"))) {
      List<Path> bulk = files.filter(f -> f.getFileName().toString().startsWith("bulk-")).toList();
      for (Path file : bulk) {
        assertTrue(Files.size(file) > 0, file + " is complete");
      }
    }
    return out.toString().lines().filter(l -> l.startsWith("• bulk-")).count();
  }
}
