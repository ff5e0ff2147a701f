package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A question word that asks for a number is answered by a sentence with a number of its kind, and
 * finds it: a percentage for 비율 or percentage, a year for 연도, 해 or year, any number for 수치, 날짜 or
 * 시기. Each sentence is a paragraph of its own.
 */
class NumberAnswerTest {

  /** Written for this test. */
  private static final String SENTENCES =
      """
      ---
      id: numbers
      title: 숫자들
      lang: ko
      licence: written for the Gwanyong tests
      ---
      쿠버네티스 프로젝트는 아파치 2.0 라이선스를 쓴다.
      쿠버네티스를 쓰는 회사는 78%에 이른다.
      쿠버네티스는 출시 6년 만에 최강자가 되었다.
      쿠버네티스는 2014년에 공개되었다.
      """;

  @RegisterExtension
  static final SharedIndex index = SharedIndex.of(Map.of("numbers.txt", SENTENCES));

  private static Retriever retriever;

  @BeforeAll
  static void open() {
    retriever = index.retriever();
  }

  /** Whether each sentence answers the question's number, by sentence. */
  private static Map<String, Boolean> numberAnswers(String question) {
    List<Hit> hits = retriever.retrieve(question, 10).hits();
    hits.forEach(
        hit -> assertTrue(hit.evidence().asksForNumber(), question + " asks for a number"));
    return hits.stream()
        .collect(Collectors.toMap(Hit::sentenceText, hit -> hit.evidence().numberAnswer()));
  }

  @Test
  void aWordThatAsksForANumberFindsTheSentencesThatGiveOneOfItsKind() {
    // The sentence with 78% names no share, and shorter sentences share its one other word.
    for (String question : List.of("쿠버네티스 점유율은?", "쿠버네티스 비율", "Kubernetes percentage?")) {
      assertEquals(
          "쿠버네티스를 쓰는 회사는 78%에 이른다.",
          retriever.retrieve(question, 4).hits().getFirst().sentenceText(), question);
    }
  }

  @Test
  void aPercentageAnswersWhatAsksForOneAndAVersionNumberDoesNot() {
    for (String question :
        List.of("쿠버네티스를 쓰는 회사는 몇 퍼센트인가?", "What percentage of companies use Kubernetes?")) {
      Map<String, Boolean> answers = numberAnswers(question);
      assertEquals(true, answers.get("쿠버네티스를 쓰는 회사는 78%에 이른다."), question);
      assertEquals(false, answers.get("쿠버네티스 프로젝트는 아파치 2.0 라이선스를 쓴다."), question);
      assertEquals(false, answers.get("쿠버네티스는 2014년에 공개되었다."), question);
    }
  }

  @Test
  void aYearAnswersWhatAsksForOneAndADurationDoesNot() {
    for (String question :
        List.of("쿠버네티스가 공개된 연도는?", "쿠버네티스가 공개된 해는?", "In what year was Kubernetes released?")) {
      Map<String, Boolean> answers = numberAnswers(question);
      assertEquals(true, answers.get("쿠버네티스는 2014년에 공개되었다."), question);
      assertEquals(false, answers.get("쿠버네티스는 출시 6년 만에 최강자가 되었다."), question);
      assertEquals(false, answers.get("쿠버네티스를 쓰는 회사는 78%에 이른다."), question);
    }
  }

  @Test
  void aDateOrATimeAsksForAnyNumber() {
    // A date need not write its year (8월 10일), nor a time a date (1990년대 초): any number may give
    // one.
    for (String question : List.of("쿠버네티스가 공개된 날짜는?", "쿠버네티스가 공개된 시기는?", "쿠버네티스 공개 일자")) {
      Map<String, Boolean> answers = numberAnswers(question);
      assertEquals(true, answers.get("쿠버네티스는 2014년에 공개되었다."), question);
    }
  }

  @Test
  void anyNumberAnswersAWordThatNamesNoKind() {
    Map<String, Boolean> answers = numberAnswers("쿠버네티스의 수치는?");
    assertFalse(answers.isEmpty());
    answers.forEach((sentence, answered) -> assertTrue(answered, sentence));
  }
}
