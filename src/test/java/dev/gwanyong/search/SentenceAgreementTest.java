package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sentences that share a question's words but not what it says: another person, the opposite
 * polarity, other numbers, a question of its own, or one word that translates two of the
 * question's. Each is a paragraph of its own (one a line), so every one is a candidate.
 */
class SentenceAgreementTest {

  /** Written for this test. */
  private static final String SENTENCES =
      """
      ---
      id: sentences
      title: 문장들
      lang: ko
      licence: written for the Gwanyong tests
      ---
      그는 머리를 흔들었다.
      나는 머리를 흔들었다.
      머리를 흔들었다.
      이 나라에는 일자리가 없다.
      이 나라에는 일자리가 적다.
      내 생일은 11월 10일이다.
      내 생일은 12월 10일이다.
      이 가방은 누구 것이지?
      이 가방은 꽉 찼다.
      건강한 커뮤니티가 좋은 코드를 만든다.
      """;

  @RegisterExtension
  static final SharedIndex index = SharedIndex.of(Map.of("sentences.txt", SENTENCES));

  private static Retriever retriever;

  @BeforeAll
  static void open() {
    retriever = index.retriever();
  }

  private static Map<String, Evidence> bySentence(String question) {
    List<Hit> hits = retriever.retrieve(question, 10).hits();
    return hits.stream().collect(Collectors.toMap(Hit::sentenceText, Hit::evidence));
  }

  @Test
  void aSentenceAboutAnotherPersonClashesAndOneWithoutASubjectDoesNot() {
    Map<String, Evidence> found = bySentence("He shook his head.");
    assertEquals(false, found.get("그는 머리를 흔들었다.").personsClash());
    assertEquals(true, found.get("나는 머리를 흔들었다.").personsClash());
    assertEquals(false, found.get("머리를 흔들었다.").personsClash());
  }

  @Test
  void aSentenceWritingOtherNumbersClashes() {
    Map<String, Evidence> found = bySentence("내 생일은 12월이야?");
    assertEquals(true, found.get("내 생일은 11월 10일이다.").numbersClash());
    assertEquals(false, found.get("내 생일은 12월 10일이다.").numbersClash());
  }

  @Test
  void aSentenceThatAsksAQuestionThatDoesNotIsMarked() {
    Map<String, Evidence> stated = bySentence("The bag is full.");
    assertEquals(true, stated.get("이 가방은 누구 것이지?").asksBack());
    assertEquals(false, stated.get("이 가방은 꽉 찼다.").asksBack());
    Map<String, Evidence> asked = bySentence("Whose bag is this?");
    assertEquals(false, asked.get("이 가방은 누구 것이지?").asksBack(), "a question may meet a question");
    assertEquals(false, asked.get("이 가방은 꽉 찼다.").asksBack(), "and meets statements all the time");
  }

  @Test
  void oneWordOfTheSentenceFindsOneWordOfTheQuestion() {
    // Good and nice both translate as 좋다, which the sentence says once.
    Evidence found = bySentence("Is the code good and nice?").get("건강한 커뮤니티가 좋은 코드를 만든다.");
    assertEquals(3, found.groups());
    assertEquals(2, found.groupsFound());
  }

  @Test
  void aSentenceOfTheOtherPolarityIsMarked() {
    Map<String, Evidence> found = bySentence("There are no jobs in this country.");
    assertEquals(false, found.get("이 나라에는 일자리가 없다.").polarityDiffers());
    assertEquals(true, found.get("이 나라에는 일자리가 적다.").polarityDiffers());
  }
}
