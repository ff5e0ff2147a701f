package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wish written with the auxiliary 싶다 (가고 싶다) is what English writes as want, in either direction. */
class WishTest {

  /** Written for this test. */
  private static final String TRIP =
      """
      ---
      id: trip
      title: 여행
      lang: ko
      licence: written for the Gwanyong tests
      ---
      나는 바다에 갔다.
      나는 바다에 가고 싶다.
      """;

  /** Written for this test. */
  private static final String WALK =
      """
      ---
      id: walk
      title: A walk
      lang: en
      licence: written for the Gwanyong tests
      ---
      We walked to the park.
      We want to walk to the park.
      """;

  @TempDir static Path corpus;
  @TempDir static Path data;
  private static SmallIndex index;

  @BeforeAll
  static void open() throws IOException {
    index = SmallIndex.write(corpus, Map.of("trip.txt", TRIP, "walk.txt", WALK), data);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static Hit first(String question) {
    return index.retriever().retrieve(question, 1).hits().getFirst();
  }

  @Test
  void wantFindsTheKoreanWish() {
    Hit hit = first("I want to go to the sea.");
    assertEquals("나는 바다에 가고 싶다.", hit.sentenceText());
    assertEquals(3, hit.evidence().groupsFound(), "want, go, sea");
  }

  @Test
  void theKoreanWishFindsWant() {
    Hit hit = first("공원에 걷고 싶다");
    assertEquals("We want to walk to the park.", hit.sentenceText());
    assertEquals(3, hit.evidence().groupsFound(), "공원, 걷다, 싶다");
  }
}
