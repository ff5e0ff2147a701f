package dev.gwanyong.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A lang in any case is taken and written in lower case by {@code index add|update|import}, as chat
 * always took it: import refused {@code "lang": "EN"}, and so did {@code --lang EN}.
 */
class LanguageCaseCommandTest extends CorpusCopyTest {

  private String file(String id) throws Exception {
    return Files.readString(corpus.resolve(id + ".txt"), UTF_8);
  }

  @Test
  void addAndUpdateTakeAnyCase() throws Exception {
    CliRun added =
        copy.run(
            "index",
            "add",
            "--id",
            "haechi",
            "--lang",
            "EN",
            "--text",
            "Haechi is a mythical creature.");
    assertEquals(0, added.code(), added.out() + added.err());
    assertTrue(file("haechi").contains("\nlang: en\n"), file("haechi"));

    CliRun updated = copy.run("index", "update", "--id", "haechi", "--lang", "Ko");
    assertEquals(0, updated.code(), updated.out() + updated.err());
    assertTrue(file("haechi").contains("\nlang: ko\n"), file("haechi"));
  }

  @Test
  void importTakesAnyCase() throws Exception {
    Path records = temp.resolve("records.jsonl");
    Files.writeString(
        records,
        "{\"id\": \"haechi\", \"title\": \"Haechi\", \"text\": \"Haechi is a mythical creature.\","
            + " \"lang\": \"EN\"}\n",
        UTF_8);
    CliRun run = copy.run("index", "import", records.toString());
    assertEquals(0, run.code(), run.out() + run.err());
    assertTrue(file("haechi").contains("\nlang: en\n"), file("haechi"));
  }

  @Test
  void anotherLanguageIsStillRefusedWithOneMessage() throws Exception {
    CliRun added =
        copy.run(
            "index", "add", "--id", "haechi", "--lang", "FR", "--text", "Haechi est une créature.");
    assertEquals(1, added.code(), added.out());
    assertTrue(
        (added.out() + added.err()).contains("lang must be ko or en, not \"fr\""),
        added.out() + added.err());
  }
}
