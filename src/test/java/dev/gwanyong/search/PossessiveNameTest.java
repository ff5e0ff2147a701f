package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A name an English question writes in the possessive (Redis's) is found where a Korean source writes it. */
class PossessiveNameTest {

  /** Written for this test. */
  private static final String LICENCES =
      """
      ---
      id: licences
      title: 라이선스 변경
      lang: ko
      licence: written for the Gwanyong tests
      ---
      Redis는 2024년 3월 라이선스를 바꿨다.
      같은 달 포크 프로젝트가 출범했다.
      """;

  @TempDir static Path corpus;
  @TempDir static Path data;
  private static SmallIndex index;

  @BeforeAll
  static void open() throws IOException {
    index = SmallIndex.write(corpus, Map.of("licences.txt", LICENCES), data);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void aPossessiveNameIsFoundAsTheName() {
    Hit hit = index.retriever().retrieve("What happened to Redis's license?", 1).hits().getFirst();
    assertEquals(1, hit.paragraph());
    assertEquals(1, hit.evidence().namesFound());
    assertEquals(hit.evidence().groups(), hit.evidence().groupsFound(), "the name and the licence");
  }
}
