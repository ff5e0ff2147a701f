package dev.gwanyong.search;

import dev.gwanyong.index.Fields;
import dev.gwanyong.lexicon.EditDistance;
import dev.gwanyong.lexicon.IndexWords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.UnicodeUtil;

/**
 * The words of an open index as one question asks about them: how many sentences have a term (for
 * weighing the question's words, picking its bigrams, spelling correction and loanword matching),
 * and the terms close to a word. Close terms are found by Lucene's {@link FuzzyTermsEnum} (a
 * Levenshtein automaton run over the term dictionary), so the cost does not grow with the corpus,
 * or by reading through the terms that start as the word does; the word's first characters (one or
 * more, as the caller says) must match, which keeps the candidates few.
 *
 * <p>A question looks up a few dozen terms. {@link IndexReader#docFreq} opens a new term
 * enumeration for each, with its own buffers; here each field's enumeration is opened once and
 * sought again for every term, which allocates next to nothing. So an instance serves one question
 * on one thread, and lives no longer than the reader's lease.
 */
final class ReaderWords implements IndexWords {

  /**
   * A field with fewer terms than this, and any lookup that shares more than the word's first
   * character, has its close terms found by reading through those that share the word's start, not
   * by Lucene's edit automata, whose building is the dearest step of a lookup: the bundled corpus's
   * Hangul spelling field has 1,222 terms, some 60 to a first jamo, and its Latin one 906, where
   * 99k passages of KorQuAD have 35,891 Hangul terms, for the automata, and 1,164 Latin ones.
   */
  static final int READ_THROUGH_BELOW = 10_000;

  private final IndexReader reader;
  private final Map<String, TermsEnum> termsByField = new HashMap<>();

  /**
   * The document frequencies looked up so far, by field and term: the question's weights, its query
   * and its evidence each look the same alternatives up, and a seek in the term dictionary costs
   * more than a hash lookup (the lookups went from 8.8% to 7.2% of the slowest questions' samples
   * at 99k passages).
   */
  private final Map<String, Map<String, Integer>> docFreqsByField = new HashMap<>();

  private final BytesRefBuilder sought = new BytesRefBuilder();

  ReaderWords(IndexReader reader) {
    this.reader = reader;
  }

  /** How many sentences there are, deleted ones left out. */
  int passages() {
    return reader.numDocs();
  }

  @Override
  public int docFreq(String field, String term) throws IOException {
    Map<String, Integer> known = docFreqsByField.computeIfAbsent(field, f -> new HashMap<>());
    Integer docFreq = known.get(term);
    if (docFreq == null) {
      TermsEnum terms = terms(field);
      sought.copyChars(term);
      docFreq = terms != null && terms.seekExact(sought.get()) ? terms.docFreq() : 0;
      known.put(term, docFreq);
    }
    return docFreq;
  }

  /**
   * How many sentences have all of {@code terms} at most, as the question's weights count it: a
   * phrase is as common as its rarest word.
   */
  int docFreqOfAll(String field, List<String> terms) {
    int rarest = Integer.MAX_VALUE;
    for (String term : terms) {
      rarest = Math.min(rarest, docFreqOrFail(field, term));
    }
    return rarest;
  }

  /** BM25's idf as Lucene's similarity computes it, with the index's sentences as the documents. */
  double idf(int docFreq) {
    int documents = Math.max(passages(), 1);
    return Math.log(1 + (documents - docFreq + 0.5) / (docFreq + 0.5));
  }

  /** As {@link #docFreq}, for callers that cannot recover from an unreadable index either. */
  int docFreqOrFail(String field, String term) {
    try {
      return docFreq(field, term);
    } catch (IOException e) {
      throw new UncheckedIOException("reading term statistics failed", e);
    }
  }

  /**
   * Whether the corpus writes an English word (lower case) as a name: most sentences that have it
   * write it as one ({@link Fields#NAMES_LATIN}), as Mesosphere; apple, capitalised only where a
   * sentence starts, is not one.
   */
  boolean writesAsName(String word) throws IOException {
    int asName = docFreq(Fields.NAMES_LATIN, word);
    return asName > 0 && 2 * asName > docFreq(Fields.SPELLING_LATIN, word);
  }

  /**
   * Every word the index writes capitalised inside a sentence, in lower case: its names, and the
   * odd title word. Not only those it writes so more often than not ({@link #writesAsName}): most
   * sentences that name Tom begin with him.
   */
  List<String> names() throws IOException {
    List<String> names = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(reader, Fields.NAMES_LATIN);
    if (terms != null) {
      TermsEnum each = terms.iterator();
      for (BytesRef term = each.next(); term != null; term = each.next()) {
        names.add(term.utf8ToString());
      }
    }
    return names;
  }

  /**
   * The field's term enumeration, opened at its first lookup; null when no document has the field.
   */
  private TermsEnum terms(String field) throws IOException {
    if (!termsByField.containsKey(field)) {
      Terms terms = MultiTerms.getTerms(reader, field);
      termsByField.put(field, terms == null ? null : terms.iterator());
    }
    return termsByField.get(field);
  }

  @Override
  public int together(String field, String term, Collection<String> others, int atLeast)
      throws IOException {
    // A word the question repeats is one word: as two clauses it would count twice towards atLeast.
    Set<String> distinct = new LinkedHashSet<>(others);
    if (distinct.size() < atLeast) {
      return 0;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder().setMinimumNumberShouldMatch(atLeast);
    distinct.forEach(
        other -> any.add(new TermQuery(new Term(field, other)), BooleanClause.Occur.SHOULD));
    Query both =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(field, term)), BooleanClause.Occur.FILTER)
            .add(any.build(), BooleanClause.Occur.FILTER)
            .build();
    return new IndexSearcher(reader).count(both);
  }

  @Override
  public boolean hasPhrase(String field, List<String> terms) throws IOException {
    return new IndexSearcher(reader).count(new PhraseQuery(field, terms.toArray(String[]::new)))
        > 0;
  }

  @Override
  public List<Close> close(String field, String word, int maxEdits, int shared) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null || word.codePointCount(0, word.length()) < shared) {
      return new ArrayList<>();
    }
    long size = terms.size();
    return (size >= 0 && size < READ_THROUGH_BELOW) || shared > 1
        ? readThrough(terms, word, maxEdits, shared)
        : automaton(terms, field, word, maxEdits, shared);
  }

  /** The close terms as Lucene's edit automata find them, in term order. */
  private static List<Close> automaton(
      Terms terms, String field, String word, int maxEdits, int shared) throws IOException {
    List<Close> close = new ArrayList<>();
    FuzzyTermsEnum found = new FuzzyTermsEnum(terms, new Term(field, word), maxEdits, shared, true);
    for (BytesRef term = found.next(); term != null; term = found.next()) {
      close.add(new Close(term.utf8ToString(), found.docFreq()));
    }
    return close;
  }

  /**
   * The same terms, in the same order, read one by one from the first that starts as the word does
   * to the last, each measured by the same edit distance (adjacent swaps one edit). Only a term
   * whose length is within {@code maxEdits} of the word's is decoded and measured, as most are not.
   */
  private static List<Close> readThrough(Terms terms, String word, int maxEdits, int shared)
      throws IOException {
    List<Close> close = new ArrayList<>();
    BytesRef start = new BytesRef(word.substring(0, word.offsetByCodePoints(0, shared)));
    int length = word.codePointCount(0, word.length());
    EditDistance.Bounded distance = new EditDistance.Bounded(word, maxEdits);
    TermsEnum all = terms.iterator();
    if (all.seekCeil(start) == TermsEnum.SeekStatus.END) {
      return close;
    }
    for (BytesRef term = all.term();
        term != null && StringHelper.startsWith(term, start);
        term = all.next()) {
      if (Math.abs(UnicodeUtil.codePointCount(term) - length) <= maxEdits) {
        String candidate = term.utf8ToString();
        if (distance.distance(candidate) <= maxEdits) {
          close.add(new Close(candidate, all.docFreq()));
        }
      }
    }
    return close;
  }
}
