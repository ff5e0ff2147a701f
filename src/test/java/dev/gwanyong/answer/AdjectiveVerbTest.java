package dev.gwanyong.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question that asks when something disappeared (없어졌어?) asks for the verb, not only for its
 * topic: 없어지다 is the stop word 없다 and the auxiliary 지다 to Nori, which the chain would both drop.
 * And one that says who likes something asks for 좋아하다, which Nori reads as 좋다 "good" and 하다.
 */
class AdjectiveVerbTest {

  private static final String ANNOUNCED = "도커는 2014년 12월 도커 스웜을 발표했고, 스웜은 곧 도커 엔진에 들어갔다.";
  private static final String DISAPPEARED =
      "독립 실행형으로 여러 해 쓰이던 도커 스웜은 2019년 무렵 사실상 없어졌고, 그 자리는 엔진에 들어간 새 모드가 대신했다.";

  private static final String GOOD_CODE = "건강한 커뮤니티가 좋은 코드를 만든다.";
  private static final String LIKED = "많은 개발자가 Go 언어를 좋아한다.";

  @TempDir Path folder;

  @Test
  void aQuestionOfWhatDisappearedQuotesTheSentenceThatSaysSo() throws IOException {
    try (AnswerService service = OneSource.open(folder, "swarm", ANNOUNCED, DISAPPEARED)) {
      assertEquals(DISAPPEARED, service.candidates("도커 스웜은 언제 없어졌어?").getFirst().quote());
      assertEquals(ANNOUNCED, service.candidates("도커 스웜은 언제 발표됐어?").getFirst().quote());
    }
  }

  @Test
  void loveIsNotFoundInASentenceOfWhatIsGood() throws IOException {
    try (AnswerService service = OneSource.open(folder, "code", GOOD_CODE, LIKED)) {
      List<String> quotes =
          service.candidates("Who loves Go?").stream().map(Candidate::quote).toList();
      assertEquals(List.of(LIKED), quotes, "love is no 좋다, good");
    }
  }
}
