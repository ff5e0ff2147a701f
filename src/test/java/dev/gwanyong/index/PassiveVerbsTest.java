package dev.gwanyong.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PassiveVerbsTest {

  @ParameterizedTest
  @CsvSource({"바뀌다, 바꾸다", "열리다, 열다", "닫히다, 닫다", "쓰이다, 쓰다", "안기다, 안다", "뒤바뀌다, 뒤바꾸다"})
  void aPassiveOrCausativeComesFromTheVerbItsSuffixIsWrittenOnto(String derived, String base) {
    assertEquals(Optional.of(base), PassiveVerbs.base(derived));
  }

  /** Stems of one syllable (쉬다, 뛰다), verbs with no such suffix, and words that are no verbs. */
  @ParameterizedTest
  @ValueSource(strings = {"쉬다", "뛰다", "바꾸다", "먹다", "열다", "기다리", "리눅스", "한다"})
  void otherWordsComeFromNothing(String word) {
    assertEquals(Optional.empty(), PassiveVerbs.base(word));
  }

  /** The verbs a Korean text may write in the other voice, of which an index keeps those it has. */
  @ParameterizedTest
  @CsvSource({"쓰다, 쓰이다", "바꾸다, 바뀌다", "열다, 열리다", "닫다, 닫히다", "안다, 안기다", "부르다, 불리다"})
  void aVerbMayHaveThePassiveItsSuffixMakes(String verb, String derived) {
    assertTrue(
        PassiveVerbs.forms(verb).contains(derived), () -> PassiveVerbs.forms(verb).toString());
  }

  /** A 하다 verb's passive in 되다 is the same noun to Nori; a word that is no verb has none. */
  @ParameterizedTest
  @ValueSource(strings = {"사용하다", "발표하다", "리눅스", "다"})
  void aHadaVerbOrANonVerbHasNoPassiveForms(String word) {
    assertEquals(List.of(), PassiveVerbs.forms(word));
  }
}
