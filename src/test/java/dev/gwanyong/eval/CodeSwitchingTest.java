package dev.gwanyong.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.index.Analysis;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Korean questions with one noun switched to English, or glossed word by word, through the shipped
 * lexicon.
 */
class CodeSwitchingTest {

  private static CodeSwitching switching;

  @BeforeAll
  static void load() throws IOException {
    switching =
        CodeSwitching.load(
            Path.of("config", "lexicon"), Analysis.load(Path.of("config", "analysis")));
  }

  @Test
  void theLastNounThatIsAWordOfItsOwnGoesIntoEnglishAndKeepsItsParticle() {
    assertEquals(
        Optional.of("2015년 세계여성의 날 기념행사가 열린 city는?"),
        switching.switched("2015년 세계여성의 날 기념행사가 열린 도시는?"));
    assertEquals(
        Optional.of("마리 앙투아네트는 son에게 무엇을 했다고 누명을 썼는가?"),
        switching.switched("마리 앙투아네트는 아들에게 무엇을 했다고 누명을 썼는가?"));
  }

  @Test
  void aNounInsideACompoundIsLeftInKorean() {
    // 신문사 and 평균치 are one word each: newspaper사, average치 is not how anyone writes them.
    assertEquals(
        Optional.empty(),
        switching.switched("리먼 인수를 주장했던 신문사는?").filter(q -> q.contains("newspaper")));
    assertEquals(
        Optional.empty(),
        switching.switched("1 태양년의 대략적인 평균치는?").filter(q -> q.contains("average")));
  }

  @Test
  void aGlossedQuestionHasEveryWordTheLexiconTranslatesInEnglishAndNoParticles() {
    assertEquals(
        Optional.of("2015 year world woman day 기념 event open city?"),
        switching.glossed("2015년 세계여성의 날 기념행사가 열린 도시는?"));
  }

  @Test
  void aGlossedQuestionKeepsTheNamesTheLexiconLacksInKorean() {
    String glossed = switching.glossed("차범근이 국가대표팀 감독으로 선임된 해는?").orElseThrow();
    assertTrue(glossed.startsWith("차범근 "), glossed);
    assertTrue(glossed.contains("team") && glossed.endsWith("year?"), glossed);
  }

  @Test
  void aQuestionWithNoWordTheLexiconTranslatesIsNotGlossed() {
    assertEquals(Optional.empty(), switching.glossed("Who founded Mesosphere?"));
    assertEquals(Optional.empty(), switching.glossed("차범근"));
  }

  @Test
  void aQuestionWithNoNounTheLexiconNamesIsNotSwitched() {
    assertEquals(Optional.empty(), switching.switched("쿠버네티스"));
    assertEquals(Optional.empty(), switching.switched("Who founded Mesosphere?"));
  }
}
