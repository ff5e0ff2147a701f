package dev.gwanyong.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Korean words written romanised, read back into the Hangul words they may be. */
class RomanisedSpellingsTest {

  /**
   * The Revised Romanization read back into Hangul, each ambiguity every way (hanok: 한옥 and 하녹).
   */
  @ParameterizedTest
  @CsvSource({
    "불고기, bulgogi",
    "막걸리, makgeolli",
    "한옥, hanok",
    "떡볶이, tteokbokki",
    "해운대, Haeundae",
    "한국어, hangugeo",
    "서울, Seoul"
  })
  void aRomanisedKoreanWordSpellsItsHangulWord(String hangul, String romanised) {
    assertTrue(
        RomanisedSpellings.of(romanised).contains(hangul),
        romanised + " " + RomanisedSpellings.of(romanised));
  }

  @ParameterizedTest
  @CsvSource({
    "금강, Kumgang",
    "개성, Kaesong",
    "평양, Pyongyang",
    "대전, Taejon",
    "부산, Pusan",
    "인천, Inchon"
  })
  void aNameIsAlsoReadByMcCuneReischauer(String hangul, String romanised) {
    List<String> spellings = RomanisedSpellings.ofName(romanised);
    assertTrue(spellings.contains(hangul), romanised + " " + spellings);
    assertFalse(
        RomanisedSpellings.of(romanised).contains(hangul),
        "the Revised Romanization writes it otherwise");
  }

  @Test
  void anAmbiguousSpellingIsReadEveryWay() {
    List<String> spellings = RomanisedSpellings.of("hanok");
    assertTrue(spellings.containsAll(List.of("한옥", "하녹")), spellings.toString());
  }

  @Test
  void aWordOfNoRomanisedSyllablesSpellsNoHangul() {
    assertEquals(List.of(), RomanisedSpellings.of("strength"));
    assertEquals(
        List.of(), RomanisedSpellings.of("xylophone"), "x is no letter of the romanisation");
    // Each t reads as one of six finals or an initial: read way by way, the x at the end took
    // minutes to reach.
    assertEquals(List.of(), RomanisedSpellings.of("tatatatatatatatatatatatatatatatatatatatax"));
  }
}
