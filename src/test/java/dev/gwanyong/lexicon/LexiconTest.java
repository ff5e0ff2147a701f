package dev.gwanyong.lexicon;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.Fields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bilingual lexicon: what loading makes of its lines, in both directions, and what it refuses.
 */
class LexiconTest {

  private static final Path BUNDLED = Path.of("config", "lexicon");
  private static Analysis analysis;
  private static Lexicon bundled;

  @TempDir Path folder;

  @BeforeAll
  static void load() {
    analysis = Analysis.load(Path.of("config", "analysis"));
    bundled = Lexicon.load(BUNDLED, analysis);
  }

  /** English text as the lexicon keys it: the English field's stems, in order. */
  private static List<String> stems(String english) {
    return analysis.termSpans(Fields.ENGLISH, english).stream()
        .map(Analysis.TermSpan::term)
        .toList();
  }

  /** Korean text as the index holds it: Nori's terms, in order. */
  private static List<String> nori(String korean) {
    return List.copyOf(analysis.indexTerms(Fields.KOREAN, korean));
  }

  private Lexicon write(String name, String... lines) throws IOException {
    Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", UTF_8);
    return Lexicon.load(folder, analysis);
  }

  @Test
  void aFolderLoadedAgainIsSharedUntilAFileChanges() throws IOException {
    Lexicon first = write("test.tsv", "house\t집");
    assertSame(first, Lexicon.load(folder, analysis));
    Lexicon edited = write("test.tsv", "house\t집", "interfere\t간섭하다");
    assertNotSame(first, edited);
    assertEquals(Set.of(List.of("간섭")), edited.korean(stems("interfere")));
  }

  @Test
  void koreanTranslationsAreStoredAsTheTermsNoriGivesTheIndex() throws IOException {
    Lexicon lexicon = write("test.tsv", "interfere\t간섭하다; 방해하다");
    // The dictionary form 간섭하다 never occurs in running text; the index holds 간섭, and so must the
    // lexicon.
    assertEquals(List.of("간섭"), nori("간섭하다"));
    assertTrue(nori("구글은 사용자들에게 간섭했다").contains("간섭"));
    assertEquals(Set.of(List.of("간섭"), List.of("방해")), lexicon.korean(stems("interfere")));
  }

  @Test
  void aVerbIsAlsoStoredAsNoriReadsItAfterAnObject() throws IOException {
    Lexicon lexicon = write("test.tsv", "envy\t부러워하다", "house\t집");
    // Nori splits the dictionary form (부럽다 + 어 + 하다) but reads the verb whole in a sentence with an
    // object.
    assertEquals(List.of("부럽다"), nori("부러워하다"));
    assertTrue(nori("나는 그 사람을 부러워한다.").contains("부러워하다"), nori("나는 그 사람을 부러워한다.").toString());
    assertEquals(Set.of(List.of("부럽다"), List.of("부러워하다")), lexicon.korean(stems("envy")));
    assertEquals(Set.of(List.of("집")), lexicon.korean(stems("house")), "a noun is read once");
    assertTrue(
        lexicon.english("부러워하다").containsAll(stems("envy")),
        "and the reading leads back to English");
  }

  @Test
  void aNounIsAlsoStoredAsNoriReadsItBeforeAParticle() throws IOException {
    Lexicon lexicon = write("test.tsv", "zoo\t동물원");
    // Alone the compound is one dictionary word; in a sentence (동물원에 갔다) Nori splits it.
    assertEquals(List.of("동물원"), nori("동물원"));
    assertEquals(List.of("동물", "원", "가다"), nori("동물원에 갔다"));
    assertEquals(Set.of(List.of("동물원"), List.of("동물", "원")), lexicon.korean(stems("zoo")));
  }

  @Test
  void aSpacedTranslationIsAlsoStoredAsWrittenWithoutTheSpace() throws IOException {
    Lexicon lexicon = write("test.tsv", "broken\t고장 난", "break down\t고장 나다");
    // Korean may write a noun and its light verb apart or together; Nori reads 고장났다 as one verb.
    assertTrue(nori("이 시계가 고장났다.").contains("고장나다"), nori("이 시계가 고장났다.").toString());
    assertTrue(
        lexicon.korean(stems("broken")).contains(List.of("고장나다")),
        lexicon.korean(stems("broken")).toString());
    assertTrue(lexicon.korean(stems("break down")).contains(List.of("고장나다")));
    assertTrue(lexicon.korean(stems("broken")).contains(List.of("고장")), "the spaced reading stays");
  }

  @Test
  void anAdjectivesGenitiveTranslationIsReadAsTheNounItModifiesWith() throws IOException {
    Lexicon lexicon = write("test.tsv", "english\t영어의\ninternal\t내부의\nmodern\t현대의\nmeeting\t회의");
    // Standing alone, 의 is read as a noun that no sentence saying 영어는 has, or as part of a word: 부의
    // is "condolence money", 대의 a "cause".
    assertEquals(List.of("영어", "의"), nori("영어의"));
    assertEquals(List.of("부의"), nori("내부의"));
    assertEquals(List.of("현", "대의"), nori("현대의"));
    assertEquals(Set.of(List.of("영어")), lexicon.korean(stems("english")));
    assertEquals(Set.of(List.of("내부")), lexicon.korean(stems("internal")));
    assertEquals(Set.of(List.of("현대")), lexicon.korean(stems("modern")));
    assertEquals(
        Set.of(List.of("회의")),
        lexicon.korean(stems("meeting")),
        "a word that ends in the syllable");
  }

  @Test
  void theEnglishSideIsStemmedSoInflectedFormsFindTheEntry() throws IOException {
    Lexicon lexicon = write("test.tsv", "company\t회사; 기업");
    Set<List<String>> expected = Set.of(List.of("회사"), List.of("기업"));
    assertEquals(expected, lexicon.korean(stems("company")));
    assertEquals(expected, lexicon.korean(stems("companies")));
    assertEquals(expected, lexicon.korean(stems("Company's")));
    assertEquals(Set.of(), lexicon.korean(List.of("company")), "keys are stems, not surface words");
  }

  @Test
  void phrasesAreKeyedAsUnitsWithTheirKoreanPhrases() {
    Set<List<String>> lockIn = inQuestion(bundled, "Is there vendor lock-in?", "vendor", "lock");
    assertTrue(lockIn.contains(nori("벤더 종속")), lockIn.toString());
    Set<List<String>> publicCloud = bundled.korean(stems("public cloud"));
    assertTrue(publicCloud.contains(nori("퍼블릭 클라우드")), publicCloud.toString());
    assertEquals(List.of("퍼블릭", "클라우드"), nori("퍼블릭 클라우드"));
    // The phrase's translation belongs to the phrase, not to its words one by one.
    assertFalse(bundled.korean(stems("public")).contains(nori("퍼블릭 클라우드")));
    assertFalse(bundled.korean(stems("cloud")).contains(nori("퍼블릭 클라우드")));
  }

  /**
   * The translations of the words of a question that analysis reads as {@code stems}, looked up as
   * written there.
   */
  private static Set<List<String>> inQuestion(Lexicon lexicon, String question, String... stems) {
    List<Analysis.TermSpan> spans = analysis.termSpans(Fields.ENGLISH, question);
    for (int i = 0; i + stems.length <= spans.size(); i++) {
      List<Analysis.TermSpan> phrase = spans.subList(i, i + stems.length);
      if (phrase.stream().map(Analysis.TermSpan::term).toList().equals(List.of(stems))) {
        return lexicon
            .lookup(phrase, WrittenWords.of(question))
            .map(Lexicon.Translations::korean)
            .orElse(Set.of());
      }
    }
    throw new AssertionError(List.of(stems) + " not in " + spans);
  }

  @Test
  void aPhraseWithWordsAnalysisDropsCountsOnlyWhereTheQuestionWritesThem() throws IOException {
    Lexicon lexicon =
        write("test.tsv", "get\t얻다", "get up\t일어나다", "look forward to\t고대하다", "look\t보다");
    Set<List<String>> get = Set.of(nori("얻다"));
    Set<List<String>> getUp = Set.of(nori("얻다"), nori("일어나다"));
    assertEquals(getUp, inQuestion(lexicon, "What time do you get up?", "get"));
    assertEquals(getUp, inQuestion(lexicon, "He got up late.", "get"));
    assertEquals(get, inQuestion(lexicon, "I'll call you when I get to Boston.", "get"));
    assertEquals(
        get,
        inQuestion(lexicon, "Up here, I get nothing.", "get"),
        "the particle after the verb, not before");
    assertEquals(get, lexicon.korean(stems("get")), "nor where nothing was written");
    assertEquals(
        Set.of(nori("고대하다")), inQuestion(lexicon, "We look forward to it.", "look", "forward"));
    assertEquals(Set.of(), inQuestion(lexicon, "Look forward, please.", "look", "forward"));
    assertEquals(2, lexicon.longestPhraseFrom(stems("look").getFirst()));
  }

  @Test
  void aVerbAndItsParticleMayHoldAPronounBetweenThem() throws IOException {
    Lexicon lexicon = write("test.tsv", "try\t해보다", "try on\t입어 보다");
    Set<List<String>> tryOn = inQuestion(lexicon, "Can I try it on?", "try");
    assertTrue(tryOn.contains(nori("입어 보다")), tryOn.toString());
    assertEquals(Set.of(nori("해보다")), inQuestion(lexicon, "Can I try it?", "try"));
    assertEquals(
        Set.of(nori("해보다")),
        inQuestion(lexicon, "Try harder on Monday.", "try"),
        "not any word between");
  }

  @Test
  void aKoreanTermLeadsBackToEnglishStems() throws IOException {
    Lexicon lexicon = write("test.tsv", "company\t회사; 기업", "firm\t회사", "public cloud\t퍼블릭 클라우드");
    assertEquals(
        Set.of(stems("companies").getFirst(), stems("firm").getFirst()), lexicon.english("회사"));
    assertEquals(Set.of(stems("company").getFirst()), lexicon.english("기업"));
    // A phrase has no single Korean term to come back from.
    assertEquals(Set.of(), lexicon.english("퍼블릭"));
    assertEquals(Set.of(), lexicon.english("없는말"));
  }

  /**
   * A translation whose negation analysis drops (없다 and 않다 are stop words) is no translation: 상표가
   * 없는 would read as 상표, the brand itself, and 보이지 않는 as 보이다; a word that holds its negation (끊임없다)
   * keeps it.
   */
  @Test
  void aTranslationThatLosesItsNegationIsNone() throws IOException {
    Lexicon lexicon =
        write(
            "test.tsv",
            "generic\t일반적인; 상표가 없는",
            "invisible\t보이지 않는",
            "constant\t끊임없는",
            "brand\t상표");
    assertEquals(Set.of(stems("brand").getFirst()), lexicon.english("상표"));
    assertEquals(Set.of(), lexicon.english("보이다"));
    assertEquals(Set.of(List.of("일반")), lexicon.korean(stems("generic")));
    assertEquals(Set.of(), lexicon.korean(stems("invisible")));
    assertEquals(Set.of(List.of("끊임없다")), lexicon.korean(stems("constant")));
  }

  @Test
  void theBundledLexiconReversesToo() {
    assertTrue(
        bundled.english("간섭").contains(stems("interfere").getFirst()),
        bundled.english("간섭").toString());
    assertTrue(
        bundled.english("회사").contains(stems("companies").getFirst()),
        bundled.english("회사").toString());
    assertTrue(
        bundled.english("커피").contains(stems("coffee").getFirst()),
        bundled.english("커피").toString());
  }

  @Test
  void aLineWithoutATabNamesItsFileAndLine() throws IOException {
    Files.writeString(folder.resolve("ok.tsv"), "company\t회사\n", UTF_8);
    Files.writeString(
        folder.resolve("broken.tsv"), "# comment\n\nlibrary\t도서관\nbicycle 자전거\n", UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Lexicon.load(folder, analysis));
    assertTrue(e.getMessage().contains("broken.tsv"), e.getMessage());
    assertTrue(e.getMessage().contains("line 4"), e.getMessage());
  }

  @Test
  void aLineWithoutKoreanNamesItsFileAndLine() throws IOException {
    Files.writeString(folder.resolve("empty-side.tsv"), "library\t도서관\nbakery\t ; ;\n", UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Lexicon.load(folder, analysis));
    assertTrue(e.getMessage().contains("empty-side.tsv: line 2"), e.getMessage());
    assertTrue(e.getMessage().contains("bakery"), e.getMessage());
  }

  @Test
  void aLineWithTwoTabsIsRejected() throws IOException {
    Files.writeString(folder.resolve("tabs.tsv"), "library\t도서관\t서재\n", UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Lexicon.load(folder, analysis));
    assertTrue(e.getMessage().contains("tabs.tsv: line 1"), e.getMessage());
  }

  @Test
  void commentsBlankLinesAndOtherFilesAreIgnored() throws IOException {
    Files.writeString(folder.resolve("notes.txt"), "this is not a lexicon file\n", UTF_8);
    Lexicon lexicon = write("test.tsv", "# english<TAB>korean", "", "library\t도서관", "   ");
    assertEquals(1, lexicon.size());
    assertEquals(0, Lexicon.load(folder.resolve("missing"), analysis).size());
  }

  @Test
  void theLongestPhraseFromAWordSpansEveryTier() throws IOException {
    Files.createDirectories(folder.resolve(Lexicon.GENERATED));
    Files.writeString(
        folder.resolve(Lexicon.GENERATED).resolve("10-names-test.tsv"),
        "# generated\nnew york city\t뉴욕시\n",
        UTF_8);
    Lexicon lexicon = write("test.tsv", "new york\t뉴욕", "new\t새로운", "house\t집");
    assertEquals(3, lexicon.longestPhraseFrom(stems("new").getFirst()));
    assertEquals(
        1, lexicon.longestPhraseFrom(stems("house").getFirst()), "a word that begins no phrase");
    assertEquals(1, lexicon.longestPhraseFrom("kubernetes"), "a word the lexicon lacks");
  }

  @Test
  void aGeneratedTierOnlyAddsWhatTheHandWrittenFilesLack() throws IOException {
    Files.createDirectories(folder.resolve(Lexicon.GENERATED));
    Files.writeString(
        folder.resolve(Lexicon.GENERATED).resolve("10-names-test.tsv"),
        "# generated\nswitzerland\t스위스\ncompany\t컴퍼니\n",
        UTF_8);
    Lexicon lexicon = write("test.tsv", "company\t회사");
    assertEquals(
        Optional.of(new Lexicon.Translations(Lexicon.Tier.NAMES, Set.of(nori("스위스")))),
        lexicon.lookup(stems("Switzerland")));
    // The hand-written entry wins: the generated translation is not merged into it.
    assertEquals(Set.of(nori("회사")), lexicon.korean(stems("company")));
    assertEquals(
        Optional.of(Lexicon.Tier.HAND_WRITTEN),
        lexicon.lookup(stems("company")).map(Lexicon.Translations::tier));
    assertEquals(Set.of(stems("switzerland").getFirst()), lexicon.english("스위스"));
    assertEquals(Optional.of(Lexicon.Tier.NAMES), lexicon.tierOf(List.of("스위스")));
  }

  @Test
  void aGeneratedFileMustNameItsTier() throws IOException {
    Files.createDirectories(folder.resolve(Lexicon.GENERATED));
    Files.writeString(
        folder.resolve(Lexicon.GENERATED).resolve("cldr.tsv"), "switzerland\t스위스\n", UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Lexicon.load(folder, analysis));
    assertTrue(e.getMessage().contains("cldr.tsv"), e.getMessage());
  }

  @Test
  void everyBundledGeneratedTableSaysWhereItComesFromAndUnderWhichLicence() throws IOException {
    List<Path> tables;
    try (Stream<Path> files = Files.list(BUNDLED.resolve(Lexicon.GENERATED))) {
      tables = files.filter(f -> f.toString().endsWith(".tsv")).toList();
    }
    assertFalse(tables.isEmpty());
    for (Path table : tables) {
      String header =
          Files.readString(table, UTF_8)
              .lines()
              .takeWhile(l -> l.startsWith("#"))
              .reduce("", (a, b) -> a + b + "\n");
      assertTrue(header.contains("Generated by scripts/lexicon/"), table + ": " + header);
      assertTrue(header.contains("# source: "), table + ": " + header);
      assertTrue(header.contains("# licence: "), table + ": " + header);
    }
  }

  @Test
  void theBundledNamesTierHasCountriesLanguagesAndTheirAdjectives() {
    assertTrue(bundled.korean(stems("Switzerland")).contains(nori("스위스")));
    assertTrue(bundled.korean(stems("New Zealand")).contains(nori("뉴질랜드")));
    // Derived from CLDR: Portuguese is 포르투갈어, and 포르투갈 is a territory, so the adjective reaches it
    // too.
    assertTrue(bundled.korean(stems("Portuguese")).contains(nori("포르투갈")));
    assertTrue(bundled.korean(stems("Portuguese")).contains(nori("포르투갈어")));
  }

  @Test
  void theBundledNumberTierSpellsNumbersOutInBothLanguages() {
    assertEquals(
        Optional.of(Lexicon.Tier.NUMBERS),
        bundled.lookup(stems("five")).map(Lexicon.Translations::tier));
    assertEquals(Set.of(nori("5"), nori("다섯")), bundled.korean(stems("five")));
    assertTrue(bundled.korean(stems("sixty")).contains(nori("예순")));
    assertTrue(bundled.korean(stems("third")).contains(nori("셋째")));
  }

  @Test
  void theBundledNamesTiersKnowTheOtherNamesOfCountries() {
    // CLDR says United Kingdom and Netherlands; English text also says Britain and Holland
    // (WordNet's synsets).
    assertEquals(Set.of(nori("영국")), bundled.korean(stems("Britain")));
    assertEquals(Set.of(nori("네덜란드")), bundled.korean(stems("Holland")));
    assertEquals(
        Optional.of(Lexicon.Tier.NAMES),
        bundled.lookup(stems("Britain")).map(Lexicon.Translations::tier));
  }

  @Test
  void theBundledHanjaTierGlossesSinoKoreanWordsTheHandWrittenFilesLack() {
    assertEquals(
        Optional.of(Lexicon.Tier.HANJA),
        bundled.lookup(stems("pneumonia")).map(Lexicon.Translations::tier));
    assertTrue(bundled.korean(stems("pneumonia")).contains(nori("폐렴")));
    assertTrue(bundled.korean(stems("museum")).contains(nori("박물관")));
    assertEquals(Set.of(stems("pneumonia").getFirst()), bundled.english("폐렴"));
  }

  @Test
  void theBundledHanjaTierGlossesWordsSpelledWithKoreanFormsOfCharacters() {
    // hanja.txt spells 불교 佛敎 and 진리 眞理, CC-CEDICT 佛教 and 真理: only Unihan's variants join them.
    assertTrue(bundled.korean(stems("buddhism")).contains(nori("불교")));
    assertTrue(bundled.english("진리").contains(stems("truth").getFirst()));
  }

  @Test
  void theBundledHanjaTierNamesPeopleCcCedictGlossesWithTheirDates() {
    // "Sima Qian (145-86 BC), Han Dynasty historian, …": the name before the dates is the
    // translation.
    assertTrue(bundled.korean(stems("Sima Qian")).contains(nori("사마천")));
    assertTrue(bundled.korean(stems("Xinhai Revolution")).contains(nori("신해혁명")));
  }

  @Test
  void theBundledHanjaTierWritesWordsAsSouthKoreaSpellsThem() {
    // hanja.txt also lists 립자 for 입자 (粒子), 립법 for 입법 and 년감 for 연감, spelled before the
    // initial-sound rule.
    Map<String, List<String>> spellings =
        Map.of(
            "particle",
            List.of("입자", "립자"),
            "legislate",
            List.of("입법", "립법"),
            "yearbook",
            List.of("연감", "년감"));
    spellings.forEach(
        (english, written) -> {
          Set<List<String>> korean = bundled.korean(stems(english));
          assertTrue(korean.contains(nori(written.get(0))), english + " → " + korean);
          assertFalse(korean.contains(nori(written.get(1))), english + " → " + korean);
        });
  }

  @Test
  void theBundledJmdictTierGlossesSinoKoreanWordsCcCedictLeavesUnglossed() {
    // 양봉장 (養蜂場) is a Japanese coinage CC-CEDICT lacks; JMdict glosses it.
    assertEquals(
        Optional.of(Lexicon.Tier.HANJA),
        bundled.lookup(stems("apiary")).map(Lexicon.Translations::tier));
    assertEquals(Set.of(nori("양봉장")), bundled.korean(stems("apiary")));
    // 재발견 is spelled 再發見 in hanja.txt and 再発見 in JMdict: KANJIDIC's cross-references join the two.
    assertEquals(Set.of(nori("재발견")), bundled.korean(stems("rediscovery")));
  }

  @Test
  void englishWordsAreTheEntriesAndTheGeneratedWordList() throws IOException {
    Files.createDirectories(folder.resolve(Lexicon.GENERATED));
    Files.writeString(
        folder.resolve(Lexicon.GENERATED).resolve("english-words.txt"), "# list\nradio\n", UTF_8);
    Lexicon lexicon = write("test.tsv", "company\t회사");
    assertTrue(lexicon.isEnglishWord("company"));
    assertTrue(lexicon.isEnglishWord("radio"));
    assertFalse(lexicon.isEnglishWord("histroy"));
    assertTrue(bundled.isEnglishWord("hoarse"), "the bundled word list is SCOWL's");
  }

  @Test
  void theEntriesATypoMayBeMeantAsAreFoundByTheirFirstLetterAndLength() throws IOException {
    Lexicon lexicon =
        write("test.tsv", "company\t회사\ncompany\t기업\ncome\t오다\nconsole\t콘솔\ncloud\t클라우드\nbox\t상자");
    assertEquals(
        List.of("company", "console"),
        lexicon.words('c', 6, 7),
        "once each, in order, of those lengths");
    assertEquals(List.of("cloud", "come", "company", "console"), lexicon.words('c', 1, 20));
    assertEquals(List.of("box"), lexicon.words('b', 3, 3));
    assertEquals(List.of(), lexicon.words('a', 1, 20));
    assertEquals(List.of(), lexicon.words('z', 1, 20), "past the last entry");
    assertTrue(lexicon.isEnglishWord("console"));
  }

  @Test
  void everydayWordsAreThoseOfTheGeneratedListAsStems() throws IOException {
    Files.createDirectories(folder.resolve(Lexicon.GENERATED));
    Files.writeString(
        folder.resolve(Lexicon.GENERATED).resolve("english-everyday.txt"), "# list\ncall\n", UTF_8);
    Lexicon lexicon = write("test.tsv", "company\t회사");
    assertTrue(lexicon.isEveryday(stems("called").getFirst()), "inflected forms share the stem");
    assertFalse(
        lexicon.isEveryday(stems("company").getFirst()),
        "a lexicon entry is not everyday by itself");
    assertTrue(
        bundled.isEveryday(stems("reasons").getFirst()), "the bundled list is SCOWL's commonest");
    assertFalse(bundled.isEveryday(stems("mesosphere").getFirst()));
  }

  @Test
  void theBundledLexiconHasAtLeastFiveThousandEnglishEntries() {
    assertTrue(bundled.size() >= 5_000, "only " + bundled.size() + " entries");
  }

  @Test
  void everydayWordsOfTheBundledLexiconReachTheirKoreanTerms() {
    assertTrue(bundled.korean(stems("bicycles")).contains(nori("자전거")));
    assertTrue(bundled.korean(stems("libraries")).contains(nori("도서관")));
    assertTrue(bundled.korean(stems("sandwich")).contains(nori("샌드위치")));
    assertTrue(bundled.korean(stems("borrowed")).contains(nori("빌리다")));
  }

  @Test
  void everyEntryKeepsAKoreanTranslationOrIsAFunctionWord() throws IOException {
    List<String> lost = new ArrayList<>();
    try (Stream<Path> files = Files.list(BUNDLED)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
        for (String line : Files.readAllLines(file, UTF_8)) {
          String[] sides = line.strip().split("\t");
          if (line.isBlank() || line.startsWith("#") || sides.length != 2) {
            continue;
          }
          List<String> key = stems(sides[0]);
          // Looked up as the entry writes it: a phrase with a word analysis drops (get up) is found
          // only so.
          List<Analysis.TermSpan> written = analysis.termSpans(Fields.ENGLISH, sides[0]);
          boolean translated =
              bundled.lookup(written, WrittenWords.of(sides[0])).isPresent()
                  || bundled.isFunctionWord(key);
          if (!key.isEmpty() && key.size() <= Lexicon.MAX_PHRASE && !translated) {
            lost.add(file.getFileName() + ": " + line.strip());
          }
        }
      }
    }
    assertEquals(List.of(), lost, lost.size() + " entries lost every translation");
  }

  @Test
  void aTranslationWithAParticleStillMatchesTheNoun() {
    List<String> inText = nori("자전거를 무료로 빌릴 수 있다");
    assertTrue(inText.contains("무료"), inText.toString());
    assertTrue(
        bundled.korean(stems("free")).contains(List.of("무료")),
        "free → " + bundled.korean(stems("free")));
  }
}
