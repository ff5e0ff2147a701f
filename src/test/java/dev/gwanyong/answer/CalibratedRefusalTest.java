package dev.gwanyong.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.config.ConfigLoader;
import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.search.Hit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The answer model and its risk-budget threshold at work on the bundled corpus, with sentences
 * written for this test (none from the dev set or the benchmarks): everyday English and Korean
 * about other topics is refused, questions about the sources are answered, and one shared everyday
 * word is not enough.
 */
class CalibratedRefusalTest {

  private static final String[] OFF_TOPIC = {
    "My grandmother grows tomatoes in her garden.",
    "The train to Busan leaves at noon.",
    "How do I bake a chocolate cake?",
    "Which football team won the league last year?",
    "She bought a red umbrella yesterday.",
    "고양이는 하루에 몇 시간 자나요?",
    "부산 가는 기차는 몇 시에 출발하나요?",
    "김장 김치는 언제 담그나요?",
    "올해 프로야구 우승팀은 어디인가요?",
    "제주도에서 귤은 언제 수확하나요?"
  };

  static Stream<String> offTopic() {
    return Stream.of(OFF_TOPIC);
  }

  @TempDir static Path data;
  private static GwanyongConfig config;
  private static AnswerService service;

  @BeforeAll
  static void open() {
    config = new ConfigLoader(Map.of()).load(Map.of("data", data.toString()));
    service = AnswerService.open(config);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  @ParameterizedTest
  @MethodSource("offTopic")
  void offTopicSentencesAreRefused(String question) {
    Answer answer = service.ask(question);
    assertFalse(answer.answered(), question + ": answered at confidence " + answer.confidence());
    assertTrue(answer.confidence() < service.threshold());
    assertEquals(List.of(), answer.citations());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          What percentage of surveyed companies use Kubernetes?  | 78%
          CNCF 설문에서 쿠버네티스를 쓰는 기업은 몇 퍼센트인가?   | 78%
          쿠버네티스 상표는 누가 보유하나요?                      | Linux Foundation
          """)
  void onTopicQuestionsAreAnswered(String question, String evidence) {
    Answer answer = service.ask(question);
    assertTrue(answer.answered(), question + ": refused at confidence " + answer.confidence());
    assertTrue(answer.confidence() >= service.threshold());
    assertTrue(
        answer.citations().getFirst().quote().contains(evidence),
        answer.citations().getFirst().quote());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          What is CNCF?  | (CNCF)
          CNCF가 뭐야?   | (CNCF)
          """)
  void aQuestionThatAsksWhatANameIsIsAnsweredWithASentenceThatIntroducesIt(
      String question, String introduced) {
    // The CNCF survey's source names CNCF in its title and in sentences that only mention it.
    Answer answer = service.ask(question);
    assertTrue(answer.answered(), question + ": refused at confidence " + answer.confidence());
    String quote = answer.citations().getFirst().quote();
    assertTrue(quote.contains(introduced), quote);
  }

  @Test
  void confidenceIsAlwaysBetweenZeroAndOne() {
    List<String> questions = new ArrayList<>(List.of(OFF_TOPIC));
    questions.addAll(
        List.of(
            "What percentage of surveyed companies use Kubernetes?",
            "쿠버네티스 쿠버네티스 쿠버네티스 CNCF CNCF 78%",
            "Kubernetes Kubernetes Kubernetes",
            "the of and",
            "?"));
    for (String question : questions) {
      double confidence = service.ask(question).confidence();
      assertTrue(confidence >= 0 && confidence <= 1, question + ": " + confidence);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          I was surprised by the result.  | 결과
          That song is a trend.           | 트렌드
          """)
  void oneSharedEverydayWordStaysBelowTheThreshold(String question, String sharedWord) {
    List<Hit> hits = service.search(question, 1);
    assertFalse(hits.isEmpty(), question);
    // The best sentence really does share the word with the question …
    assertTrue(hits.getFirst().sentenceText().contains(sharedWord), hits.getFirst().sentenceText());
    // … and that alone is not an answer.
    Answer answer = service.ask(question);
    assertTrue(
        answer.confidence() < service.threshold(),
        question
            + ": confidence "
            + answer.confidence()
            + " from "
            + hits.getFirst().sentenceText());
    assertFalse(answer.answered());
  }
}
