package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Where a question's words are found around a candidate (its sentence, the sentences either side,
 * the rest of the paragraph, the title, its translation) as the index keeps it, for a source
 * written here.
 */
class PassageSurroundingsTest {

  /** Written for this test: three sentences in one paragraph and one in the next. */
  private static final String ORCHARD =
      """
      ---
      id: orchard
      title: Orchard notes
      lang: en
      ---
      Apples grow in spring. Pears ripen late. Plums are purple.
      Walnuts need a cold winter.
      """;

  /** Written for this test, with its translation below. */
  private static final String GARDEN =
      """
      ---
      id: garden
      title: 정원
      lang: ko
      ---
      장미는 오월에 핀다. 국화는 가을에 핀다.
      """;

  private static final String GARDEN_IN_ENGLISH =
      """
      ---
      title: Garden
      lang: en
      translation-of: garden
      ---
      Roses bloom in May. Chrysanthemums bloom in autumn.
      """;

  @RegisterExtension
  static final SharedIndex index =
      SharedIndex.of(
          Map.of("orchard.txt", ORCHARD, "garden.txt", GARDEN, "garden.en.txt", GARDEN_IN_ENGLISH));

  private static Retriever retriever;

  @BeforeAll
  static void open() {
    retriever = index.retriever();
  }

  private static Evidence evidenceOf(String question, String sentence) {
    List<Hit> hits = retriever.retrieve(question, 10).hits();
    return hits.stream()
        .filter(h -> h.sentenceText().equals(sentence))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    sentence + " not among " + hits.stream().map(Hit::sentenceText).toList()))
        .evidence();
  }

  @Test
  void wordsInTheSentenceItselfCountAsSentence() {
    Evidence e = evidenceOf("Do pears ripen late?", "Pears ripen late.");
    assertEquals(1.0, e.sentenceShare(), 1e-9);
    assertEquals(0.0, e.neighbourShare(), 1e-9);
  }

  @Test
  void aWordInTheNextSentenceCountsAsNeighbour() {
    Evidence e = evidenceOf("Pears and plums", "Pears ripen late.");
    assertTrue(e.sentenceShare() > 0);
    assertTrue(e.neighbourShare() > 0);
    assertEquals(0.0, e.contextShare(), 1e-9);
  }

  @Test
  void aWordTwoSentencesAwayCountsAsParagraphAndTheTitleAsTitle() {
    Evidence e = evidenceOf("Orchard apples purple plums", "Plums are purple.");
    assertTrue(e.contextShare() > 0, "apples are in the paragraph, orchard in the title");
    assertTrue(e.titleShare() > 0);
    assertEquals(0.0, e.neighbourShare(), 1e-9);
  }

  @Test
  void aWordInAnotherParagraphOnlyCountsAsMissingHere() {
    Evidence e = evidenceOf("pears walnuts", "Pears ripen late.");
    assertTrue(e.missingShare() > 0);
    assertEquals(0.0, e.contextShare(), 1e-9);
  }

  @Test
  void anEnglishQuestionMatchesAKoreanSentenceThroughItsAlignedTranslation() {
    Evidence e = evidenceOf("When do chrysanthemums bloom?", "국화는 가을에 핀다.");
    assertEquals(
        1.0, e.sentenceShare(), 1e-9, "chrysanthemums and bloom are in the sentence's translation");
  }

  @Test
  void aQuestionThatSaysAllTheSentenceSaysExplainsItAndOneThatAsksAboutPartOfItDoesNot() {
    assertEquals(
        1.0, evidenceOf("Pears ripen late", "Pears ripen late.").sentenceExplained(), 1e-9);
    assertEquals(
        1.0 / 3,
        evidenceOf("Do pears grow?", "Pears ripen late.").sentenceExplained(),
        1e-9,
        "pears, not ripen or late");
  }

  @Test
  void aKoreanSentenceIsExplainedByTheTranslationsOfAnEnglishQuestion() {
    Evidence roses = evidenceOf("Roses bloom in May", "장미는 오월에 핀다.");
    Evidence rosesOnly = evidenceOf("roses", "장미는 오월에 핀다.");
    assertTrue(rosesOnly.sentenceExplained() > 0, "장미 is explained by roses");
    assertTrue(
        roses.sentenceExplained() > rosesOnly.sentenceExplained(),
        roses.sentenceExplained() + " against " + rosesOnly.sentenceExplained());
  }
}
