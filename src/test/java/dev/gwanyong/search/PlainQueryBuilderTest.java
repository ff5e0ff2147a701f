package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.index.Fields;
import dev.gwanyong.index.IndexStore;
import dev.gwanyong.index.TextNormalizer;
import dev.gwanyong.lexicon.Lexicon;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The query built from plain text holds only analysed terms on our own fields, whatever the text
 * looks like.
 */
class PlainQueryBuilderTest {

  private static final Set<String> SEARCHED_FIELDS =
      Set.of(
          Fields.KOREAN,
          Fields.KOREAN_CONTEXT,
          Fields.ENGLISH,
          Fields.TRANSLATION,
          Fields.BIGRAMS,
          Fields.TRANSLITERATION,
          Fields.TRANSLITERATION_LATIN,
          Fields.NUMBERS);

  @RegisterExtension static final SharedIndex index = SharedIndex.bundled();
  private static IndexStore store;
  private static PlainQueryBuilder builder;
  private static Lexicon lexicon;

  @BeforeAll
  static void open() {
    store = index.store();
    builder = new PlainQueryBuilder(store.analysis());
    lexicon = index.lexicon();
  }

  /** The query as the retriever builds it: normalised text, its word groups, then the query. */
  private static Query build(String text) {
    return build(builder, text);
  }

  private static Query build(PlainQueryBuilder builder, String text) {
    String normalized = TextNormalizer.normalize(text);
    try (IndexStore.Lease lease = store.acquire()) {
      return builder.build(
          QuestionGroups.of(normalized, store.analysis(), lexicon, QuestionGroups.CorpusWords.NONE),
          normalized,
          new ReaderWords(lease.reader()));
    }
  }

  private static int count(Query query) throws IOException {
    try (IndexStore.Lease lease = store.acquire()) {
      return lease.searcher().count(query);
    }
  }

  /**
   * The terms of a query; fails on anything that is not a plain term (wildcards, regexps, ranges,
   * match-all).
   */
  private static Set<Term> terms(Query query) {
    Set<Term> terms = new HashSet<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... found) {
            terms.addAll(List.of(found));
          }

          @Override
          public void consumeTermsMatching(
              Query q, String field, Supplier<ByteRunAutomaton> automaton) {
            throw new AssertionError("pattern query on " + field + ": " + q);
          }

          @Override
          public void visitLeaf(Query q) {
            throw new AssertionError("leaf query without terms: " + q);
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return terms;
  }

  @ParameterizedTest
  @MethodSource("dev.gwanyong.HostileInputs#all")
  void hostileTextBuildsOnlyTermQueriesOnOurFields(String text) throws IOException {
    Query query = build(text);
    for (Term term : terms(query)) {
      assertTrue(SEARCHED_FIELDS.contains(term.field()), "field " + term.field() + " in " + query);
    }
    count(query); // and it runs against the index
  }

  @Test
  void matchAllSyntaxMatchesNothing() throws IOException {
    try (IndexStore.Lease lease = store.acquire()) {
      assertTrue(lease.reader().numDocs() > 0);
    }
    assertEquals(0, count(build("*:*")));
    assertEquals(Set.of(), terms(build("*:*")));
  }

  @Test
  void boostsFieldsAndRegexesAreSearchedAsWords() {
    Query query = build("google^10 title:absence /kubernetes.*/");
    Set<Term> terms = terms(query);
    assertTrue(terms.contains(new Term(Fields.KOREAN, "google")), query.toString());
    assertTrue(terms.contains(new Term(Fields.KOREAN, "구글")), "synonyms apply: " + query);
    assertTrue(terms.contains(new Term(Fields.KOREAN, "kubernetes")), query.toString());
    assertFalse(query.toString().contains("^10.0"), "no boost taken from the text: " + query);
  }

  @Test
  void wordsNoSentenceHasAreLeftOutWithoutChangingWhatMatches() throws IOException {
    Query withUnknown = build("쿠버네티스 qzxwvk");
    assertTrue(
        terms(withUnknown).stream().noneMatch(t -> t.text().contains("qzxwvk")),
        withUnknown.toString());
    assertEquals(count(build("쿠버네티스")), count(withUnknown));
  }

  @Test
  void realWordsAmongOperatorsMatchDocuments() throws IOException {
    Query hostile = build("쿠버네티스 AND OR NOT ((( *:* \"");
    assertTrue(terms(hostile).contains(new Term(Fields.KOREAN, "쿠버네티스")), hostile.toString());
    assertTrue(count(hostile) > 0);
    assertTrue(count(hostile) >= count(build("쿠버네티스")));
  }

  /**
   * A long question's bigram clauses: at most the cap, each one the index has, none commoner than
   * one left out.
   */
  @Test
  void theBigramSafetyNetSearchesTheRarestBigramsTheIndexHas() throws IOException {
    String question = "쿠버네티스가 컨테이너 오케스트레이션 경쟁에서 도커 스웜과 메조스를 제치고 표준이 된 이유는 무엇인가?";
    Set<Term> bigrams =
        terms(build(question)).stream()
            .filter(t -> t.field().equals(Fields.BIGRAMS))
            .collect(Collectors.toSet());
    try (IndexStore.Lease lease = store.acquire()) {
      IndexReader reader = lease.reader();
      Set<String> all =
          store.analysis().queryTerms(Fields.BIGRAMS, TextNormalizer.normalize(question));
      List<Integer> kept = new ArrayList<>();
      List<Integer> left = new ArrayList<>();
      for (String bigram : all) {
        int df = reader.docFreq(new Term(Fields.BIGRAMS, bigram));
        boolean searched = bigrams.contains(new Term(Fields.BIGRAMS, bigram));
        if (searched) {
          assertTrue(df > 0, bigram + " is searched though no passage has it");
          kept.add(df);
        } else if (df > 0) {
          left.add(df);
        }
      }
      assertTrue(
          all.size() > PlainQueryBuilder.MAX_BIGRAMS,
          "the question has more bigrams than the cap: " + all);
      assertEquals(PlainQueryBuilder.MAX_BIGRAMS, kept.size(), bigrams.toString());
      assertTrue(
          Collections.max(kept) <= Collections.min(left), "kept " + kept + ", left out " + left);
    }
  }

  @Test
  void onlyTheRarestWordIsSearchedInTheParagraphField() {
    // 쿠버네티스 is in nearly every paragraph of the bundled corpus, 오펜하이머 in one.
    Query query = build("쿠버네티스와 오펜하이머");
    assertEquals(
        store.analysis().indexTerms(Fields.KOREAN, "오펜하이머"), inParagraphs(query), query.toString());
  }

  @Test
  void aWordInMoreParagraphsThanTheCapIsNotSearchedInTheParagraphField() throws IOException {
    int paragraphs;
    try (IndexStore.Lease lease = store.acquire()) {
      paragraphs = lease.reader().docFreq(new Term(Fields.KOREAN_CONTEXT, "오펜하이머"));
    }
    assertTrue(paragraphs > 0);
    assertEquals(
        Set.of("오펜하이머"),
        inParagraphs(build(new PlainQueryBuilder(store.analysis(), paragraphs), "오펜하이머")));
    Query capped = build(new PlainQueryBuilder(store.analysis(), paragraphs - 1), "오펜하이머");
    assertEquals(Set.of(), inParagraphs(capped), capped.toString());
    assertTrue(
        terms(capped).contains(new Term(Fields.KOREAN, "오펜하이머")),
        "still searched in its sentences");
  }

  private static Set<String> inParagraphs(Query query) {
    return terms(query).stream()
        .filter(t -> t.field().equals(Fields.KOREAN_CONTEXT))
        .map(Term::text)
        .collect(Collectors.toSet());
  }
}
