package dev.gwanyong.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The terms of an index field within a few edits of a word, found by Lucene's {@link FuzzyTermsEnum} (a Levenshtein
 * automaton run over the term dictionary), so the cost does not grow with the corpus. The first character (letter or
 * jamo) must match, as in Lucene's spell checker: it keeps the candidates few. Shared by spelling correction and
 * loanword matching, which both look words up by letters or jamo.
 */
final class CloseTerms {

  private static final int PREFIX = 1;

  /** A term of the field, its edit distance from the word, and how many sentences have it. */
  record Close(String term, int distance, int docFreq) {}

  private CloseTerms() {}

  static List<Close> of(IndexReader reader, String field, String word, int maxEdits) throws IOException {
    List<Close> close = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return close;
    }
    FuzzyTermsEnum found = new FuzzyTermsEnum(terms, new Term(field, word), maxEdits, PREFIX, true);
    for (BytesRef term = found.next(); term != null; term = found.next()) {
      String candidate = term.utf8ToString();
      close.add(new Close(candidate, EditDistance.between(word, candidate), found.docFreq()));
    }
    return close;
  }
}
