package dev.gwanyong.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RomanisedKoreanTest {

  @Test
  void aFamilyNameAndAHyphenatedGivenNameOfTwoSyllablesIsAKoreanName() {
    String text = "When did Park Chung-hee meet Kim Young-sam in New York-based Coca-Cola offices?";
    assertEquals(
        List.of(new RomanisedKorean.Name("Park Chung-hee", 9, 23), new RomanisedKorean.Name("Kim Young-sam", 29, 42)),
        RomanisedKorean.names(text));
    // York is no romanised syllable, and a lower-case pair is no name.
    assertEquals(List.of(), RomanisedKorean.names("the New York-based firm, a state-of-the-art tool, a well-known man"));
  }

  /** Spellings by the Revised Romanization, McCune–Reischauer, and the family names' customary forms. */
  @ParameterizedTest
  @CsvSource({
    "박정희, Park Chung-hee",
    "김영삼, Kim Young-sam",
    "이순신, Yi Sun-sin",
    "이순신, Lee Soon-shin",
    "노무현, Roh Moo-hyun",
    "반기문, Ban Ki-moon",
    "김정은, Kim Jong-un",
    "손흥민, Son Heung-min",
    "이명박, Lee Myung-bak"
  })
  void aRomanisedNameHasTheKeyOfItsHangulSpelling(String hangul, String romanised) {
    assertTrue(RomanisedKorean.keys(romanised).contains(PhoneticKey.ofHangul(hangul)),
        romanised + " " + RomanisedKorean.keys(romanised) + " against " + PhoneticKey.ofHangul(hangul));
  }

  @Test
  void keysAreSpecificAndFew() {
    List<String> keys = RomanisedKorean.keys("Lee Soon-shin");
    assertTrue(keys.size() <= 16, keys.toString());
    assertTrue(keys.stream().allMatch(PhoneticKey::isSpecific), keys.toString());
  }
}
