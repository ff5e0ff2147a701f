package dev.gwanyong.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code index add|update|import} refuse a title that shows nothing, as they refuse one of control
 * characters.
 */
class InvisibleTitleCommandTest extends CorpusCopyTest {

  @Test
  void addIsRefused() {
    CliRun run =
        copy.run(
            "index", "add", "--id", "haechi", "--title", "\u200b\u200e", "--text", "해치는 상상의 동물이다.");
    assertEquals(1, run.code(), run.out());
    assertTrue(
        (run.out() + run.err()).contains("source haechi has no title"), run.out() + run.err());
    assertFalse(Files.exists(corpus.resolve("haechi.txt")));
  }

  @Test
  void updateIsRefused() throws Exception {
    String before = Files.readString(corpus.resolve("open-governance.txt"));
    CliRun run = copy.run("index", "update", "--id", "open-governance", "--title", "\u00a0");
    assertEquals(1, run.code(), run.out());
    assertTrue(
        (run.out() + run.err()).contains("source open-governance has no title"),
        run.out() + run.err());
    assertEquals(before, Files.readString(corpus.resolve("open-governance.txt")));
  }

  @Test
  void importIsRefused() throws Exception {
    Path records = temp.resolve("records.jsonl");
    Files.writeString(
        records,
        "{\"id\": \"haechi\", \"title\": \"\\u200b\", \"text\": \"해치는 상상의 동물이다.\"}\n",
        UTF_8);
    CliRun run = copy.run("index", "import", records.toString());
    assertEquals(1, run.code(), run.out());
    assertTrue(
        (run.out() + run.err()).contains("record 'haechi': source haechi has no title"),
        run.out() + run.err());
    assertFalse(Files.exists(corpus.resolve("haechi.txt")));
  }
}
