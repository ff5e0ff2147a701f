package dev.gwanyong.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RomanisedKoreanTest {

  /** The words of a short English word list stand in for the lexicon's. */
  private static final Set<String> ENGLISH =
      Set.of(
          "big", "bang", "in", "new", "york", "go", "on", "did", "can", "moon", "the", "let", "it",
          "goon");

  private static List<RomanisedKorean.Name> names(String text) {
    return RomanisedKorean.names(text, ENGLISH::contains);
  }

  @Test
  void aFamilyNameAndAHyphenatedGivenNameOfTwoSyllablesIsAKoreanName() {
    String text = "When did Park Chung-hee meet Kim Young-sam in New York-based Coca-Cola offices?";
    assertEquals(
        List.of(
            new RomanisedKorean.Name("Park Chung-hee", 9, 23),
            new RomanisedKorean.Name("Kim Young-sam", 29, 42)),
        names(text));
    // York is no romanised syllable, and a lower-case pair is no name.
    assertEquals(
        List.of(), names("the New York-based firm, a state-of-the-art tool, a well-known man"));
  }

  @Test
  void threeCapitalisedWordsAreANameWhenTheFamilyNameAndTheGivenNameAreNoEnglishWords() {
    assertEquals(
        List.of(new RomanisedKorean.Name("Kim Jong Un", 4, 15)), names("Can Kim Jong Un come?"));
    // Moon is an English word: without a hyphen, Moon Jae In is not told from English words; Moon
    // Jae-in is.
    assertEquals(
        List.of(new RomanisedKorean.Name("Moon Jae-in", 21, 32)),
        names("Did Moon Jae In meet Moon Jae-in?"));
    assertEquals(List.of(), names("Was The Big Bang Theory on? Let It Go On."));
  }

  @Test
  void aHyphenatedGivenNameAloneIsAName() {
    assertEquals(
        List.of(new RomanisedKorean.Name("Sook-hee", 8, 16)), names("Who did Sook-hee meet?"));
    assertEquals(
        List.of(
            new RomanisedKorean.Name("Park Chung-hee", 0, 14),
            new RomanisedKorean.Name("Do-jeon", 19, 26)),
        names("Park Chung-hee and Do-jeon"));
    assertEquals(
        List.of(), names("Coca-Cola, Re-use, X-ray"), "parts that are no single syllables");
    assertEquals(List.of(), names("Go-on"), "an English word when joined");
  }

  /**
   * Spellings by the Revised Romanization, McCune–Reischauer, and the family names' customary forms
   * (Sohn and Ahn for 손 and 안, with a silent h).
   */
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
    "이명박, Lee Myung-bak",
    "김정은, Kim Jong Un",
    "손석희, Sohn Suk-hee",
    "안철수, Ahn Cheol-soo"
  })
  void aRomanisedNameHasTheKeyOfItsHangulSpelling(String hangul, String romanised) {
    assertTrue(
        RomanisedKorean.keys(romanised).contains(PhoneticKey.ofName(hangul)),
        romanised
            + " "
            + RomanisedKorean.keys(romanised)
            + " against "
            + PhoneticKey.ofName(hangul));
  }

  /**
   * A name whose syllables start with vowels or h: read without its h, as the loanword keys read
   * it, the key is too short to be specific (이회창 {@code asag}); a Korean name's key reads ㅎ too.
   */
  @ParameterizedTest
  @CsvSource({"이회창, Lee Hoi-chang", "오세훈, Oh Se-hoon", "이해찬, Lee Hae-chan", "한명숙, Han Myeong-sook"})
  void aNameWithAnHIsFoundByTheKeyThatReadsIt(String hangul, String romanised) {
    assertTrue(PhoneticKey.isSpecific(PhoneticKey.ofName(hangul)), PhoneticKey.ofName(hangul));
    assertTrue(
        RomanisedKorean.keys(romanised).contains(PhoneticKey.ofName(hangul)),
        romanised
            + " "
            + RomanisedKorean.keys(romanised)
            + " against "
            + PhoneticKey.ofName(hangul));
  }

  /**
   * A name whose consonants are too few for a specific key (노태우 {@code nata}, 유아인 {@code an}) has a
   * key with its vowels' classes, which its romanised spellings read too.
   */
  @ParameterizedTest
  @CsvSource({
    "노태우, Roh Tae-woo",
    "유아인, Yoo Ah-in",
    "이나영, Lee Na-young",
    "최지우, Choi Ji-woo",
    "오연서, Oh Yeon-seo",
    "이영애, Lee Young-ae",
    "여의도, Yeouido"
  })
  void aNameOfFewConsonantsIsFoundByItsKeyWithVowels(String hangul, String romanised) {
    String key = PhoneticKey.ofNameWithVowels(hangul);
    assertFalse(PhoneticKey.isSpecific(PhoneticKey.ofName(hangul)), PhoneticKey.ofName(hangul));
    assertTrue(PhoneticKey.isSpecificWithVowels(key), key);
    assertTrue(
        RomanisedKorean.keysWithVowels(romanised).contains(key),
        romanised + " " + RomanisedKorean.keysWithVowels(romanised) + " against " + key);
  }

  @Test
  void vowelsTellNamesOfTheSameConsonantsApart() {
    assertEquals(
        PhoneticKey.ofName("이영애"), PhoneticKey.ofName("오영아"), "the same key of consonants");
    assertFalse(
        RomanisedKorean.keysWithVowels("Lee Young-ae")
            .contains(PhoneticKey.ofNameWithVowels("오영아")));
    assertFalse(
        RomanisedKorean.keysWithVowels("Oh Young-ah")
            .contains(PhoneticKey.ofNameWithVowels("이영애")));
  }

  @Test
  void aNameWithoutAnHMeetsNoNameWithAnH() {
    // Without its ㅎ, 전지현 reads as 조원진 does.
    assertEquals(PhoneticKey.ofHangul("조원진"), PhoneticKey.ofHangul("전지현"));
    assertTrue(!RomanisedKorean.keys("Cho Won-jin").contains(PhoneticKey.ofName("전지현")));
    assertTrue(!RomanisedKorean.keys("Jeon Ji-hyun").contains(PhoneticKey.ofName("조원진")));
  }

  @Test
  void keysAreSpecificAndFew() {
    List<String> keys = RomanisedKorean.keys("Lee Soon-shin");
    assertTrue(keys.size() <= 16, keys.toString());
    assertTrue(keys.stream().allMatch(PhoneticKey::isSpecific), keys.toString());
  }

  @ParameterizedTest
  @CsvSource({
    "통영, Tongyeong",
    "금강산, Geumgangsan",
    "천안, Cheonan",
    "경복궁, Gyeongbokgung",
    "인사동, Insadong",
    "강릉, Gangneung",
    "종로, Jongno"
  })
  void aPlaceWrittenInOneWordIsReadSyllableBySyllable(String hangul, String romanised) {
    assertTrue(
        RomanisedKorean.isRomanisedWord(romanised.toLowerCase(java.util.Locale.ROOT)), romanised);
    assertTrue(
        RomanisedKorean.keys(romanised).contains(PhoneticKey.ofName(hangul)),
        romanised + " " + RomanisedKorean.keys(romanised) + " should hold the key of " + hangul);
  }

  @Test
  void aWordThatIsNoRunOfSyllablesIsNoRomanisedWord() {
    // One syllable is too little to tell, and consonants no syllable ends with (Park, Christmas)
    // end the reading.
    assertTrue(
        !RomanisedKorean.isRomanisedWord("han")
            && !RomanisedKorean.isRomanisedWord("park")
            && !RomanisedKorean.isRomanisedWord("christmas")
            && !RomanisedKorean.isRomanisedWord("esp"));
  }
}
