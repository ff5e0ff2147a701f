package dev.gwanyong.index;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Irregular English forms ({@code irregular-en.txt}, then those generated from WordNet) meet their
 * base form's stem in the English fields.
 */
class IrregularEnglishFormsTest {

  private static final Analysis ANALYSIS = Analysis.load(Path.of("config", "analysis"));

  @ParameterizedTest
  @CsvSource({
    "overtaken, overtake",
    "overtook, overtake",
    "took, take",
    "taken, take",
    "Took, taking",
    "bought, buy",
    "children, child",
    "geese, goose",
    "knives, knife",
    "wolves, wolf"
  })
  void anIrregularFormHasItsBaseFormsStem(String form, String base) {
    for (String field : new String[] {Fields.ENGLISH, Fields.TRANSLATION}) {
      Set<String> stem = ANALYSIS.indexTerms(field, base);
      assertEquals(1, stem.size(), base + " → " + stem);
      assertEquals(stem, ANALYSIS.indexTerms(field, form), field + ": " + form);
      assertEquals(stem, ANALYSIS.queryTerms(field, form), field + " at query time: " + form);
    }
  }

  @Test
  void aFormThatIsAWordOfItsOwnIsNotTakenFromWordNet() {
    // WordNet lists rose as a form of rise, but rose is also a flower: the generated table leaves
    // it out.
    assertNotEquals(
        ANALYSIS.indexTerms(Fields.ENGLISH, "rise"), ANALYSIS.indexTerms(Fields.ENGLISH, "rose"));
  }

  @Test
  void inASentenceTheFormsMeet() {
    assertEquals(
        ANALYSIS.indexTerms(Fields.ENGLISH, "Kubernetes overtake Mesos"),
        ANALYSIS.indexTerms(Fields.ENGLISH, "Kubernetes overtook Mesos"));
    assertTrue(
        ANALYSIS
            .indexTerms(Fields.ENGLISH, "Mesos was overtaken by Kubernetes")
            .containsAll(ANALYSIS.indexTerms(Fields.ENGLISH, "overtake")));
  }

  @Test
  void withoutTheListPorterAloneKeepsThemApart(@TempDir Path noFiles) {
    Analysis plain = Analysis.load(noFiles);
    assertNotEquals(
        plain.indexTerms(Fields.ENGLISH, "overtake"),
        plain.indexTerms(Fields.ENGLISH, "overtaken"));
    assertNotEquals(
        plain.indexTerms(Fields.ENGLISH, "take"), plain.indexTerms(Fields.ENGLISH, "took"));
  }

  @Test
  void regularWordsAreStemmedAsBefore(@TempDir Path noFiles) {
    Analysis plain = Analysis.load(noFiles);
    for (String word : new String[] {"companies", "running", "containers", "governance"}) {
      assertEquals(
          plain.indexTerms(Fields.ENGLISH, word), ANALYSIS.indexTerms(Fields.ENGLISH, word), word);
    }
  }

  @Test
  void anIrregularFormOfAStopWordIsAStopWordToo() {
    assertEquals(Set.of(), ANALYSIS.indexTerms(Fields.ENGLISH, "tell"));
    assertEquals(Set.of(), ANALYSIS.indexTerms(Fields.ENGLISH, "told"));
  }

  @Test
  void anIrregularFormOfAnEverydayVerbMeetsItsBase() {
    assertEquals(Set.of("go"), ANALYSIS.indexTerms(Fields.ENGLISH, "went"));
    assertEquals(
        ANALYSIS.indexTerms(Fields.ENGLISH, "know"), ANALYSIS.indexTerms(Fields.ENGLISH, "knew"));
  }

  @Test
  void aMalformedLineNamesTheFile(@TempDir Path folder) throws IOException {
    Files.writeString(
        folder.resolve("irregular-en.txt"), "took\ttake\novertaken overtake\n", UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Analysis.load(folder));
    assertTrue(e.getMessage().contains("irregular-en.txt"), e.getMessage());
    assertTrue(e.getMessage().contains("overtaken overtake"), e.getMessage());
  }
}
