package dev.gwanyong.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code index lexicon add|list|remove}: what a moderator's entry changes, and input that must
 * never be written.
 */
class IndexLexiconCommandTest {

  private static final String QUESTION = "Which statue blocks fire?";

  @TempDir Path temp;
  Path config;
  Path lexicon;

  @BeforeEach
  void smallCorpusAndLexicon() throws Exception {
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    Files.writeString(
        corpus.resolve("haechi.txt"),
        "---\nid: haechi\ntitle: 광화문 해치\nlang: ko\nlicence: CC0\n---\n"
            + "광화문 앞의 해치 조각상은 불을 막아 준다고 전한다.\n조선의 궁궐에는 여러 문이 있다.\n",
        StandardCharsets.UTF_8);
    lexicon = Files.createDirectories(temp.resolve("lexicon"));
    Files.writeString(
        lexicon.resolve("test.tsv"),
        "palace\t궁궐\ngate\t문\nfire\t불\nblock\t막다\n",
        StandardCharsets.UTF_8);
    config = temp.resolve("gwanyong.yml");
    Files.writeString(
        config,
        "corpus: "
            + corpus
            + "\ndata: "
            + temp.resolve("data")
            + "\nlogs: "
            + temp.resolve("logs")
            + "\nlexicon: "
            + lexicon
            + "\n",
        StandardCharsets.UTF_8);
  }

  private CliRun run(String... args) {
    return CliRun.withConfig(config, args);
  }

  @Test
  void anAddedEntryIsListedAndFindsItsKoreanWordUntilRemoved() {
    assertTrue(
        run("ask", "--json", QUESTION).out().contains("\"status\":\"abstained\""),
        "statue has no translation yet");

    CliRun added = run("index", "lexicon", "add", "statue", "조각상; 석상");
    assertEquals(0, added.code(), added.err());
    assertEquals("Added statue → 조각상; 석상 (in local.tsv)\n", added.out());
    assertEquals(
        "statue\t조각상; 석상\t(local.tsv)\n1 entry\n", run("index", "lexicon", "list", "stat").out());
    assertTrue(
        run("ask", "--json", QUESTION).out().contains("해치 조각상"), "the quote with 조각상 is cited");

    CliRun removed = run("index", "lexicon", "remove", "statue");
    assertEquals(0, removed.code(), removed.err());
    assertFalse(run("index", "lexicon", "list", "stat").out().contains("statue"));
    assertEquals(
        1, run("index", "lexicon", "remove", "statue").code(), "a second removal finds nothing");
  }

  @Test
  void aLineBreakAControlCharacterOrACommentMarkIsRefusedAndTheLexiconStillLoads()
      throws Exception {
    CliRun broken = run("index", "lexicon", "add", "statue", "조각\n상");
    assertEquals(2, broken.code(), broken.out());
    assertTrue(broken.firstErrorLine().contains("must be on one line"), broken.err());
    CliRun escaped = run("index", "lexicon", "add", "sta\u001btue", "조각상");
    assertEquals(2, escaped.code(), escaped.out());
    assertTrue(escaped.firstErrorLine().contains("on one line and without tabs"), escaped.err());

    CliRun comment = run("index", "lexicon", "add", "#statue", "조각상");
    assertEquals(2, comment.code(), comment.out());
    assertTrue(comment.firstErrorLine().contains("cannot start with '#'"), comment.err());

    assertFalse(Files.exists(lexicon.resolve("local.tsv")), "nothing was written");
    CliRun asked = run("ask", "--json", "Which palace gate?");
    assertEquals(0, asked.code(), asked.err());
  }
}
