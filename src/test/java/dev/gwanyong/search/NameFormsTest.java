package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A name written in the possessive (Redis's, Tarantino's) or with accents (Pokémon) is found as the
 * name: as written, by its sound in Hangul, as romanised Korean, and in an English source from a
 * Korean question; and a Chinese name by the Korean reading of its characters (사마천, Sima Qian).
 */
class NameFormsTest {

  /** Written for this test. */
  private static final String LICENCES =
      """
      ---
      id: licences
      title: 라이선스 변경
      lang: ko
      licence: written for the Gwanyong tests
      ---
      Redis는 2024년 3월 라이선스를 바꿨다.
      같은 달 포크 프로젝트가 출범했다.
      타란티노는 1994년에 영화를 발표했다.
      경주에는 오래된 절이 많다.
      포켓몬은 일본의 게임이다.
      """;

  /** Written for this test. */
  private static final String NOVELS =
      """
      ---
      id: novels
      title: Novels
      lang: en
      licence: written for the Gwanyong tests
      ---
      Dickens's novels are long.
      Montréal has many parks.
      Sima Qian wrote the Records of the Grand Historian.
      Some novels are set at sea.
      Asia has many lakes.
      """;

  @RegisterExtension
  static final SharedIndex index =
      SharedIndex.of(Map.of("licences.txt", LICENCES, "novels.txt", NOVELS));

  @Test
  void aPossessiveNameIsFoundAsTheName() {
    Hit hit = index.retriever().retrieve("What happened to Redis's license?", 1).hits().getFirst();
    assertEquals(1, hit.paragraph());
    assertEquals(1, hit.evidence().namesFound());
    assertEquals(hit.evidence().groups(), hit.evidence().groupsFound(), "the name and the licence");
  }

  @Test
  void aPossessiveNameIsFoundByItsSound() {
    assertFoundWhole("When did Tarantino's film come out?", "타란티노는 1994년에 영화를 발표했다.");
    assertFoundWhole("What are Gyeongju's old temples?", "경주에는 오래된 절이 많다.");
  }

  @Test
  void anEnglishSourcesPossessiveNameIsKeyedAsTheName() {
    assertFoundWhole("디킨스의 소설은?", "Dickens's novels are long.");
  }

  @Test
  void anAccentedNameSoundsAsItsLetters() {
    assertFoundWhole("What is Pokémon?", "포켓몬은 일본의 게임이다.");
    assertFoundWhole("몬트리올의 공원", "Montréal has many parks.");
  }

  @Test
  void aChineseNameKoreanReadsInHanjaIsFoundFromItsKoreanReading() {
    // CC-CEDICT glosses 司馬遷 "Sima Qian (145-86 BC), Han Dynasty historian, …": the Hanja tier's
    // name for 사마천.
    assertFoundWhole("사마천은 무엇을 썼나?", "Sima Qian wrote the Records of the Grand Historian.");
  }

  @Test
  void aPlaceTheHandWrittenLexiconHasOnlyAsItsAdjectiveIsFoundByItsName() {
    // The hand-written tier translates 아시아의 (and so 아시아) as Asian only, no Hanja tier has the
    // loanword (as 日本 is Japan for 일본), and it sounds too unlike Asia (/ˈeɪʒə/) for their phonetic
    // keys to meet; the names tier has 아시아 as Asia.
    Hit hit =
        index.retriever().retrieve("아시아의 호수", 3).hits().stream()
            .filter(candidate -> candidate.sentenceText().equals("Asia has many lakes."))
            .findFirst()
            .orElseThrow(() -> new AssertionError("아시아 does not find Asia"));
    assertEquals(hit.evidence().groups(), hit.evidence().groupsFound());
  }

  /**
   * That the sentence is a candidate holding the name and every other word (the answer model ranks
   * candidates).
   */
  private static void assertFoundWhole(String question, String sentence) {
    Hit hit =
        index.retriever().retrieve(question, 3).hits().stream()
            .filter(candidate -> candidate.sentenceText().equals(sentence))
            .findFirst()
            .orElseThrow(() -> new AssertionError(question + " does not find " + sentence));
    assertEquals(1, hit.evidence().namesFound(), question);
    assertEquals(hit.evidence().groups(), hit.evidence().groupsFound(), question);
  }
}
