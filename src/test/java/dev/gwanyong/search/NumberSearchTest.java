package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question word that asks for a number also finds the sentences that give one of its kind, where the sentence names
 * nothing else the question asks: "쿠버네티스 점유율은?" is answered by the 78% of a survey, which says no share.
 * Each sentence is a paragraph of its own, and the shorter ones would come first on their shared word alone.
 */
class NumberSearchTest {

  /** Written for this test. */
  private static final String SENTENCES =
      """
      ---
      id: numbers
      title: 설문
      lang: ko
      licence: written for the Gwanyong tests
      ---
      쿠버네티스는 컨테이너를 관리한다.
      쿠버네티스는 구글이 만들었다.
      설문에 답한 기업 가운데 78%가 운영 환경에서 쿠버네티스를 쓰고 있다고 답했다.
      쿠버네티스는 클라우드 네이티브 컴퓨팅 재단에 기증되어 2014년부터 공개적으로 개발되고 있다.
      """;

  @TempDir static Path corpus;
  @TempDir static Path data;
  private static SmallIndex index;
  private static Retriever retriever;

  @BeforeAll
  static void open() throws IOException {
    index = SmallIndex.write(corpus, Map.of("numbers.txt", SENTENCES), data);
    retriever = index.retriever();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static String first(String question) {
    return retriever.retrieve(question, 5).hits().getFirst().sentenceText();
  }

  @Test
  void aWordThatAsksForAPercentageFindsTheSentenceThatGivesOne() {
    for (String question : List.of("쿠버네티스 점유율은?", "쿠버네티스 비율", "Kubernetes percentage?")) {
      assertEquals("설문에 답한 기업 가운데 78%가 운영 환경에서 쿠버네티스를 쓰고 있다고 답했다.", first(question), question);
    }
  }

  @Test
  void aWordThatAsksForAYearFindsTheSentenceThatGivesOne() {
    for (String question : List.of("쿠버네티스 연도", "Kubernetes year?")) {
      assertEquals("쿠버네티스는 클라우드 네이티브 컴퓨팅 재단에 기증되어 2014년부터 공개적으로 개발되고 있다.", first(question),
          question);
    }
  }
}
