package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sentence that writes a question's term of two words beside a parenthesis introduces it, as it introduces a
 * name so ("재단(CNCF)"), whether or not either word is a name: 아파치 is translated, so no name, and ‘아파치
 * 방식(The Apache Way)’ still says what the Apache Way is. Each sentence is a paragraph of its own.
 */
class IntroducedTermTest {

  /** Written for this test. */
  private static final String SENTENCES =
      """
      ---
      id: apache
      title: 재단들
      lang: ko
      licence: written for the Gwanyong tests
      ---
      재단의 운영 방식은 흔히 ‘아파치 방식(The Apache Way)’이라 불린다.
      아파치 재단의 결정 방식은 합의를 따른다.
      """;

  @TempDir static Path corpus;
  @TempDir static Path data;
  private static SmallIndex index;
  private static Retriever retriever;

  @BeforeAll
  static void open() throws IOException {
    index = SmallIndex.write(corpus, Map.of("apache.txt", SENTENCES), data);
    retriever = index.retriever();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  /** Whether each sentence introduces what the question asks about, by sentence. */
  private static Map<String, Boolean> introduced(String question) {
    List<Hit> hits = retriever.retrieve(question, 10).hits();
    return hits.stream().collect(Collectors.toMap(Hit::sentenceText, hit -> hit.evidence().introduces()));
  }

  @Test
  void aTermOfTwoWordsBesideAParenthesisIsIntroduced() {
    for (String question : List.of("아파치 방식이 뭐야?", "아파치 방식은?")) {
      Map<String, Boolean> introduced = introduced(question);
      assertEquals(true, introduced.get("재단의 운영 방식은 흔히 ‘아파치 방식(The Apache Way)’이라 불린다."), question);
      assertEquals(false, introduced.get("아파치 재단의 결정 방식은 합의를 따른다."), question);
    }
  }

  @Test
  void twoWordsTheQuestionWritesApartAreNoTerm() {
    // 방식 and 아파치 are both asked, but not as 아파치 방식: the parenthesis glosses another term.
    assertEquals(false, introduced("방식 중에 아파치는 뭐야?").get("재단의 운영 방식은 흔히 ‘아파치 방식(The Apache Way)’이라 불린다."));
  }
}
