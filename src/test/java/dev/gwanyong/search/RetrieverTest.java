package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.HostileInputs;
import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.IndexStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Retrieval over the bundled corpus, with questions that are plain, hostile or empty. */
class RetrieverTest {

  @TempDir static Path data;
  private static IndexStore store;
  private static Retriever retriever;

  @BeforeAll
  static void open() {
    Analysis analysis = Analysis.load(Path.of("config", "analysis"));
    store = new IndexStore(data, analysis, "");
    store.openOrBuild(Corpus.load(Path.of("index")));
    retriever = new Retriever(store, Lexicon.load(Path.of("config", "lexicon"), analysis));
  }

  @AfterAll
  static void close() throws IOException {
    store.close();
  }

  private static List<String> ids(List<Hit> hits) {
    return hits.stream().map(Hit::passageId).toList();
  }

  @ParameterizedTest
  @MethodSource("dev.gwanyong.HostileInputs#all")
  void hostileTextIsSearchedWithoutError(String question) {
    List<Hit> hits = retriever.search(question, 5);
    assertTrue(hits.size() <= 5);
    for (Hit hit : hits) {
      assertFalse(hit.sentenceText().isBlank());
      assertTrue(hit.coverage() >= 0 && hit.coverage() <= 1, "coverage " + hit.coverage());
    }
  }

  @Test
  void realWordsAmongOperatorsAreStillFound() {
    List<Hit> hits = retriever.search(HostileInputs.OPERATORS_AROUND_A_WORD, 3);
    assertFalse(hits.isEmpty());
    // The word or one of its listed short forms (k8s) is found, exactly as without the operators around it.
    String top = hits.getFirst().sentenceText();
    assertTrue(top.contains("쿠버네티스") || top.contains("k8s"), top);
    assertEquals(ids(retriever.search("쿠버네티스", 3)), ids(hits));
  }

  @ParameterizedTest
  @ValueSource(strings = {"*:*", "*", "?", "~~~", "\"", "\\", "((( )))", "!!!", "😀🚀", "\u0000\u0000", ""})
  void textWithoutWordsFindsNothing(String question) {
    assertEquals(List.of(), retriever.search(question, 10));
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
    assertEquals(ids(retriever.search("구글의 상대적인 부재", 5)), ids(retriever.search(decorated, 5)));
  }

  @Test
  void fieldSyntaxIsSearchedAsWords() {
    List<Hit> hits = retriever.search("title:구글의 상대적인 부재", 1);
    assertFalse(hits.isEmpty());
    assertTrue(hits.getFirst().sentenceText().contains("구글의 상대적인 부재"), hits.getFirst().sentenceText());
  }

  @Test
  void hitsPointAtTheirSentenceInTheParagraph() {
    List<Hit> hits = retriever.search("쿠버네티스를 활용하는 기업 비율은?", 10);
    assertEquals(10, hits.size());
    assertTrue(hits.getFirst().sentenceText().contains("78%"), hits.getFirst().sentenceText());
    for (Hit hit : hits) {
      assertEquals(hit.paragraphText().substring(hit.start(), hit.end()), hit.sentenceText());
      assertTrue(hit.passageId().startsWith(hit.sourceId() + "#" + hit.paragraph() + "."), hit.passageId());
    }
  }
}
