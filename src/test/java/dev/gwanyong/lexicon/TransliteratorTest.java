package dev.gwanyong.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The loanword orthography's rules on examples from the rules themselves (외래어 표기법 제3장 제1절, 영어의 표기),
 * read from the CMU Pronouncing Dictionary, and the letter-to-sound guess for words it lacks.
 */
class TransliteratorTest {

  private static final Transliterator TRANSLITERATOR =
      new Transliterator(
          Pronunciations.in(Path.of("config/lexicon/generated", Pronunciations.FILE)));

  @ParameterizedTest(name = "{0} is written {1} by the rules")
  @CsvSource({
    "book, 북", // 제1항 1: a final voiceless stop after a short vowel is a final consonant
    "cake, 케이크", // 제1항 3: after a long vowel it takes 으
    "setback, 셋백", // 제1항 2: between a short vowel and a consonant other than l r m n
    "nest, 네스트",
    "land, 랜드", // 제2항: voiced stops take 으
    "jazz, 재즈", // 제3항 1
    "flash, 플래시", // 제3항 2: final ʃ is 시
    "shrub, 슈러브", // ʃ before a consonant is 슈
    "vision, 비전", // 제3항 3: ʒ before a vowel is ㅈ
    "switch, 스위치", // 제4항 1 and 제9항 2
    "bridge, 브리지",
    "keats, 키츠",
    "steam, 스팀", // 제5항 1
    "ring, 링",
    "lamp, 램프",
    "hint, 힌트",
    "hanging, 행잉", // 제5항 2: ŋ between vowels
    "hotel, 호텔", // 제6항 1
    "pulp, 펄프",
    "slide, 슬라이드", // 제6항 2: l before a vowel inside a word is ㄹㄹ
    "film, 필름", // and before a nasal with no vowel after it
    "helm, 헬름",
    "time, 타임", // 제8항
    "house, 하우스",
    "skate, 스케이트",
    "boat, 보트",
    "tower, 타워",
    "wander, 완더", // 제9항 1
    "wool, 울",
    "west, 웨스트",
    "witch, 위치",
    "swing, 스윙", // 제9항 2
    "twist, 트위스트",
    "quarter, 쿼터",
    "yard, 야드", // 제9항 3
    "team, 팀",
    "cluster, 클러스터"
  })
  void writesTheRulesExamples(String english, String hangul) {
    assertEquals(hangul, TRANSLITERATOR.hangul(english).iterator().next());
  }

  @ParameterizedTest(name = "{0} has the form {1}")
  @CsvSource({
    "robot, 로봇", // American [ɑ] written o is read as the rules' short [ɔ]
    "shopping, 쇼핑",
    // the dictionary's [ɔ] written o is the short [ɒ] of the rules' British pronunciation
    "firefox, 파이어폭스",
    "banana, 바나나", // reduced vowels coloured by their letters
    "television, 텔레비전",
    "canonical, 카노니컬", // all but a final schwa coloured
    "servers, 서버", // the singular, as Korean writes it
    "mcdonald, 맥도널드", // Mc read as Mac
    "hypervisor, 하이퍼바이저", // not in the dictionary: read as hyper + visor
    "russian, 루시아", // the place a people's name comes from, one jamo from 러시아
    "cuban, 쿠바", // and of -an, a place the dictionary knows
    "swedish, 스웨덴", // and of -ish
    "apple, 애플", // a syllabic l or n, as British dictionaries have it (the dictionary's [æpəl])
    "curtain, 커튼",
    "jacket, 재킷", // the dictionary's second pronunciation
    "jeans, 진스", // a final [z] written s
    "bishkek, 비슈케크", // a name read as written
    "myanmar, 미얀마르",
    "nicaragua, 니카라과", // a name's gu before a or o is [gw]
    "guevara, 게바라", // and before e or i [g]
    "khartoum, 하르툼", // a name's kh is [x]
    "cayenne, 카옌", // a French name's final e is silent
    "sarajevo, 사라예보", // a name's j may be [j]
    "havana, 아바나", // and its h silent
    "ndonga, 은동가", // a name's nasal before a consonant at the start is a syllable 은 or 음
  })
  void offersTheConventionalForm(String english, String hangul) {
    Set<String> forms = TRANSLITERATOR.hangul(english);
    assertTrue(forms.contains(hangul), english + " gave " + forms);
  }

  @Test
  void keepsTheLongVowelOfWordsNotWrittenO() {
    assertEquals(
        Set.of("토크", "탈크"), TRANSLITERATOR.hangul("talk"), "[ɔː] written a: a final stop takes 으");
  }

  @Test
  void guessesWordsTheDictionaryLacksBySpellingRules() {
    Pronunciations none = Pronunciations.none();
    assertEquals(List.of("K", "L", "AH", "S", "T", "ER"), none.orGuess("cluster").getFirst());
    assertEquals(
        List.of("S", "AE", "N", "D", "B", "AA", "K", "S"), none.orGuess("sandbox").getFirst());
    assertEquals(List.of("K", "UW", "B"), none.orGuess("cube").getFirst());
    assertTrue(new Transliterator(none).hangul("cluster").contains("클러스터"));
  }

  @Test
  void leavesShortWordsAndOtherScriptsAlone() {
    assertTrue(TRANSLITERATOR.hangul("ox").isEmpty());
    assertTrue(TRANSLITERATOR.hangul("k8s1").isEmpty());
  }

  @Test
  void writesShortNamesAndPossessives() {
    assertTrue(TRANSLITERATOR.hangul("Tom").contains("톰"), TRANSLITERATOR.hangul("Tom").toString());
    assertTrue(
        TRANSLITERATOR.hangul("Tom's").contains("톰"), TRANSLITERATOR.hangul("Tom's").toString());
  }
}
