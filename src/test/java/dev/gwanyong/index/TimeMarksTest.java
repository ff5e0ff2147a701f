package dev.gwanyong.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gwanyong.index.TimeMarks.Asked;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeMarksTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "When was Kubernetes first released?",
        "when did docker swarm come out",
        "What year was the CNCF founded?",
        "In which month did Docker announce Swarm?",
        "쿠버네티스는 언제 나왔어?",
        "메소스피어가 회사 이름을 바꾼 게 언제야?",
        "어느 해에 졸업했지?",
        "미스터 허드슨의 출생 년도는?",
        "임종석이 지명수배 된 날은?",
        "북한이 1차 핵실험을 감행한 해는?",
        "반기문이 출마를 선언한 날짜는",
        "쿠버네티스 출시 연도",
        "CNCF 설립 날짜?"
      })
  void questionsThatAskWhen(String question) {
    assertEquals(Asked.DATE, TimeMarks.asked(question), question);
  }

  /** How many years or days may ask for a span as much as for a date (몇 년 동안, 몇 년에). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "CNCF는 몇 년에 세워졌나?",
        "첫 공연은 며칠이었어?",
        "몇 년 동안 재위했나?",
        "How long ago was it?",
        "How long did it take Kubernetes to beat its rivals?",
        "for how long has he lived here?",
        "쿠버네티스가 경쟁자를 이기는 데 얼마나 걸렸어?",
        "출시 후 얼마 만에 1위가 됐나?",
        "얼마 동안 머물렀어?"
      })
  void questionsThatAskHowLong(String question) {
    assertEquals(Asked.ANY_TIME, TimeMarks.asked(question), question);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "What happens when a pod dies?",
        "How long is the Nile?",
        "얼마나 많은 회사가 쓰나?",
        "Who founded Mesosphere?",
        "쿠버네티스는 언제나 무료야?",
        "언제든 질문해도 돼?",
        "그날은 왜 특별했어?",
        "쿠버네티스를 활용하는 기업 비율은?"
      })
  void questionsThatAskSomethingElse(String question) {
    assertEquals(Asked.NOTHING, TimeMarks.asked(question), question);
  }

  /**
   * How far a sentence falls short of a question that asks when (the date) and of one that asks how
   * many years or days (any time): a point in time says both, a span says how long but not when,
   * and some sentences say no time.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Google open-sourced Kubernetes in June 2014.                     | 0 | 0
          Docker announced Swarm at DockerCon Europe in December.          | 0 | 0
          The project grew quickly during the 1990s.                       | 0 | 0
          It was written in the 12th century.                              | 0 | 0
          Two weeks ago the vote was held.                                 | 0 | 0
          쿠버네티스 1.0은 2015년 7월 21일에 발표되었다.                   | 0 | 0
          그는 정오에 서재 문을 두드려 달라고 부탁했다.                    | 0 | 0
          어렸을 때 부산에 살았다.                                         | 0 | 0
          신생대 초기에 형성되기 시작하였다.                               | 0 | 0
          언제 도착했어?                                                   | 0 | 0
          대전에 가는 다음 기차가 몇시에 있습니까?                         | 0 | 0
          평공 12년(기원전 564년)에 정나라를 공격했다.                     | 0 | 0
          회의는 오후 3시에 시작했다.                                      | 0 | 0
          같은 날 구글은 재단 설립을 발표했다.                             | 0 | 0
          이튿날 회의가 다시 열렸다.                                       | 0 | 0
          The same day the city founded the society.                       | 0 | 0
          그럼에도 쿠버네티스가 출시 6년 만에 이들을 제치고 최강자로 등극했다. | 1 | 0
          그는 그곳에서 3년간 일했다.                                      | 1 | 0
          전쟁은 7년 동안 이어졌다.                                        | 1 | 0
          배터리는 최대 14시간 간다.                                       | 1 | 0
          저 아이가 얼마나 오래 앉아 있었어?                               | 1 | 0
          How long are you going to be in London?                          | 1 | 0
          그러나 쿠버네티스를 내놓은 구글은 달랐다.                        | 2 | 2
          개방성 때문에 커뮤니티가 열광했다.                               | 2 | 2
          Rancher rebuilt its release entirely around Kubernetes.          | 2 | 2
          Apache 2.0 is a permissive licence.                              | 2 | 2
          The maintainers may refuse a change.                             | 2 | 2
          """)
  void howFarASentenceFallsShortOfTheTimeAsked(String sentence, int ofDate, int ofAnyTime) {
    assertEquals(ofDate, TimeMarks.shortfall(Asked.DATE, sentence), sentence);
    assertEquals(ofAnyTime, TimeMarks.shortfall(Asked.ANY_TIME, sentence), sentence);
    assertEquals(0, TimeMarks.shortfall(Asked.NOTHING, sentence), "nothing asked, nothing short");
  }
}
