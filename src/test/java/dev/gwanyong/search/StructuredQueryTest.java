package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.Fields;
import dev.gwanyong.index.TextNormalizer;
import dev.gwanyong.lexicon.Lexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Query translation as Pirkola's structured query: each English word is one clause whose Korean
 * translations share one {@link SynonymQuery}; names stay as they are; Korean stays Korean; English
 * inside Korean is translated.
 */
class StructuredQueryTest {

  private static Analysis analysis;
  private static Lexicon lexicon;
  private static PlainQueryBuilder builder;

  @BeforeAll
  static void load() throws IOException {
    analysis = Analysis.load(Path.of("config", "analysis"));
    lexicon = Lexicon.load(Path.of("config", "lexicon"), analysis);
    builder = new PlainQueryBuilder(analysis);
  }

  private static QuestionGroups groups(String question) {
    return QuestionGroups.of(
        TextNormalizer.normalize(question), analysis, lexicon, QuestionGroups.CorpusWords.NONE);
  }

  /**
   * The query for a question, built against an index that has every term its words could be
   * searched as.
   */
  private static BooleanQuery build(String question) {
    String normalized = TextNormalizer.normalize(question);
    QuestionGroups groups =
        QuestionGroups.of(normalized, analysis, lexicon, QuestionGroups.CorpusWords.NONE);
    try (IndexReader reader = holdingEveryAlternative(groups)) {
      return (BooleanQuery) builder.build(groups, normalized, new ReaderWords(reader));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One document with every alternative's terms in its field, so that none is left out for want of
   * a sentence. It has no bigrams and no paragraph field: these tests look at the word clauses.
   */
  private static IndexReader holdingEveryAlternative(QuestionGroups groups) throws IOException {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      Document doc = new Document();
      for (QuestionGroups.Group group : groups.groups()) {
        for (QuestionGroups.Alternative alternative : group.alternatives()) {
          alternative
              .terms()
              .forEach(t -> doc.add(new StringField(alternative.field(), t, Field.Store.NO)));
        }
      }
      writer.addDocument(doc);
    }
    return DirectoryReader.open(directory);
  }

  private static Query unboost(Query query) {
    return query instanceof BoostQuery b ? unboost(b.getQuery()) : query;
  }

  /**
   * The per-word clauses of a query: one {@link DisjunctionMaxQuery} each (the bigram safety net
   * excluded).
   */
  private static List<DisjunctionMaxQuery> wordClauses(BooleanQuery query) {
    List<DisjunctionMaxQuery> clauses = new ArrayList<>();
    for (BooleanClause clause : query.clauses()) {
      assertEquals(BooleanClause.Occur.SHOULD, clause.occur());
      if (unboost(clause.query()) instanceof DisjunctionMaxQuery d) {
        clauses.add(d);
      }
    }
    return clauses;
  }

  /** The terms a clause searches in one field as single terms (term or synonym queries). */
  private static Set<String> singleTerms(DisjunctionMaxQuery clause, String field) {
    Set<String> terms = new HashSet<>();
    for (Query disjunct : clause.getDisjuncts()) {
      Query q = unboost(disjunct);
      if (q instanceof SynonymQuery s) {
        s.getTerms().stream()
            .filter(t -> t.field().equals(field))
            .forEach(t -> terms.add(t.text()));
      } else if (q instanceof TermQuery t && t.getTerm().field().equals(field)) {
        terms.add(t.getTerm().text());
      }
    }
    return terms;
  }

  private static List<String> nori(String korean) {
    return List.copyOf(analysis.indexTerms(Fields.KOREAN, korean));
  }

  private static QuestionGroups.Group group(QuestionGroups groups, String word) {
    return groups.groups().stream()
        .filter(g -> g.word().equalsIgnoreCase(word))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no group for " + word + " in " + groups));
  }

  @Test
  void aWordWithManyTranslationsIsOneSynonymQueryOnTheKoreanField() {
    Set<List<String>> translations = lexicon.korean(List.of("compani"));
    assertTrue(translations.size() >= 2, "company has several translations: " + translations);
    BooleanQuery query = build("companies");
    List<DisjunctionMaxQuery> clauses = wordClauses(query);
    assertEquals(1, clauses.size(), "one clause for one word: " + query);

    List<SynonymQuery> onKorean = new ArrayList<>();
    for (Query disjunct : clauses.getFirst().getDisjuncts()) {
      if (unboost(disjunct) instanceof SynonymQuery s && s.getField().equals(Fields.KOREAN)) {
        onKorean.add(s);
      }
    }
    assertEquals(1, onKorean.size(), "one synonym query over the Korean field: " + query);
    Set<Term> expected = new HashSet<>();
    translations.stream()
        .filter(t -> t.size() == 1)
        .forEach(t -> expected.add(new Term(Fields.KOREAN, t.getFirst())));
    assertTrue(expected.size() >= 2, expected.toString());
    assertTrue(
        new HashSet<>(onKorean.getFirst().getTerms()).containsAll(expected),
        onKorean.getFirst().toString());
  }

  @Test
  void thePersonAKoreanQuestionAsksForAfterWhatTheyDidIsNoWordOfIt() {
    assertEquals(List.of("메조스피어", "설립"), words("메조스피어를 설립한 사람은 누구야?"));
    assertEquals(List.of("평양", "축전", "파견"), words("평양축전에 파견 된 인물은?"));
    assertEquals(List.of("책", "쓰다"), words("책을 쓸 사람은?"));
    // About the person, not asking for one: no modifier before it.
    assertEquals(List.of("사람"), words("이 사람은 누구야?"));
    assertEquals(List.of("사람", "만들다", "책"), words("그 사람이 만든 책은?"));
  }

  private static List<String> words(String question) {
    return groups(question).groups().stream().map(QuestionGroups.Group::word).toList();
  }

  @Test
  void aWordWithManyTranslationsWeighsNoMoreClausesThanAWordWithOne() {
    assertTrue(
        lexicon.korean(List.of("compani")).size() > lexicon.korean(List.of("sandwich")).size());
    assertEquals(2, wordClauses(build("companies sandwich")).size());
    assertEquals(1, groups("companies").groups().size());
  }

  @Test
  void aCompoundNoriSplitsIsOneWordWithTheLexiconsTranslationOfTheWhole() {
    // Nori reads 물리학 as 물리 | 학, and the lexicon translates neither 학 alone nor the pieces as
    // physics.
    assertEquals(List.of("물리", "학"), nori("물리학"));
    QuestionGroups.Group physics = group(groups("물리학의 역사를 다룬 책은?"), "물리학");
    assertTrue(
        physics
            .alternatives()
            .contains(QuestionGroups.Alternative.direct(Fields.KOREAN, List.of("물리", "학"))),
        physics.toString());
    assertTrue(
        physics.alternatives().stream()
            .anyMatch(a -> a.field().equals(Fields.ENGLISH) && a.terms().equals(List.of("physic"))),
        physics.toString());
  }

  @Test
  void aPhraseTheLexiconTranslatesAsAWholeIsOneWordThoughWrittenApart() {
    // The number tier has 두 번째 for second: as three words, 둘, 번 and 째, any ordinal's 번 and 째
    // met the question ("첫 번째 시나리오"), and nothing said second.
    QuestionGroups groups = groups("두 번째 트레일러가 공개된 날짜는?");
    QuestionGroups.Group second = group(groups, "두 번째");
    assertTrue(
        second
            .alternatives()
            .contains(QuestionGroups.Alternative.direct(Fields.KOREAN, List.of("둘", "번", "째"))),
        second.toString());
    assertTrue(
        second.alternatives().stream()
            .anyMatch(a -> a.field().equals(Fields.ENGLISH) && a.terms().equals(List.of("second"))),
        second.toString());
    assertTrue(groups.groups().stream().noneMatch(g -> g.word().equals("째")), groups.toString());
  }

  @Test
  void aCompoundWhosePiecesTranslateAloneIsStillTranslatedAsAWhole() {
    // Nori reads 대사관 as 대사 | 관, and the lexicon has the pieces (ambassador, tube) as well as the
    // whole (embassy): the whole is what the question says, and it weighs in the evidence as its
    // two pieces did.
    assertEquals(List.of("대사", "관"), nori("대사관"));
    QuestionGroups.Group embassy = group(groups("미국 대사관이 어디입니까?"), "대사관");
    Set<List<String>> english = new HashSet<>();
    embassy.alternatives().stream()
        .filter(a -> a.field().equals(Fields.ENGLISH))
        .forEach(a -> english.add(a.terms()));
    assertEquals(Set.of(List.of("embassi")), english, embassy.toString());
    assertEquals(2, embassy.words());
  }

  @Test
  void aKoreanWordOnlyAnEnglishPhraseTranslatesIsSearchedAsThatPhrase() {
    // The lexicon has 사형 only as the translation of "death penalty" and "capital punishment"; 생일 is
    // a birthday.
    QuestionGroups.Group penalty = group(groups("그는 사형에 처해졌다."), "사형");
    assertTrue(
        penalty
            .alternatives()
            .contains(
                QuestionGroups.Alternative.translation(
                    Fields.ENGLISH, List.of("death", "penalti"))),
        penalty.toString());
    QuestionGroups.Group birthday = group(groups("생일 축하합니다!"), "생일");
    assertTrue(
        birthday.alternatives().stream()
            .filter(a -> a.field().equals(Fields.ENGLISH))
            .allMatch(a -> a.terms().size() == 1),
        "a word with a one-word translation gets no phrases: " + birthday);
  }

  @Test
  void aKoreanWordTheLexiconLacksIsANameOnlyWhenNoriDoesNotKnowItAsACommonWord() {
    // 없이 is an adverb in Nori's dictionary: vocabulary, though no lexicon translates it. 차범근 is a
    // proper noun there, 므술레멧 an unknown word: names.
    QuestionGroups groups = groups("차범근과 므술레멧은 계약 없이 뛰었나?");
    assertTrue(group(groups, "없이").general(), groups.toString());
    assertFalse(group(groups, "차범근").general(), groups.toString());
    assertFalse(group(groups, "므술레멧은").general(), groups.toString());
  }

  @Test
  void anEnglishWordTheLexiconLacksIsANameOnlyWhenTheWordListLacksItOrItIsWrittenAsOne() {
    // No tier translates regency, but the English word list has it: vocabulary, as 없이 is in Korean.
    // Hirohito is written as a name, and zorblax is in no list.
    QuestionGroups groups = groups("Who ruled during the regency of Hirohito and zorblax?");
    assertTrue(group(groups, "regency").general(), groups.toString());
    assertFalse(group(groups, "Hirohito").general(), groups.toString());
    assertFalse(group(groups, "zorblax").general(), groups.toString());
  }

  @Test
  void aTitleBeforeANameIsVocabularyAsKoreanWritesIt() {
    // President stands before a name, as 대통령 does in Korean, where it is a common noun; Ocean ends
    // the name.
    QuestionGroups groups = groups("Did President Obama sail the Indian Ocean?");
    assertTrue(group(groups, "President").general(), groups.toString());
    assertFalse(group(groups, "Ocean").general(), groups.toString());
    assertFalse(group(groups, "Obama").general(), groups.toString());
  }

  @Test
  void namesAndAcronymsAreKeptAsTheyAre() {
    QuestionGroups groups = groups("Did AWS join the CNCF?");
    for (String name : List.of("AWS", "CNCF")) {
      QuestionGroups.Group group = group(groups, name);
      assertTrue(
          group
              .alternatives()
              .contains(QuestionGroups.Alternative.direct(Fields.KOREAN, nori(name))),
          group.toString());
    }
    assertFalse(
        group(groups, "CNCF").general(),
        "an acronym the lexicon lacks is a name, not everyday vocabulary");
    Set<String> korean = new HashSet<>();
    wordClauses(build("Did AWS join the CNCF?"))
        .forEach(c -> korean.addAll(singleTerms(c, Fields.KOREAN)));
    assertTrue(korean.containsAll(Set.of("aws", "cncf")), korean.toString());
  }

  @Test
  void koreanWordsInAMixedQuestionStayKorean() {
    QuestionGroups groups = groups("구글은 Kubernetes 커뮤니티에 interfere 했나?");
    for (String word : List.of("구글", "커뮤니티")) {
      QuestionGroups.Group group = group(groups, word);
      assertTrue(
          group
              .alternatives()
              .contains(QuestionGroups.Alternative.direct(Fields.KOREAN, List.of(word))),
          group.toString());
    }
    QuestionGroups.Group interfere = group(groups, "interfere");
    assertTrue(
        interfere
            .alternatives()
            .contains(QuestionGroups.Alternative.translation(Fields.KOREAN, List.of("간섭"))),
        interfere.toString());
  }

  @Test
  void englishWordsInAKoreanQuestionAreTranslated() {
    QuestionGroups groups = groups("도서관 옆 bakery에서 sandwich를 파나요?");
    assertTrue(
        group(groups, "bakery")
            .alternatives()
            .contains(QuestionGroups.Alternative.translation(Fields.KOREAN, nori("빵집"))),
        groups.toString());
    assertTrue(
        group(groups, "sandwich")
            .alternatives()
            .contains(QuestionGroups.Alternative.translation(Fields.KOREAN, nori("샌드위치"))),
        groups.toString());
  }

  @Test
  void aLexiconPhraseInsideAKoreanQuestionIsOneGroupAndAKoreanPhraseQuery() {
    QuestionGroups groups = groups("기업들은 vendor lock-in을 걱정하나?");
    // "in" is an English stop word, so the phrase is keyed (and its surface ends) at "lock".
    QuestionGroups.Group phrase =
        groups.groups().stream()
            .filter(g -> g.word().startsWith("vendor"))
            .findFirst()
            .orElseThrow();
    assertEquals(2, phrase.words());
    assertTrue(
        phrase
            .alternatives()
            .contains(QuestionGroups.Alternative.translation(Fields.KOREAN, nori("벤더 종속"))),
        phrase.toString());
    assertTrue(
        groups.groups().stream()
            .noneMatch(g -> g.word().equals("vendor") || g.word().startsWith("lock")),
        groups.toString());

    boolean phraseQuery = false;
    for (DisjunctionMaxQuery clause : wordClauses(build("기업들은 vendor lock-in을 걱정하나?"))) {
      for (Query disjunct : clause.getDisjuncts()) {
        if (unboost(disjunct) instanceof PhraseQuery p && p.getField().equals(Fields.KOREAN)) {
          phraseQuery |=
              List.of(p.getTerms()).stream().map(Term::text).toList().equals(nori("벤더 종속"));
        }
      }
    }
    assertTrue(phraseQuery, "벤더 종속 searched as a phrase");
  }

  @Test
  void aPhraseOnlyTheHanjaTierHasDoesNotSwallowWordsTheHandWrittenTierTranslates() {
    // The Hanja tier glosses 납항 as "accept defeat"; sentences say 패배를 인정했다.
    assertEquals(
        Optional.of(Lexicon.Tier.HANJA),
        lexicon.lookup(List.of("accept", "defeat")).map(Lexicon.Translations::tier));
    List<String> words =
        groups("He accepted defeat.").groups().stream().map(QuestionGroups.Group::word).toList();
    assertEquals(List.of("accepted", "defeat"), words);
  }

  @Test
  void aHandWrittenWordAlsoHasItsHanjaTierTranslationsAtTheirWeightEitherWay() {
    // The hand-written tier has mother as 어머니 and 엄마; the Hanja tier glosses 모친 (母親) as mother.
    QuestionGroups.Group mother = groups("Where is his mother?").groups().getFirst();
    assertEquals(1f, mother.weight());
    assertTrue(
        mother
            .alternatives()
            .contains(QuestionGroups.Alternative.translation(Fields.KOREAN, List.of("어머니"))));
    assertTrue(
        mother
            .alternatives()
            .contains(QuestionGroups.Alternative.hanja(Fields.KOREAN, List.of("모친"))),
        mother.alternatives().toString());
    // And the other way: the hand-written tier has 의견 as opinion, comment and others; the Hanja
    // tier 意見 as idea.
    QuestionGroups.Group opinion = groups("그 사람의 의견은?").groups().getLast();
    assertEquals("의견", opinion.word());
    assertTrue(
        opinion
            .alternatives()
            .contains(QuestionGroups.Alternative.translation(Fields.ENGLISH, List.of("opinion"))));
    assertTrue(
        opinion
            .alternatives()
            .contains(QuestionGroups.Alternative.hanja(Fields.ENGLISH, List.of("idea"))),
        opinion.alternatives().toString());
  }

  @Test
  void aWordOnlyTheHanjaTierTranslatesCountsLess() {
    // pneumonia only the Hanja tier translates (폐렴).
    String text = TextNormalizer.normalize("pneumonia history hospital");
    Map<String, Float> weights = new HashMap<>();
    QuestionGroups.of(text, analysis, lexicon, QuestionGroups.CorpusWords.NONE)
        .groups()
        .forEach(g -> weights.put(g.word(), g.weight()));
    assertEquals(
        Map.of("pneumonia", QuestionGroups.Group.HANJA, "history", 1f, "hospital", 1f), weights);
    List<Query> clauses =
        build("pneumonia hospital").clauses().stream().map(BooleanClause::query).toList();
    assertTrue(
        clauses.getFirst() instanceof BoostQuery b && b.getBoost() == QuestionGroups.Group.HANJA,
        clauses.toString());
    assertTrue(
        clauses.get(1) instanceof DisjunctionMaxQuery, "a hand-written word keeps its full weight");
  }
}
