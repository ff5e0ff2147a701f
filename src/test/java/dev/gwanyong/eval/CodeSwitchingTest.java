package dev.gwanyong.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gwanyong.index.Analysis;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Korean questions with one noun switched to English through the shipped noun lexicon. */
class CodeSwitchingTest {

  private static CodeSwitching switching;

  @BeforeAll
  static void load() throws IOException {
    switching = CodeSwitching.load(Path.of("config", "lexicon"), Analysis.load(Path.of("config", "analysis")));
  }

  @Test
  void theLastNounThatIsAWordOfItsOwnGoesIntoEnglishAndKeepsItsParticle() {
    assertEquals(Optional.of("2015년 세계여성의 날 기념행사가 열린 city는?"),
        switching.switched("2015년 세계여성의 날 기념행사가 열린 도시는?"));
    assertEquals(Optional.of("마리 앙투아네트는 son에게 무엇을 했다고 누명을 썼는가?"),
        switching.switched("마리 앙투아네트는 아들에게 무엇을 했다고 누명을 썼는가?"));
  }

  @Test
  void aNounInsideACompoundIsLeftInKorean() {
    // 신문사 and 평균치 are one word each: newspaper사, average치 is not how anyone writes them.
    assertEquals(Optional.empty(),
        switching.switched("리먼 인수를 주장했던 신문사는?").filter(q -> q.contains("newspaper")));
    assertEquals(Optional.empty(),
        switching.switched("1 태양년의 대략적인 평균치는?").filter(q -> q.contains("average")));
  }

  @Test
  void aQuestionWithNoNounTheLexiconNamesIsNotSwitched() {
    assertEquals(Optional.empty(), switching.switched("쿠버네티스"));
    assertEquals(Optional.empty(), switching.switched("Who founded Mesosphere?"));
  }
}
