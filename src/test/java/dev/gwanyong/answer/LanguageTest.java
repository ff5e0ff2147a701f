package dev.gwanyong.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "쿠버네티스를 활용하는 기업 비율은? | KOREAN",
        "k8s가 vendor lock-in 없이 성공한 이유? | KOREAN",
        "What share of companies use Kubernetes? | ENGLISH",
        "Why did 쿠버네티스 beat Docker Swarm and Mesos? | ENGLISH",
        "CNCF 78% | ENGLISH",
        "*:* | ENGLISH",
        "쿠버 | KOREAN"
      })
  void questionsAreKoreanWhenAtLeastAThirdOfTheirLettersAreHangul(
      String question, Language expected) {
    assertEquals(expected, Language.of(question));
  }

  @Test
  void eachLanguageHasItsOwnFraming() {
    assertEquals("ko", Language.KOREAN.code());
    assertEquals("en", Language.ENGLISH.code());
    assertNotEquals(
        Phrases.of(Language.KOREAN).notCovered(), Phrases.of(Language.ENGLISH).notCovered());
    assertNotEquals(
        Phrases.of(Language.KOREAN).fromSources(), Phrases.of(Language.ENGLISH).fromSources());
  }
}
