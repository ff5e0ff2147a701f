package dev.gwanyong.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.corpus.Corpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code index import FILE.jsonl}: records into sources of the corpus folder, through the command line. */
class IndexImportCommandTest {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void importedRecordsAreSourcesOfTheCorpusFolder() throws IOException {
    Path records = dir.resolve("records.jsonl");
    Files.writeString(
        records,
        "{\"id\": \"village-library\", \"title\": \"햇살마을 도서관\", \"text\": \"도서관은 아홉 시에 연다.\", \"lang\": \"ko\"}\n"
            + "{\"id\": \"concert\", \"title\": \"마을 음악회\", \"text\": \"할아버지는 하모니카를 연주했다.\"}\n",
        UTF_8);
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    Run run =
        run("index", "import", records.toString(), "--corpus", corpus.toString(), "--data", dir.resolve("data").toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("2"), run.out());
    Corpus loaded = Corpus.load(corpus);
    assertEquals("햇살마을 도서관", loaded.source("village-library").orElseThrow().title());
    assertTrue(loaded.source("concert").isPresent());
  }

  @Test
  void aBadRecordIsOneClearLine() throws IOException {
    Path records = dir.resolve("bad.jsonl");
    Files.writeString(records, "{\"id\": \"ok\", \"title\": \"가\", \"text\": \"가.\"}\n{\"id\": \"bad\", \n", UTF_8);
    Run run =
        run("index", "import", records.toString(), "--corpus", dir.resolve("corpus").toString(), "--data",
            dir.resolve("data").toString());
    assertEquals(1, run.code(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("bad.jsonl") && run.err().contains("line 2"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }
}
