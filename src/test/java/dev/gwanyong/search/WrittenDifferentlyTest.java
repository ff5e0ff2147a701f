package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What English and Korean write in words of different kinds is found either way: a wish (want, the
 * auxiliary 싶다), an obligation (must, have to, the ending -아야 한다), an ability (can, -ㄹ 수 있다), a
 * number (digits, five, 다섯 before a counter), an adjective (first, the determiner 첫), a short name
 * (Tom, 톰), a name Nori cuts into words (KubeCon, 쿠베콘) and a name a Korean sentence writes in Latin
 * letters (Prometheus는, Borg다).
 */
class WrittenDifferentlyTest {

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
      나는 내일 학교에 간다.
      나는 내일 학교에 가야 한다.
      후보는 추천을 받는다.
      후보가 되려면 추천을 받아야 한다.
      할머니는 시장에 가는 중이다.
      할머니는 시장에 있다.
      우리 집에는 고양이 다섯 마리가 있다.
      우리 집에는 강아지가 있다.
      그는 여름에 두 번째 앨범을 발표했다.
      그는 지난 여름에 첫 앨범을 발표했다.
      그 가게는 작년에 샌프란시스코에서 문을 열었다.
      첫 KubeCon은 샌프란시스코에서 열렸다.
      모니터링 도구 Prometheus는 2018년 8월 졸업했다.
      그 학생은 2018년 2월 졸업했다.
      구글은 웹 검색을 Borg 위에서 실행했다.
      쿠버네티스의 뿌리는 구글의 클러스터 관리 시스템 Borg다.
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
      We left early.
      We had to leave early.
      Five plus two equals seven.
      Three plus one equals four.
      Yesterday I met Tim at the station.
      Tom missed the train yesterday.
      Yesterday I met Tom at the station.
      We went to cut the cake.
      We went to KubeCon in November.
      We visited Mesosphere in San Francisco.
      Mesosphere was founded in 2013 to sell products built on Mesos.
      We read about Prometheus and the fire.
      """;

  @RegisterExtension
  static final SharedIndex index = SharedIndex.of(Map.of("trip.txt", TRIP, "walk.txt", WALK));

  /** The first candidate, after checking that it holds every word of the question. */
  private static String answerHoldingAll(String question) {
    Hit hit = index.retriever().retrieve(question, 1).hits().getFirst();
    assertEquals(
        hit.evidence().groups(),
        hit.evidence().groupsFound(),
        question + " -> " + hit.sentenceText());
    return hit.sentenceText();
  }

  @Test
  void wantIsTheKoreanWish() {
    assertEquals("나는 바다에 가고 싶다.", answerHoldingAll("I want to go to the sea."));
    assertEquals("We want to walk to the park.", answerHoldingAll("공원에 걷고 싶다"));
  }

  @Test
  void needIsTheKoreanObligation() {
    assertEquals("나는 내일 학교에 가야 한다.", answerHoldingAll("I have to go to school tomorrow."));
    assertEquals("나는 내일 학교에 가야 한다.", answerHoldingAll("Must I go to school tomorrow?"));
    assertEquals("We had to leave early.", answerHoldingAll("우리는 일찍 떠나야만 했다"));
    assertEquals("후보가 되려면 추천을 받아야 한다.", answerHoldingAll("후보가 되려면 뭐가 필요해?"));
  }

  /**
   * A verb Nori reads as another whose ending may have changed it (가는 as 갈- "grind" with its ㄹ
   * dropped) is also the verb as written (가- "go").
   */
  @Test
  void aVerbIsAlsoTheVerbAsWritten() {
    assertEquals("할머니는 시장에 가는 중이다.", answerHoldingAll("Grandma is going to the market."));
    assertEquals("할머니는 시장에 가는 중이다.", answerHoldingAll("할머니가 시장에 갔다"));
  }

  @Test
  void digitsAreNumberWords() {
    assertEquals("Five plus two equals seven.", answerHoldingAll("5와 2는 7이다"));
    assertEquals("우리 집에는 고양이 다섯 마리가 있다.", answerHoldingAll("Are there 5 cats?"));
  }

  @Test
  void firstAndLastAreDeterminers() {
    assertEquals(
        "그는 지난 여름에 첫 앨범을 발표했다.", answerHoldingAll("He released his first album last summer."));
  }

  @Test
  void aShortNameIsFoundByItsHangulForms() {
    assertEquals("Yesterday I met Tom at the station.", answerHoldingAll("어제 역에서 톰을 만났어"));
    // Also where the text begins a sentence with it, as a name that is written capitalised
    // elsewhere.
    assertEquals("Tom missed the train yesterday.", answerHoldingAll("톰은 기차를 놓쳤다"));
  }

  /**
   * A name written in Hangul that Nori cuts into words of its own (쿠베콘 as 쿠 | 베다 "cut" | 콘) is the
   * name of the index's text whose form it is, not those words.
   */
  @Test
  void aNameNoriCutsIntoWordsIsFoundWhole() {
    assertEquals("We went to KubeCon in November.", answerHoldingAll("쿠베콘에 갔어"));
    // Also where a Korean sentence writes the name with its particle (KubeCon은), which the English
    // field keeps.
    assertEquals("첫 KubeCon은 샌프란시스코에서 열렸다.", answerHoldingAll("쿠베콘은 어디서 열렸어?"));
  }

  /**
   * A name whose end Nori reads as an ending when nothing follows it (메소스피어? as 메소 | 스피다 and 어,
   * where 메소스피어는 is 메소 | 스피어) is the name of the written word, not of the pieces: found in the
   * English field as the name, not only by its phonetic key.
   */
  @Test
  void aNameWhoseEndNoriReadsAsAnEndingIsTheWrittenWord() {
    Hit hit = index.retriever().retrieve("메소스피어?", 1).hits().getFirst();
    assertTrue(hit.sentenceText().contains("Mesosphere"), hit.sentenceText());
    assertTrue(
        hit.matches().stream().anyMatch(m -> m.term().equals("mesospher")),
        hit.matches().toString());
  }

  /**
   * An English sentence that introduces the name a Korean word is found as introduces the Korean
   * word: "메소스피어가 뭐야?" asks what "What is Mesosphere?" asks.
   */
  @Test
  void anEnglishSentenceIntroducesTheNameAKoreanWordWrites() {
    Hit hit =
        hitQuoting("메소스피어가 뭐야?", "Mesosphere was founded in 2013 to sell products built on Mesos.");
    assertTrue(hit.evidence().introduces(), hit.evidence().toString());
  }

  /**
   * A Korean word the index writes as a Latin name, which too few consonants leave no phonetic key
   * for (보그, Borg), names something, and a Korean sentence that introduces that name introduces the
   * Korean word: "보그가 뭐야?" asks what "Borg가 뭐야?" asks.
   */
  @Test
  void aKoreanSentenceIntroducesTheLatinNameAKoreanWordWrites() {
    Hit hit = hitQuoting("보그가 뭐야?", "쿠버네티스의 뿌리는 구글의 클러스터 관리 시스템 Borg다.");
    assertTrue(hit.evidence().introduces(), hit.evidence().toString());
    assertEquals(1, hit.evidence().names(), hit.evidence().toString());
  }

  /** The candidate among the question's first five that is {@code sentence}. */
  private static Hit hitQuoting(String question, String sentence) {
    return index.retriever().retrieve(question, 5).hits().stream()
        .filter(hit -> hit.sentenceText().equals(sentence))
        .findFirst()
        .orElseThrow(() -> new AssertionError(sentence + " is no candidate for " + question));
  }

  /**
   * A name the lexicon translates (프로메테우스, Prometheus) is also found where a Korean sentence writes
   * it in Latin letters with its particle (Prometheus는), which the English field keeps whole.
   */
  @Test
  void aNameTheLexiconTranslatesIsFoundWrittenInLatinLettersInAKoreanSentence() {
    assertEquals("모니터링 도구 Prometheus는 2018년 8월 졸업했다.", answerHoldingAll("프로메테우스는 언제 졸업했어?"));
  }
}
