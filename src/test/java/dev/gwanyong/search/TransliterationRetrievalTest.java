package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.Fields;
import dev.gwanyong.index.IndexStore;
import dev.gwanyong.index.PhoneticKey;
import dev.gwanyong.lexicon.CrossLanguage;
import dev.gwanyong.lexicon.Lexicon;
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
 * An English loanword the lexicon does not know finds its Hangul spelling in a new source through
 * the transliteration field, inside the full retriever over the bundled corpus plus that source.
 */
class TransliterationRetrievalTest {

  private static final String NEW_ID = "village-concert";

  /** Written for this test: a village concert, its instruments spelt as Korean writes loanwords. */
  private static final String NEW_SOURCE =
      """
      ---
      id: village-concert
      title: 마을 음악회
      lang: ko
      licence: written for the Gwanyong tests
      ---
      지난 토요일 마을 음악회에서 할아버지는 오래된 하모니카를 연주했다.
      초등학생들은 아코디언 반주에 맞춰 동요를 함께 불렀다. 선생님은 탬버린을 흔들며 박자를 맞췄다.
      공연이 끝난 뒤 아이들은 운동장의 트램펄린에서 뛰어놀았다.
      강당 구석에는 낡은 첼로와 비올라가 놓여 있었다.
      음악회의 사회는 이웃 마을에서 온 톰이 맡았다.
      다음 날 손님들은 통영시 바닷가로 떠났다.
      """;

  private static final String ENGLISH_ID = "festival-programme";

  /**
   * Written for this test: an English programme whose instruments a Korean question names in
   * Hangul.
   */
  private static final String ENGLISH_SOURCE =
      """
      ---
      id: festival-programme
      title: Village festival programme
      lang: en
      licence: written for the Gwanyong tests
      ---
      The evening opens with a marimba duet by two pupils of the village school.
      After the interval a retired teacher plays the saxophone with the brass band.
      A harpsichord borrowed from the church stands by the stage for the last piece.
      """;

  private static final String SPONSORS_ID = "festival-sponsors";

  /**
   * Written for this test: Korean text that writes a made-up sponsor's name in Latin letters, a
   * particle on it.
   */
  private static final String SPONSORS_SOURCE =
      """
      ---
      id: festival-sponsors
      title: 축제 후원
      lang: ko
      licence: written for the Gwanyong tests
      ---
      올해 축제의 무대 조명은 Hollister가 후원했다.
      축제 마지막 날 밤에는 단편 영화 엄브렐러를 상영했다.
      같은 날 오후에는 마을 축구 리그의 플레이오프가 운동장에서 열렸다.
      """;

  private static Analysis analysis;
  private static Lexicon lexicon;

  @RegisterExtension
  static final SharedIndex index =
      SharedIndex.bundledWith(
          Map.of(
              NEW_ID + ".txt",
              NEW_SOURCE,
              ENGLISH_ID + ".txt",
              ENGLISH_SOURCE,
              SPONSORS_ID + ".txt",
              SPONSORS_SOURCE));

  private static Retriever retriever;

  @BeforeAll
  static void open() {
    analysis = index.store().analysis();
    lexicon = index.lexicon();
    retriever = index.retriever();
  }

  /** The group a question makes of one of its words. */
  private static QuestionGroups.Group group(
      String question, String word, QuestionGroups.CorpusWords corpus) {
    return QuestionGroups.of(question, analysis, lexicon, corpus).groups().stream()
        .filter(g -> g.word().equals(word))
        .findFirst()
        .orElseThrow();
  }

  /** The index's Hangul loanwords, and no names. */
  private static final QuestionGroups.CorpusWords LOANWORDS =
      new QuestionGroups.CorpusWords() {
        @Override
        public Set<String> hangulWords(String english) {
          return loanwords(english);
        }

        @Override
        public boolean writesAsName(String english) {
          return false;
        }

        @Override
        public boolean writesAsNamePhrase(List<String> englishStems) {
          return false;
        }

        @Override
        public Set<String> englishNames(String hangul) {
          return Set.of();
        }

        @Override
        public boolean hasKoreanWord(String term) {
          return false;
        }
      };

  /** The index's Hangul words an English word may be written as, as the retriever finds them. */
  private static Set<String> loanwords(String english) {
    try (IndexStore.Lease lease = index.store().acquire()) {
      ReaderWords words = new ReaderWords(lease.searcher().getIndexReader());
      return new CrossLanguage(lexicon, analysis).loanwords(english, words);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "Who played the harmonica?, harmonica, 하모니카",
    "What instrument accompanied the children's song? An accordion?, accordion, 아코디언",
    "Who shook the tambourines?, tambourines, 탬버린",
    "Where was the trampoline?, trampoline, 트램펄린"
  })
  void anUnknownLoanwordFindsItsHangulSpelling(String question, String word, String hangul) {
    List<String> stems =
        analysis.termSpans(Fields.ENGLISH, word).stream().map(Analysis.TermSpan::term).toList();
    // The Hanja tier may gloss it (accordion as 풍금, from 風琴): a guess that must not hide the
    // loanword.
    Optional<Lexicon.Tier> certain =
        lexicon.lookup(stems).map(Lexicon.Translations::tier).filter(t -> t != Lexicon.Tier.HANJA);
    assertEquals(
        Optional.empty(),
        certain,
        word + " must not be in the hand-written or names tiers for this test");
    assertTrue(lexicon.english(hangul).isEmpty(), hangul + " must not be in the lexicon either");

    QuestionGroups.Group group = group(question, word, QuestionGroups.CorpusWords.NONE);
    assertTrue(
        group.alternatives().stream().anyMatch(a -> a.field().equals(Fields.TRANSLITERATION)),
        "the unknown word is read into phonetic keys: " + group);

    List<Hit> hits = retriever.retrieve(question, 3).hits();
    assertFalse(hits.isEmpty(), question);
    Hit top = hits.getFirst();
    assertEquals(NEW_ID, top.sourceId(), question + " → " + top.sentenceText());
    assertTrue(top.sentenceText().contains(hangul), top.sentenceText());

    // The loanword alone, with no other word of the sentence to help, finds it too.
    List<Hit> alone = retriever.retrieve(word, 1).hits();
    assertFalse(alone.isEmpty(), word);
    assertTrue(
        alone.getFirst().sentenceText().contains(hangul),
        word + " → " + alone.getFirst().sentenceText());
  }

  /**
   * A foreign name or loanword spelled another way than the source spells it, which Nori knows as a
   * word and so is no slip to respell: the bundled essay writes 제러미 리프킨, and 제레미 reads as the same
   * key.
   */
  @Test
  void aNameSpelledAnotherWayInHangulIsFoundByItsKey() {
    QuestionGroups.Group group = group("제레미 리프킨은 뭐라고 했나?", "제레미", QuestionGroups.CorpusWords.NONE);
    assertTrue(
        group.alternatives().stream().anyMatch(a -> a.field().equals(Fields.TRANSLITERATION)),
        group.toString());
    Hit top = retriever.retrieve("제레미 리프킨은 뭐라고 했나?", 1).hits().getFirst();
    assertTrue(top.sentenceText().contains("제러미 리프킨"), top.sentenceText());
    assertEquals(2, top.evidence().namesFound(), "both names found: " + top.evidence());
  }

  /**
   * A particle Nori reads as a word of its own in a question is no part of the name it is written
   * onto: in 리프킨이 한 말은? it reads 이 as the numeral two beside 한 (one), where the essay's 리프킨이 말한 has
   * 이 as the particle; typed without spaces, the whole name and its particle are one group.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"제러미 리프킨이 한 말은? | 리프킨이 | 리프킨 | 2", "제러미리프킨이한말은? | 제러미리프킨이 | 제러미 리프킨 | 1"})
  void aParticleNoriReadsAsAWordIsNoPartOfTheName(
      String question, String word, String withoutParticle, int names) {
    QuestionGroups.Group group = group(question, word, QuestionGroups.CorpusWords.NONE);
    List<String> terms = List.of(withoutParticle.split(" "));
    assertTrue(
        group.alternatives().contains(QuestionGroups.Alternative.direct(Fields.KOREAN, terms)),
        group.toString());
    Hit top = retriever.retrieve(question, 1).hits().getFirst();
    assertTrue(top.sentenceText().contains("제러미 리프킨"), top.sentenceText());
    assertEquals(names, top.evidence().namesFound(), "every name found: " + top.evidence());
  }

  /**
   * Words whose phonetic keys are too short to use (첼로 and 비올라 have two consonants) are found by
   * their Hangul forms, matched against the index's words.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"Where was the cello?, cello, 첼로", "Where was the viola?, viola, 비올라"})
  void aLoanwordTooShortForAPhoneticKeyIsFoundByTransliteration(
      String question, String word, String hangul) {
    assertFalse(
        PhoneticKey.matches(hangul, word),
        word + " must not be found by its phonetic key for this test");
    assertTrue(
        lexicon.lookup(List.of(word)).isEmpty(),
        word + " must not be in the lexicon for this test");
    QuestionGroups.Group group = group(question, word, LOANWORDS);
    assertTrue(
        group
            .alternatives()
            .contains(
                QuestionGroups.Alternative.transliteration(
                    Fields.KOREAN, List.copyOf(analysis.indexTerms(Fields.KOREAN, hangul)))),
        "the word's Hangul form is found in the index: " + group);
    List<Hit> hits = retriever.retrieve(question, 1).hits();
    assertFalse(hits.isEmpty(), question);
    assertTrue(
        hits.getFirst().sentenceText().contains(hangul),
        question + " → " + hits.getFirst().sentenceText());
  }

  /**
   * A one-syllable name is found as a word Nori split off (톰 in 톰이), which the spelling field,
   * keeping stems of two syllables or more, lacks; and a possessive is the name's.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"Who was Tom?, Tom", "Was Tom's voice loud?, Tom's"})
  void aOneSyllableNameIsFoundAsItsWord(String question, String word) {
    assertTrue(
        lexicon.lookup(List.of("tom")).isEmpty(), "Tom must not be in the lexicon for this test");
    assertEquals(Set.of("톰"), loanwords(word));
    List<Hit> hits = retriever.retrieve(question, 1).hits();
    assertFalse(hits.isEmpty(), question);
    assertTrue(
        hits.getFirst().sentenceText().contains("톰이"),
        question + " → " + hits.getFirst().sentenceText());
  }

  /**
   * A Korean place that English text writes romanised in one word is found by the key of its Hangul
   * spelling, which the index keeps for Nori's proper nouns (통영 in 통영시; in 통영의 Nori reads the
   * common noun 통영, "control"); the English spelling rules would read it as no Korean writes it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"Tongyeong", "Where is Tongyeong?"})
  void aKoreanPlaceWrittenRomanisedInOneWordIsFoundByItsHangulSpelling(String question) {
    assertFalse(
        lexicon.isEnglishWord("tongyeong"), "Tongyeong must be no English word for this test");
    List<Hit> hits = retriever.retrieve(question, 1).hits();
    assertFalse(hits.isEmpty(), question);
    assertTrue(
        hits.getFirst().sentenceText().contains("통영"),
        question + " → " + hits.getFirst().sentenceText());
  }

  /**
   * A loanword Nori cuts into pieces (메소스피어 as 메소 | 스피어; the bundled sources write 메조피어 or
   * Mesosphere) is one word, found in English text by the whole word's phonetic key, which neither
   * piece's would reach.
   */
  @Test
  void aLoanwordNoriCutsIntoPiecesIsOneWordFoundByItsWholeKey() {
    assertEquals(
        List.of("메소", "스피어"),
        analysis.termSpans(Fields.KOREAN, "메소스피어").stream().map(Analysis.TermSpan::term).toList());
    String question = "메소스피어는 누가 세웠어?";
    QuestionGroups.Group group = group(question, "메소스피어", QuestionGroups.CorpusWords.NONE);
    assertTrue(
        group.alternatives().stream().anyMatch(a -> a.field().equals(Fields.TRANSLITERATION_LATIN)),
        "the whole word is read into phonetic keys for English text: " + group);

    List<Hit> hits = retriever.retrieve(question, 3).hits();
    assertFalse(hits.isEmpty(), question);
    assertTrue(
        hits.getFirst().sentenceText().startsWith("Mesosphere was founded"),
        hits.getFirst().sentenceText());
  }

  /**
   * The other way round: a Hangul loanword in a Korean question, which the lexicon does not know,
   * finds the English word it renders by its phonetic key.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "마림바 이중주는 누가 연주해?, 마림바, marimba",
    "색소폰은 누가 불어?, 색소폰, saxophone",
    "하프시코드는 어디서 빌려 왔어?, 하프시코드, harpsichord"
  })
  void aHangulLoanwordFindsTheEnglishWordItRenders(String question, String hangul, String english) {
    assertTrue(
        lexicon.english(hangul).isEmpty(), hangul + " must not be in the lexicon for this test");
    assertTrue(PhoneticKey.matches(hangul, english), hangul + " and " + english + " share a key");
    QuestionGroups.Group group = group(question, hangul, QuestionGroups.CorpusWords.NONE);
    assertTrue(
        group.alternatives().stream().anyMatch(a -> a.field().equals(Fields.TRANSLITERATION_LATIN)),
        "the Hangul word is read into phonetic keys for English text: " + group);

    List<Hit> hits = retriever.retrieve(question, 3).hits();
    assertFalse(hits.isEmpty(), question);
    Hit top = hits.getFirst();
    assertEquals(ENGLISH_ID, top.sourceId(), question + " → " + top.sentenceText());
    assertTrue(top.sentenceText().contains(english), top.sentenceText());
    assertTrue(
        top.evidence().translatedShare() > 0,
        "found through its key, not in its own words: " + top.evidence());
  }

  /**
   * A word the lexicon translates, written as a name (capitalised inside the question), is also
   * sought by its sound, as Korean text writes a name: the film Umbrella is 엄브렐러, not 우산. In lower
   * case it is the word, translated only.
   */
  @Test
  void aNameTheLexiconTranslatesIsAlsoFoundByItsSound() {
    assertFalse(
        lexicon.korean(List.of("umbrella")).isEmpty(),
        "umbrella must be in the lexicon for this test");
    assertFalse(loanwords("Umbrella").isEmpty(), "the index has Umbrella's sound");
    QuestionGroups.Group asName = group("When was the film Umbrella shown?", "Umbrella", LOANWORDS);
    QuestionGroups.Group asWord = group("When was the film umbrella shown?", "umbrella", LOANWORDS);
    assertTrue(soughtBySound(asName), "the name is sought by its Hangul forms: " + asName);
    assertFalse(soughtBySound(asWord), "the word is sought by its translations only: " + asWord);
    assertFirstSentenceHas("When was the film Umbrella shown?", "엄브렐러");
  }

  /**
   * A hyphenated compound is also sought, through its last word, as the one loanword Korean writes
   * it as: play-off is 플레이오프, where play and off translated one by one meet 연극 and 떨어지다. Written as
   * two words, it is two.
   */
  @Test
  void aHyphenatedCompoundIsFoundAsOneLoanword() {
    assertFalse(loanwords("playoff").isEmpty(), "the index has the compound's sound");
    QuestionGroups.Group compound = group("Where was the league play-off?", "off", LOANWORDS);
    QuestionGroups.Group apart = group("Where was the league play off?", "off", LOANWORDS);
    assertTrue(soughtBySound(compound), "the compound is sought by its Hangul forms: " + compound);
    assertFalse(
        apart.alternatives().stream().anyMatch(a -> a.terms().contains("플레이오프")),
        "two words are not one compound: " + apart);
    assertFirstSentenceHas("Where was the league play-off?", "플레이오프");
  }

  /** Whether a group has Hangul forms found by the word's sound, at a transliteration's weight. */
  private static boolean soughtBySound(QuestionGroups.Group group) {
    return group.alternatives().stream()
        .anyMatch(a -> a.weight() == QuestionGroups.Alternative.TRANSLITERATED);
  }

  private static void assertFirstSentenceHas(String question, String hangul) {
    List<Hit> hits = retriever.retrieve(question, 3).hits();
    assertFalse(hits.isEmpty(), question);
    assertTrue(
        hits.getFirst().sentenceText().contains(hangul),
        question + " → " + hits.getFirst().sentenceText());
  }

  /**
   * A Latin name with a Korean particle written onto it (Hollister가) is found by its Hangul
   * spelling.
   */
  @Test
  void aLatinNameWithAParticleOnItIsFoundByItsHangulSpelling() {
    List<Hit> hits = retriever.retrieve("홀리스터는 무엇을 후원했어?", 3).hits();
    assertFalse(hits.isEmpty());
    Hit top = hits.getFirst();
    assertEquals(SPONSORS_ID, top.sourceId(), top.sentenceText());
    assertEquals(0, top.evidence().absentShare(), "홀리스터 is found: " + top.evidence());
  }
}
