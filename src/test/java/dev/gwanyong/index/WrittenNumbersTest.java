package dev.gwanyong.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WrittenNumbersTest {

  @Test
  void numbersAreTheRunsOfDigitsThatNoLatinLetterPrecedes() {
    assertEquals(Set.of("1972", "10"), WrittenNumbers.numbers("I was born on October 10, 1972."));
    assertEquals(Set.of("11", "10"), WrittenNumbers.numbers("내 생일은 11월 10일이다."));
    assertEquals(
        Set.of("1", "0"), WrittenNumbers.numbers("k8s 1.0"), "the 8 of k8s is part of a name");
    assertEquals(Set.of(), WrittenNumbers.numbers("No numbers here."));
  }

  @Test
  void numbersClashWhenBothWriteSomeAndTheSentenceLacksOneOfTheQuestions() {
    Set<String> question = WrittenNumbers.numbers("쿠버네티스 1.0은 2015년에 나왔나?");
    assertTrue(
        WrittenNumbers.numbersClash(
            question, "쿠버네티스 1.18은 2020년에 나왔다.", "쿠버네티스 1.18은 2020년에 나왔다."));
    assertFalse(
        WrittenNumbers.numbersClash(
            question, "쿠버네티스 1.0은 2015년 7월에 나왔다.", "쿠버네티스 1.0은 2015년 7월에 나왔다."),
        "more numbers than the question's");
    assertFalse(
        WrittenNumbers.numbersClash(question, "쿠버네티스는 OSCON에서 나왔다.", "쿠버네티스는 OSCON에서 나왔다."),
        "a sentence without numbers only lacks them");
    assertFalse(
        WrittenNumbers.numbersClash(
            WrittenNumbers.numbers("언제 나왔나?"), "2015년에 나왔다.", "2015년에 나왔다."));
    assertFalse(
        WrittenNumbers.numbersClash(
            question, "그해 7월 OSCON에서 1.0이 나왔다.", "쿠버네티스는 2015년에 안정됐다. 그해 7월 OSCON에서 1.0이 나왔다."),
        "the paragraph writes the year it lacks");
  }

  @Test
  void digitsAfterALatinLetterArePartOfAName() {
    assertEquals(Set.of("78"), WrittenNumbers.numbers("k8s를 쓰는 기업은 78%다."));
    assertEquals(Set.of("10", "2015"), WrittenNumbers.numbers("EC2는 2015년 10월에"));
    assertFalse(
        WrittenNumbers.numbersClash(
            WrittenNumbers.numbers("k8s 활용하는 기업 비율은?"), "기업의 78%가 쓴다.", ""));
  }
}
