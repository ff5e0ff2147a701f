package dev.gwanyong.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountMarksTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          How many developers were using Kubernetes? | 5.6 million developers used it.   | It received 3,829 responses.
          How many companies joined?                  | 7 companies joined that day.      | It was July 2014.
          몇 명의 선수들이 결승을 다투었나?            | 결승에는 모두 5명이 올랐다.       | 그는 3번째 시도에 성공했다.
          결승에는 몇 명이 올랐나?                     | 결승에는 다섯 명이 올랐다.        | 결승은 2.39m에서 끝났다.
          스트라토캐스터는 싱글 픽업을 몇 개 썼나?     | 싱글 픽업 3개를 달았다.           | 1954년에 나왔다.
          몇 번째 싱글인가?                            | 네 번째 싱글이다.                 | 3번 발매가 미뤄졌다.
          인증은 몇 번까지 할 수 있나?                 | 인증은 세 번까지 할 수 있다.      | 3번째 인증은 막혔다.
          2021년 조사에서 개발자는 몇 명이었어?        | It counted 5.6 million developers. | It was published on 10 February 2022.
          응답자는 몇 명이야?                          | It drew 1,337 responses.          | 78% of respondents used it in 2019.
          응답자는 몇 명이야?                          | It drew 1,337 responses.          | Kubernetes 1.24 removed it.
          응답자는 몇 명이야?                          | It drew 1,337 responses.          | 2019년 조사에는 1,337 responses가 있었다.
          How many members does the committee have?    | 위원회는 7명으로 구성된다.        | 위원의 임기는 2년이다.
          How many people must nominate a candidate?   | 유권자 세 명의 추천을 받아야 한다. | 한 회사가 3분의 1을 넘지 못한다.
          How many releases were there?                | 그해 50건이 나왔다.               | 쿠버네티스 1.24에서 제거되었다.
          How many companies joined?                   | 회사 다섯 곳이 합류했다.          | 세 번째 회사는 2014년에 합류했다.
          """)
  void aSentenceThatCountsWhatWasAskedOutranksOneWithAnotherNumber(
      String question, String counts, String other) {
    var asked = CountMarks.asked(question);
    assertTrue(asked.isPresent(), question);
    assertEquals(0, CountMarks.shortfall(asked, counts), counts);
    assertEquals(1, CountMarks.shortfall(asked, other), other);
    assertEquals(2, CountMarks.shortfall(asked, "숫자가 없는 문장이다."), "a sentence with no number");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Who founded Mesosphere?",
        "몇몇 학자들은 무엇을 주장했나?",
        "쿠버네티스는 몇 년에 나왔어?",
        "회의는 몇 시에 열렸나?"
      })
  void questionsThatAskNoCount(String question) {
    var asked = CountMarks.asked(question);
    assertTrue(asked.isEmpty(), question);
    assertEquals(0, CountMarks.shortfall(asked, "아무 문장이다."), "nothing asked, nothing short");
  }
}
