package dev.gwanyong.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class KoreanEndingsTest {

  @Test
  void aPluralAndAParticleAreStrippedInTurnTheLongerEndingFirst() {
    assertEquals(List.of("서비스들", "서비스"), KoreanEndings.stems("서비스들에서"), "에서, not 서");
    assertEquals(List.of("서버"), KoreanEndings.stems("서버입니다"));
    assertEquals(List.of("시스템"), KoreanEndings.stems("시스템으로서"), "으로서, not 로서");
    assertEquals(List.of("워크로드"), KoreanEndings.stems("워크로드를"));
  }

  @Test
  void anEndingThatMayBeTheWordsOwnLastSyllableKeepsTheWordToo() {
    assertEquals(List.of("오토바이", "오토바"), KoreanEndings.stems("오토바이"));
  }

  @Test
  void aStemKeepsTwoSyllables() {
    assertEquals(List.of("나는"), KoreanEndings.stems("나는"));
    assertEquals(
        List.of("앱이"), KoreanEndings.stems("앱이라는"), "이라는 would leave one syllable; 라는 does not");
  }
}
