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
 * A Korean question finds a short English name by the name's Hangul forms (톰 for Tom), which have too few consonants
 * for a phonetic key that tells Tom from Tim; a sentence that begins with the name counts too.
 */
class HangulNamesTest {

  /** Written for this test. */
  private static final String STATION =
      """
      ---
      id: station
      title: At the station
      lang: en
      licence: written for the Gwanyong tests
      ---
      Yesterday I met Tim at the station.
      Tom missed the train yesterday.
      Yesterday I met Tom at the station.
      """;

  @TempDir static Path corpus;
  @TempDir static Path data;
  private static SmallIndex index;

  @BeforeAll
  static void open() throws IOException {
    index = SmallIndex.write(corpus, Map.of("station.txt", STATION), data);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static Hit first(String question) {
    return index.retriever().retrieve(question, 1).hits().getFirst();
  }

  @Test
  void aShortNameIsFoundByItsHangulForms() {
    Hit hit = first("어제 역에서 톰을 만났어");
    assertEquals("Yesterday I met Tom at the station.", hit.sentenceText());
    assertEquals(hit.evidence().groups(), hit.evidence().groupsFound(), "어제, 역, 톰, 만나다");
  }

  @Test
  void alsoWhereTheTextBeginsASentenceWithIt() {
    Hit hit = first("톰은 기차를 놓쳤다");
    assertEquals("Tom missed the train yesterday.", hit.sentenceText());
    assertEquals(hit.evidence().groups(), hit.evidence().groupsFound(), "톰, 기차, 놓치다");
  }
}
