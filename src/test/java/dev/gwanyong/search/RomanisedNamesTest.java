package dev.gwanyong.search;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.IndexStore;
import dev.gwanyong.lexicon.Lexicon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An English question names a Korean person as English text writes it (Park Chung-hee), and a Korean source as
 * Korean does (박정희): the name is found by the keys of its Hangul spelling, and counts as a name found.
 */
class RomanisedNamesTest {

  /** Written for this test. */
  private static final String SOURCE =
      """
      ---
      id: presidents
      title: 대통령과 정책
      lang: ko
      licence: written for the Gwanyong tests
      ---
      1968년 박정희 정부는 향토 예비군을 창설했다.
      김영삼 정부는 1993년 금융실명제를 도입했다.
      그 무렵 정부는 예비군 훈련 기간을 늘리고 금융 제도를 고쳤다.
      """;

  @TempDir static Path corpus;
  @TempDir static Path data;
  private static IndexStore store;
  private static Retriever retriever;

  @BeforeAll
  static void open() throws IOException {
    Files.writeString(corpus.resolve("presidents.txt"), SOURCE, UTF_8);
    Analysis analysis = Analysis.load(Path.of("config", "analysis"));
    store = new IndexStore(data, analysis);
    store.openOrBuild(Corpus.load(corpus));
    retriever = new Retriever(store, Lexicon.load(Path.of("config", "lexicon"), analysis));
  }

  @AfterAll
  static void close() throws IOException {
    store.close();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          When did Park Chung-hee's government create the reserve forces? | 박정희
          What did Kim Young-sam's government introduce?                  | 김영삼
          """)
  void aRomanisedKoreanNameFindsItsHangulSpelling(String question, String hangul) {
    Hit first = retriever.retrieve(question, 3).hits().getFirst();
    assertTrue(first.sentenceText().contains(hangul), question + " -> " + first.sentenceText());
    assertEquals(1, first.evidence().names(), "the name is one name, not three words");
    assertEquals(1, first.evidence().namesFound());
  }
}
