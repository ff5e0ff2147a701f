package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.index.IndexStore;
import dev.gwanyong.lexicon.CrossLanguage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names as members write them: in lower case (a word the corpus writes as a name is one whatever
 * its case in the question, and a word the corpus capitalises only where a sentence starts is not),
 * and Korean names romanised (Park Chung-hee, found as the Korean source writes it, 박정희, by the
 * keys of its Hangul spelling, also where Nori does not read it as a name), as are Korean words and
 * places (bulgogi, Gyeongbokgung).
 */
class QuestionNamesTest {

  /** Written for this test: a company with an invented name, and apples. */
  private static final String ORCHARD =
      """
      ---
      id: orchard-company
      title: The orchard company
      lang: en
      licence: written for the Gwanyong tests
      ---
      Apple trees grow on the hill behind the farm. The farmers picked every apple before the first frost.
      Maria Vance founded Orchardly with two friends from the village in 2011.
      The Orchardly shop sells cider and apple juice to visitors.
      """;

  /** Written for this test. */
  private static final String PRESIDENTS =
      """
      ---
      id: presidents
      title: 대통령과 정책
      lang: ko
      licence: written for the Gwanyong tests
      ---
      1968년 박정희 정부는 향토 예비군을 창설했다.
      김영삼 정부는 1993년 금융실명제를 도입했다.
      그 무렵 정부는 예비군 훈련 기간을 늘리고 금융 제도를 고쳤다.
      차범근은 1997년 국가대표팀 감독으로 선임되었다.
      이회창은 2007년 한나라당을 탈당하고 무소속으로 출마했다.
      역사학자 전우용은 그 정책을 비판했다.
      정도전은 조선의 개국 공신이다.
      노태우는 1988년 대통령에 취임했다.
      유아인은 그 영화의 주연을 맡았다.
      방문단은 경복궁에서 기념 사진을 찍었다.
      저녁에는 불고기와 막걸리를 대접했다.
      한옥은 나무와 흙으로 지은 전통 가옥이다.
      한복은 명절에 입는 전통 의상이다.
      마을 사람들은 겨울마다 사냥을 나갔고 사냥 솜씨를 겨뤘다.
      1972년 남북 적십자 회담의 실무 접촉은 개성에서 이루어졌다.
      구리야마 히데키는 대학 시절 투수로 뛰었다.
      하코다테 항구에는 붉은 벽돌 창고가 늘어서 있다.
      정성공은 1662년 네덜란드 세력을 몰아냈다.
      """;

  @RegisterExtension
  static final SharedIndex index =
      SharedIndex.of(Map.of("orchard-company.txt", ORCHARD, "presidents.txt", PRESIDENTS));

  private static Retriever retriever;

  @BeforeAll
  static void open() {
    retriever = index.retriever();
  }

  @Test
  void theCorpusWritesAsNamesTheWordsItCapitalisesAfterASentencesFirstWord() throws IOException {
    try (IndexStore.Lease lease = index.store().acquire()) {
      ReaderWords words = new ReaderWords(lease.searcher().getIndexReader());
      assertTrue(words.writesAsName("orchardly"));
      assertTrue(words.writesAsName("vance"));
      assertFalse(words.writesAsName("apple"), "capitalised only where a sentence starts");
      assertFalse(words.writesAsName("farmers"));
      assertFalse(words.writesAsName("zyxwvut"), "a word the corpus lacks");
    }
  }

  @Test
  void aQuestionInLowerCaseAsksForANameAsOneInCapitalsDoes() {
    Hit capitals = retriever.retrieve("Who founded Orchardly?", 1).hits().getFirst();
    Hit lowerCase = retriever.retrieve("who founded orchardly", 1).hits().getFirst();
    assertEquals(capitals.passageId(), lowerCase.passageId());
    assertEquals(1, capitals.evidence().names());
    assertEquals(capitals.evidence(), lowerCase.evidence());
  }

  @Test
  void anEverydayWordTypedInLowerCaseIsNoName() {
    assertEquals(
        0, retriever.retrieve("who picked the apple", 1).hits().getFirst().evidence().names());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Is there a bus service from the farm?  | 0
          농장에 가는 버스 서비스가 있어?              | 0
          Does Google buy apples?                | 1
          구글이 사과를 사?                         | 1
          """)
  void aLoanwordForAnEverydayWordIsNoNameThoughKoreanSpellsItBySound(String question, int names) {
    // 서비스 and 버스 sound like service and bus, as 구글 sounds like Google; but service and bus are
    // everyday words.
    assertEquals(
        names, retriever.retrieve(question, 1).hits().getFirst().evidence().names(), question);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Tom picked every apple.   | 1
          John picked every apple.  | 1
          Did Tom pick every apple? | 1
          Mark every apple tree.    | 0
          """)
  void aNameTheWordListHasInLowerCaseToo(String question, int names) {
    // SCOWL writes Tom and John as names, and has tom and john as words; the lexicon translates
    // mark (표시하다).
    assertEquals(
        names, retriever.retrieve(question, 1).hits().getFirst().evidence().names(), question);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          When did Park Chung-hee's government create the reserve forces? | 박정희
          What did Kim Young-sam's government introduce?                  | 김영삼
          In what year was Cha Bum-kun appointed coach of the national team? | 차범근
          When did Lee Hoi-chang leave the party?                         | 이회창
          Who is Jeon Woo-yong?                                           | 전우용
          Who was Jeong Do-jeon?                                          | 정도전
          Who is Roh Tae-woo?                                             | 노태우
          Who is Yoo Ah-in?                                               | 유아인
          """)
  void aRomanisedKoreanNameFindsItsHangulSpelling(String question, String hangul) {
    // Among the keys of names: Jeon Woo-yong's, sanag, is also the loanword key of 사냥 (hunting),
    // written twice. Nori knows 정도전 as no name, and reads it as 정도 | 전 (degree, before). 노태우 and
    // 유아인 have too few consonants for a key of consonants alone, and are found by their keys with
    // vowels.
    Hit first = retriever.retrieve(question, 3).hits().getFirst();
    assertTrue(first.sentenceText().contains(hangul), question + " -> " + first.sentenceText());
    assertEquals(1, first.evidence().names(), "the name is one name, not three words");
    assertEquals(1, first.evidence().namesFound());
  }

  /**
   * A Korean word that English text writes romanised (food, dress, houses), which Nori reads as
   * everyday nouns and whose syllables all read Chinese characters, so that it has no key, is found
   * as the Hangul word its romanisation spells; and hanok is no slip of hanbok, though it is one
   * letter from it.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          What is bulgogi?            | 불고기
          What is makgeolli?          | 막걸리
          What is a hanok built from? | 한옥은
          """)
  void aKoreanWordWrittenRomanisedIsFoundAsItsHangulSpelling(String question, String hangul) {
    Retriever.Retrieval retrieval = retriever.retrieve(question, 1);
    assertEquals(Optional.empty(), retrieval.correctedQuestion(), question);
    assertFalse(retrieval.hits().isEmpty(), question);
    String first = retrieval.hits().getFirst().sentenceText();
    assertTrue(first.contains(hangul), question + " -> " + first);
  }

  /**
   * Names English writes by other romanisations than the Revised Romanization, which the English
   * loanword rules read otherwise: North Korea's places and the South's before 2000 by
   * McCune–Reischauer (Kaesong 개성, which Nori reads as the everyday noun "individuality", so it has
   * no key as a name), Japanese names by Hepburn (Kuriyama 구리야마, Hakodate 하코다테), and Chinese names
   * by pinyin, which Korean writes by the characters' Korean readings (Zheng Chenggong 정성공), found
   * as those words, not only by a phonetic key that many words share.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Kaesong                  | Kaesong  | 개성
          Who is Hideki Kuriyama?  | Kuriyama | 구리야마
          Who is Hideki Kuriyama?  | Hideki   | 히데키
          What stands in Hakodate? | Hakodate | 하코다테
          Whom did Zheng Chenggong drive out? | Zheng Chenggong | 정성공
          """)
  void aNameRomanisedByAnotherSystemIsFoundAsItsHangulSpelling(
      String question, String name, String hangul) {
    List<Hit> hits = retriever.retrieve(question, 1).hits();
    assertFalse(hits.isEmpty(), question);
    assertTrue(
        hits.getFirst().sentenceText().contains(hangul),
        question + " -> " + hits.getFirst().sentenceText());
    try (IndexStore.Lease lease = index.store().acquire()) {
      ReaderWords words = new ReaderWords(lease.searcher().getIndexReader());
      Set<String> spellings =
          new CrossLanguage(index.lexicon(), index.store().analysis()).loanwords(name, words);
      assertTrue(spellings.contains(hangul), name + " " + spellings);
    }
  }

  /**
   * A landmark that English text writes romanised in one word, which Nori reads as two nouns (경복 |
   * 궁, Gyeongbok and palace) and no name, is found by its Hangul spelling's key as a name's.
   */
  @ParameterizedTest
  @CsvSource({"Where is Gyeongbokgung?", "gyeongbokgung"})
  void aLandmarkNoriSplitsIsFoundByItsRomanisedName(String question) {
    List<Hit> hits = retriever.retrieve(question, 1).hits();
    assertFalse(hits.isEmpty(), question);
    assertTrue(
        hits.getFirst().sentenceText().contains("경복궁"),
        question + " -> " + hits.getFirst().sentenceText());
  }
}
