package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An English adjective such as first or last is found as the Korean determiner that says it (첫 앨범, 지난 여름). */
class DeterminerTest {

  /** Written for this test. */
  private static final String ALBUMS =
      """
      ---
      id: albums
      title: 앨범
      lang: ko
      licence: written for the Gwanyong tests
      ---
      그는 여름에 두 번째 앨범을 발표했다.
      그는 지난 여름에 첫 앨범을 발표했다.
      """;

  @TempDir static Path corpus;
  @TempDir static Path data;
  private static SmallIndex index;

  @BeforeAll
  static void open() throws IOException {
    index = SmallIndex.write(corpus, Map.of("albums.txt", ALBUMS), data);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void firstAndLastFindTheirDeterminers() {
    Hit hit = index.retriever().retrieve("He released his first album last summer.", 1).hits().getFirst();
    assertEquals("그는 지난 여름에 첫 앨범을 발표했다.", hit.sentenceText());
    assertEquals(hit.evidence().groups(), hit.evidence().groupsFound(), "released, first, album, last, summer");
  }
}
