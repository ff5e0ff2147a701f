package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.HostileInputs;
import dev.gwanyong.index.SentenceMarks;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Retrieval over the bundled corpus, with questions that are plain, hostile or empty. */
class RetrieverTest {

  @RegisterExtension static final SharedIndex index = SharedIndex.bundled();
  private static Retriever retriever;

  @BeforeAll
  static void open() {
    retriever = index.retriever();
  }

  private static List<String> ids(List<Hit> hits) {
    return hits.stream().map(Hit::passageId).toList();
  }

  @ParameterizedTest
  @MethodSource("dev.gwanyong.HostileInputs#all")
  void hostileTextIsSearchedWithoutError(String question) {
    List<Hit> hits = retriever.retrieve(question, 5).hits();
    assertTrue(hits.size() <= 5);
    for (Hit hit : hits) {
      assertFalse(hit.sentenceText().isBlank());
      assertSharesAddUp(hit.evidence());
    }
  }

  /**
   * Every group of the question is found somewhere (sentence, neighbour, paragraph), missing here,
   * or absent.
   */
  private static void assertSharesAddUp(Evidence e) {
    double[] shares = {
      e.sentenceShare(), e.neighbourShare(), e.contextShare(), e.missingShare(), e.absentShare()
    };
    for (double share : shares) {
      assertTrue(share >= 0 && share <= 1 + 1e-9, e.toString());
    }
    assertEquals(1.0, java.util.Arrays.stream(shares).sum(), 1e-9, e.toString());
    assertTrue(e.translatedShare() <= e.sentenceShare() + 1e-9, e.toString());
    assertTrue(e.absentNameShare() <= e.absentShare() + 1e-9, e.toString());
    assertTrue(e.unfoundEverydayShare() <= e.missingShare() + e.absentShare() + 1e-9, e.toString());
    assertTrue(e.namesFound() <= e.names() && e.groupsFound() <= e.groups(), e.toString());
  }

  @Test
  void candidatesComeInBm25OrderWithTheirRankingEvidence() {
    List<Hit> hits = retriever.retrieve("구글의 상대적인 부재", 10).hits();
    assertEquals(10, hits.size());
    for (int i = 0; i < hits.size(); i++) {
      Evidence e = hits.get(i).evidence();
      assertEquals(i, e.rank());
      assertSharesAddUp(e);
      if (i > 0) {
        assertTrue(e.score() <= hits.get(i - 1).evidence().score());
        assertTrue(e.margin() <= 0, "only the first candidate leads");
      }
    }
    Evidence first = hits.getFirst().evidence();
    assertEquals(1.0, first.relativeScore(), 1e-9);
    assertTrue(first.margin() >= 0);
    // Every word of the question is in the first sentence, in the question's own (Korean) words.
    assertEquals(1.0, first.sentenceShare(), 1e-9);
    assertEquals(0.0, first.translatedShare(), 1e-9);
  }

  @ParameterizedTest
  @ValueSource(strings = {"쿠버네티스를 활용하는 기업 비율은?", "쿠버네티스를 활용하지 않는 기업 비율은?"})
  void aSentenceWhosePolarityDiffersFromTheQuestionsIsMarked(String question) {
    List<Hit> hits = retriever.retrieve(question, 5).hits();
    assertFalse(hits.isEmpty());
    for (Hit hit : hits) {
      boolean differs =
          SentenceMarks.of(question).negates() != SentenceMarks.of(hit.sentenceText()).negates();
      assertEquals(differs, hit.evidence().polarityDiffers(), hit.sentenceText());
    }
    assertEquals(
        question.contains("않"),
        hits.getFirst().evidence().polarityDiffers(),
        "the 78% sentence says 활용하고");
  }

  @Test
  void wordsNoSourceUsesCountAsAbsent() {
    Evidence e = retriever.retrieve("Kubernetes zyxwvut history", 1).hits().getFirst().evidence();
    assertTrue(e.absentShare() > 0, e.toString());
    assertTrue(e.absentNameShare() > 0, "a word the lexicon lacks counts as a name: " + e);
    assertTrue(e.groupsFound() >= 1, e.toString());
    assertEquals(0.0, e.unfoundEverydayShare(), 1e-9, "an unknown word is no everyday word: " + e);
  }

  @ParameterizedTest
  @ValueSource(strings = {"What was GKE called before it was renamed?", "쿠버네티스라는 이름은 어디에서 유래했나요?"})
  void everydayWordsTheAnswerSaysOtherwiseAreToldApart(String question) {
    // The answer says "renamed", not "called"; 왔다 ("came from"), not 유래. Both are everyday words
    // (유래 through its translation, origin), so the model can weigh them as phrasing rather than
    // topic.
    Evidence e = retriever.retrieve(question, 1).hits().getFirst().evidence();
    assertTrue(e.missingShare() > 0, e.toString());
    assertTrue(e.unfoundEverydayShare() > 0, e.toString());
  }

  @Test
  void everydayWordsFoundInTheSentenceAreToldFromSpecificOnes() {
    // "founded" is an everyday word, Mesosphere is not: the sentence holds both, and only the first
    // is everyday.
    Evidence e = retriever.retrieve("Who founded Mesosphere?", 1).hits().getFirst().evidence();
    assertEquals(1.0, e.sentenceShare(), 1e-9, e.toString());
    assertTrue(
        e.foundEverydayShare() > 0 && e.foundEverydayShare() < e.sentenceShare(), e.toString());
    // A sentence found only through everyday words carries all of its share in them.
    Evidence everyday = retriever.retrieve("Who founded it?", 1).hits().getFirst().evidence();
    assertEquals(
        everyday.sentenceShare(), everyday.foundEverydayShare(), 1e-9, everyday.toString());
  }

  @Test
  void realWordsAmongOperatorsAreStillFound() {
    List<Hit> hits = retriever.retrieve(HostileInputs.OPERATORS_AROUND_A_WORD, 3).hits();
    assertFalse(hits.isEmpty());
    // The word or one of its listed short forms (k8s) is found, exactly as without the operators
    // around it.
    String top = hits.getFirst().sentenceText();
    assertTrue(top.contains("쿠버네티스") || top.contains("k8s"), top);
    assertEquals(ids(retriever.retrieve("쿠버네티스", 3).hits()), ids(hits));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "*:*",
        "*",
        "?",
        "~~~",
        "\"",
        "\\",
        "((( )))",
        "!!!",
        "😀🚀",
        "\u0000\u0000",
        "",
        "x",
        "1?",
        " k "
      })
  void textWithoutWordsFindsNothing(String question) {
    assertEquals(List.of(), retriever.retrieve(question, 10).hits());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "((구글의 상대적인 부재))",
        "\"구글의 상대적인 부재\"",
        "+구글의 -상대적인 부재*",
        "구글의~ 상대적인^ 부재?",
        "구글의 && 상대적인 || 부재!"
      })
  void querySyntaxDoesNotChangeTheRanking(String decorated) {
    assertEquals(
        ids(retriever.retrieve("구글의 상대적인 부재", 5).hits()),
        ids(retriever.retrieve(decorated, 5).hits()));
  }

  @Test
  void fieldSyntaxIsSearchedAsWords() {
    List<Hit> hits = retriever.retrieve("title:구글의 상대적인 부재", 1).hits();
    assertFalse(hits.isEmpty());
    assertTrue(
        hits.getFirst().sentenceText().contains("구글의 상대적인 부재"), hits.getFirst().sentenceText());
  }

  @Test
  void hitsPointAtTheirSentenceInTheParagraph() {
    List<Hit> hits = retriever.retrieve("쿠버네티스를 활용하는 기업 비율은?", 10).hits();
    assertEquals(10, hits.size());
    assertTrue(hits.getFirst().sentenceText().contains("78%"), hits.getFirst().sentenceText());
    for (Hit hit : hits) {
      assertEquals(hit.paragraphText().substring(hit.start(), hit.end()), hit.sentenceText());
      assertTrue(
          hit.passageId().startsWith(hit.sourceId() + "#" + hit.paragraph() + "."),
          hit.passageId());
    }
  }
}
