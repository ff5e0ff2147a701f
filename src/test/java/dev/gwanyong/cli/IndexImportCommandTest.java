package dev.gwanyong.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.admin.AuditLog;
import dev.gwanyong.corpus.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code index import FILE.jsonl}: records into sources of the corpus folder, through the command
 * line.
 */
class IndexImportCommandTest {

  @TempDir Path dir;
  Path corpus;
  Path config;

  @BeforeEach
  void writeConfig() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    config = dir.resolve("gwanyong.yml");
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
  }

  private CliRun run(String... args) {
    return CliRun.withConfig(config, args);
  }

  /** A JSON-lines file of {@code count} valid records, ids {@code prefix-0} and up. */
  static Path records(Path dir, String prefix, int count) throws IOException {
    Path file = dir.resolve(prefix + ".jsonl");
    Files.writeString(
        file,
        IntStream.range(0, count)
            .mapToObj(
                i ->
                    "{\"id\": \""
                        + prefix
                        + "-"
                        + i
                        + "\", \"title\": \"기록 "
                        + i
                        + "\", \"text\": \""
                        + prefix
                        + " 기록 "
                        + i
                        + "번은 시험용 문장이다.\", \"lang\": \"ko\", \"url\": \"https://example.org/"
                        + i
                        + "\"}")
            .collect(Collectors.joining("\n", "", "\n")),
        UTF_8);
    return file;
  }

  private List<String> corpusFiles() throws IOException {
    try (Stream<Path> files = Files.list(corpus)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private List<AuditLog.Entry> audit() {
    return AuditLog.read(dir.resolve("logs").resolve(AuditLog.FILE));
  }

  @Test
  void importedRecordsAreSourcesOfTheCorpusFolder() throws IOException {
    Path records = dir.resolve("records.jsonl");
    Files.writeString(
        records,
        "{\"id\": \"village-library\", \"title\": \"햇살마을 도서관\", \"text\": \"도서관은 아홉 시에 연다.\","
            + " \"lang\": \"ko\"}\n"
            + "{\"id\": \"concert\", \"title\": \"마을 음악회\", \"text\": \"할아버지는 하모니카를 연주했다.\"}\n",
        UTF_8);
    CliRun run = run("index", "import", records.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("Imported 2 sources"), run.out());
    Corpus loaded = Corpus.load(corpus);
    assertEquals("햇살마을 도서관", loaded.source("village-library").orElseThrow().title());
    assertTrue(loaded.source("concert").isPresent());
    assertTrue(run("ask", "도서관은 몇 시에 열어?").out().contains("village-library"), "searchable at once");
  }

  @Test
  void anImportIsAuditedOnceWithItsCount() throws IOException {
    CliRun run = run("index", "import", records(dir, "rec", 3).toString());
    assertEquals(0, run.code(), run.err());
    List<AuditLog.Entry> done =
        audit().stream().filter(e -> e.outcome() == AuditLog.Outcome.ALLOWED).toList();
    assertEquals(1, done.size(), done.toString());
    assertEquals("import", done.getFirst().action());
    assertTrue(done.getFirst().message().contains("3 sources"), done.getFirst().message());
  }

  @Test
  void oneBadRecordWritesNothing() throws IOException {
    for (String bad :
        List.of(
            "{\"id\": \"Bad Id!\", \"title\": \"가\", \"text\": \"가.\"}",
            "{\"id\": \"bad-lang\", \"title\": \"가\", \"text\": \"가.\", \"lang\": \"xx\"}",
            "{\"id\": \"bad-url\", \"title\": \"가\", \"text\": \"가.\", \"url\":"
                + " \"javascript:alert(1)\"}",
            "{\"id\": \"no-text\", \"title\": \"가\", \"text\": \" \"}",
            "{\"id\": \"bell\", \"title\": \"가\", \"text\": \"가.\\n\\u0007\\n나.\"}",
            "{\"id\": \"long-title\", \"title\": \""
                + "가".repeat(200_000)
                + "\", \"text\": \"가.\"}")) {
      Path file = dir.resolve("mixed.jsonl");
      Files.writeString(file, Files.readString(records(dir, "good", 2)) + bad + "\n", UTF_8);
      CliRun run = run("index", "import", file.toString());
      assertEquals(1, run.code(), bad + " → " + run.out());
      assertEquals(List.of(), corpusFiles(), "nothing written for " + bad);
      assertFalse(run.err().contains("\tat "), run.err());
    }
  }

  @Test
  void aRecordWithTheTextOfAnotherRecordOrSourceWritesNothing() throws IOException {
    Path twice = dir.resolve("twice.jsonl");
    Files.writeString(
        twice,
        Files.readString(records(dir, "good", 2))
            + "{\"id\": \"copy\", \"title\": \"사본\", \"text\": \"good 기록 1번은 시험용 문장이다.\"}\n",
        UTF_8);
    CliRun run = run("index", "import", twice.toString());
    assertEquals(1, run.code(), run.out());
    assertEquals(
        "⚠️ Record \"copy\" has the same text as record \"good-1\"; nothing was imported. Leave one"
            + " of them out of the file.\n",
        run.err());
    assertEquals(List.of(), corpusFiles());

    assertEquals(0, run("index", "import", records(dir, "good", 2).toString()).code());
    Path again = dir.resolve("again.jsonl");
    Files.writeString(
        again,
        "{\"id\": \"copy\", \"title\": \"사본\", \"text\": \"good 기록 0번은 시험용 문장이다.\"}\n",
        UTF_8);
    CliRun copied = run("index", "import", again.toString());
    assertEquals(1, copied.code(), copied.out());
    assertTrue(copied.err().contains("same text as source \"good-0\" (기록 0)"), copied.err());
    assertEquals(List.of("good-0.txt", "good-1.txt"), corpusFiles());
    assertEquals(AuditLog.Outcome.REJECTED, audit().getLast().outcome());
  }

  @Test
  void aLicenceTooLongForAHeaderLineWritesNothing() throws IOException {
    CliRun run =
        run("index", "import", records(dir, "good", 2).toString(), "--licence", "l".repeat(501));
    assertEquals(1, run.code(), run.out());
    assertEquals(
        "⚠️ The licence has 501 characters, more than the 500 a licence may have; nothing was"
            + " imported.\n",
        run.err());
    assertEquals(List.of(), corpusFiles());
  }

  @Test
  void existingIdsAreRefusedUnlessReplacing() throws IOException {
    assertEquals(0, run("index", "import", records(dir, "rec", 2).toString()).code());
    CliRun again = run("index", "import", records(dir, "rec", 3).toString());
    assertEquals(1, again.code(), again.out());
    assertTrue(again.err().contains("rec-0"), again.err());
    assertEquals(List.of("rec-0.txt", "rec-1.txt"), corpusFiles());

    CliRun replaced = run("index", "import", "--replace", records(dir, "rec", 3).toString());
    assertEquals(0, replaced.code(), replaced.err());
    assertEquals(List.of("rec-0.txt", "rec-1.txt", "rec-2.txt"), corpusFiles());
  }

  @Test
  void twoImportsOfTheSameIdsAtOnceDoNotBothSucceed() throws Exception {
    Path records = records(dir, "same", 300);
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<CliRun>> runs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        runs.add(
            two.submit(
                () -> {
                  go.await();
                  return run("index", "import", records.toString());
                }));
      }
      go.countDown();
      List<Integer> codes = new ArrayList<>();
      for (Future<CliRun> r : runs) {
        codes.add(r.get(2, TimeUnit.MINUTES).code());
      }
      assertEquals(
          1, codes.stream().filter(c -> c == 0).count(), "exactly one import succeeds: " + codes);
    } finally {
      two.shutdownNow();
    }
  }

  @Test
  void aByteOrderMarkIsReadPastAndAFileNotInUtf8IsOneClearLine() throws IOException {
    Path bom = dir.resolve("bom.jsonl");
    Files.write(bom, ("\uFEFF" + Files.readString(records(dir, "bom", 1))).getBytes(UTF_8));
    CliRun imported = run("index", "import", bom.toString());
    assertEquals(0, imported.code(), imported.err());
    assertEquals(List.of("bom-0.txt"), corpusFiles());

    Path latin1 = dir.resolve("latin1.jsonl");
    Files.write(
        latin1,
        "{\"id\": \"cafe\", \"title\": \"caf\u00e9\", \"text\": \"au lait\", \"lang\": \"en\"}\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    CliRun run = run("index", "import", latin1.toString());
    assertEquals(1, run.code(), run.out());
    assertEquals("error: " + latin1 + ": not UTF-8 text; save it as UTF-8", run.err().strip());
    assertEquals(List.of("bom-0.txt"), corpusFiles());
  }

  @Test
  void aBadRecordIsOneClearLine() throws IOException {
    Path records = dir.resolve("bad.jsonl");
    Files.writeString(
        records,
        "{\"id\": \"ok\", \"title\": \"가\", \"text\": \"가.\"}\n{\"id\": \"bad\", \n",
        UTF_8);
    CliRun run = run("index", "import", records.toString());
    assertEquals(1, run.code(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("bad.jsonl") && run.err().contains("line 2"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void twoRecordsOnOneLineAreRefusedNotHalfImported() throws IOException {
    Path records = dir.resolve("joined.jsonl");
    Files.writeString(
        records,
        "{\"id\": \"one\", \"title\": \"가\", \"text\": \"가.\"} "
            + "{\"id\": \"two\", \"title\": \"나\", \"text\": \"나.\"}\n",
        UTF_8);
    CliRun run = run("index", "import", records.toString());
    assertEquals(1, run.code(), run.out());
    assertEquals("error: " + records + ": line 1: not one JSON object", run.err().strip());
    assertFalse(
        corpusFiles().contains("one.txt"),
        "the second record was not silently dropped after the first");
  }

  @Test
  void aRecordThatNamesAKeyTwiceIsRefusedNotReadAsTheLast() throws IOException {
    Path records = dir.resolve("twice.jsonl");
    Files.writeString(
        records, "{\"id\": \"one\", \"title\": \"가\", \"text\": \"가.\", \"id\": \"two\"}\n", UTF_8);
    CliRun run = run("index", "import", records.toString());
    assertEquals(1, run.code(), run.out());
    assertEquals(
        "error: " + records + ": line 1: not one JSON object: Duplicate field 'id'",
        run.err().strip());
    assertTrue(corpusFiles().isEmpty(), corpusFiles().toString());
  }

  @Test
  void aRecordFieldThatIsNotAStringIsRefusedNotReadAsAWord() throws IOException {
    for (String record :
        List.of(
            "{\"id\": true, \"title\": \"가\", \"text\": \"가.\"} | \"id\" must be a string, was"
                + " true",
            "{\"id\": \"n\", \"title\": 2024, \"text\": \"가.\"} | \"title\" must be a string, was"
                + " 2024",
            "{\"id\": \"t\", \"title\": \"가\", \"text\": [\"가.\", \"나.\"]} | \"text\" must be a"
                + " string")) {
      String[] parts = record.split(" \\| ");
      Path records = Files.writeString(dir.resolve("typed.jsonl"), parts[0] + "\n", UTF_8);
      CliRun run = run("index", "import", records.toString());
      assertEquals(1, run.code(), run.out());
      assertTrue(run.err().startsWith("error: " + records + ": line 1: " + parts[1]), run.err());
      assertTrue(corpusFiles().isEmpty(), corpusFiles().toString());
    }
  }
}
