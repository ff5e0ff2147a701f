package dev.gwanyong.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chinese names in pinyin, read by their syllables' Korean readings as Korean writes the names of
 * China's past.
 */
class PinyinReadingsTest {

  private static final PinyinReadings PINYIN =
      PinyinReadings.in(Path.of("config", "lexicon", "generated", PinyinReadings.FILE));

  @ParameterizedTest
  @CsvSource({
    "화원, Hua Yuan",
    "정성공, Zheng Chenggong",
    "제갈량, Zhuge Liang",
    "조조, Cao Cao",
    "손권, Sun Quan",
    "사마천, Sima Qian"
  })
  void aNameInPinyinSpellsItsKoreanReading(String hangul, String pinyin) {
    List<String> spellings = PINYIN.hangul(pinyin);
    assertTrue(spellings.contains(hangul), pinyin + " " + spellings);
  }

  @Test
  void aNameOfOneWordOrOneSyllableOrNoneSpellsNothing() {
    assertEquals(List.of(), PINYIN.hangul("Hua"), "one syllable is too little to look up");
    assertEquals(
        List.of(), PINYIN.hangul("Taiwan"), "one word is no name of a family and a given name");
    assertEquals(List.of(), PINYIN.hangul("Kubernetes"), "no syllable ends in r");
    // Each a may start an, and each n end it or start na: read way by way, the x took exponentially
    // many steps.
    assertEquals(
        List.of(), PINYIN.hangul("An ananananananananananananananananananananananananananx"));
  }

  @Test
  void aMissingTableReadsNoName() {
    assertEquals(
        List.of(),
        PinyinReadings.in(Path.of("no-such-folder", PinyinReadings.FILE)).hangul("Hua Yuan"));
  }
}
