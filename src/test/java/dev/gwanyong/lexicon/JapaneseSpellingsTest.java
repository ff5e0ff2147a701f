package dev.gwanyong.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Japanese words written in Hepburn romanisation, read into Hangul by the Korean orthography of
 * Japanese.
 */
class JapaneseSpellingsTest {

  @ParameterizedTest
  @CsvSource({
    "하코다테, Hakodate",
    "구리야마, Kuriyama",
    "히데키, Hideki",
    "도쿄, Tokyo",
    "교토, Kyoto",
    "홋카이도, Hokkaido",
    "삿포로, Sapporo",
    "반류, Banryu",
    "신바시, Shimbashi",
    "쓰시마, Tsushima",
    "하치오지, Hachioji",
    "도조, Tojo",
    "이노우에, Inoue",
    "오사카, Osaka",
    "맛차, matcha"
  })
  void aHepburnWordSpellsItsHangulWord(String hangul, String romanised) {
    List<String> spellings = JapaneseSpellings.of(romanised);
    assertTrue(spellings.contains(hangul), romanised + " " + spellings);
  }

  @Test
  void aVoicelessConsonantIsPlainOnlyAtTheWordsStart() {
    assertTrue(JapaneseSpellings.of("Kakegawa").contains("가케가와"));
    assertFalse(JapaneseSpellings.of("Kakegawa").contains("카케가와"));
    assertFalse(JapaneseSpellings.of("Kakegawa").contains("가게가와"));
  }

  @Test
  void aLongVowelIsReadAsOneVowelAndAsTwo() {
    List<String> spellings = JapaneseSpellings.of("Koube");
    assertTrue(spellings.containsAll(List.of("고베", "고우베")), spellings.toString());
  }

  @Test
  void aWordOfNoKanaSpellsNoHangul() {
    assertEquals(List.of(), JapaneseSpellings.of("strength"));
    assertEquals(List.of(), JapaneseSpellings.of("Kubernetes"), "no kana ends in r or t");
    // Every o after an o may lengthen it or be a kana of its own: read way by way, the x took
    // millions of steps.
    assertEquals(List.of(), JapaneseSpellings.of("oooooooooooooooooooooooooooooooooooooooox"));
  }
}
