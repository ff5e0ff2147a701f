package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A number a question writes in digits is found where a text writes it as a word: English five, and a Korean native
 * numeral before its counter (다섯 마리).
 */
class DigitsAsWordsTest {

  /** Written for this test. */
  private static final String SUMS =
      """
      ---
      id: sums
      title: Sums
      lang: en
      licence: written for the Gwanyong tests
      ---
      Five plus two equals seven.
      Three plus one equals four.
      """;

  /** Written for this test. */
  private static final String CATS =
      """
      ---
      id: cats
      title: 고양이
      lang: ko
      licence: written for the Gwanyong tests
      ---
      우리 집에는 고양이 다섯 마리가 있다.
      우리 집에는 강아지가 있다.
      """;

  @TempDir static Path corpus;
  @TempDir static Path data;
  private static SmallIndex index;

  @BeforeAll
  static void open() throws IOException {
    index = SmallIndex.write(corpus, Map.of("sums.txt", SUMS, "cats.txt", CATS), data);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static Hit first(String question) {
    return index.retriever().retrieve(question, 1).hits().getFirst();
  }

  @Test
  void digitsFindEnglishNumberWords() {
    Hit hit = first("5 더하기 2는 7이다");
    assertEquals("Five plus two equals seven.", hit.sentenceText());
    assertEquals(3, hit.evidence().groupsFound(), "5, 2 and 7");
  }

  @Test
  void digitsFindKoreanNativeNumerals() {
    Hit hit = first("Are there 5 cats?");
    assertEquals("우리 집에는 고양이 다섯 마리가 있다.", hit.sentenceText());
    assertEquals(hit.evidence().groups(), hit.evidence().groupsFound(), "5 and cats");
  }
}
