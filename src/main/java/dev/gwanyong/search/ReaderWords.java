package dev.gwanyong.search;

import dev.gwanyong.lexicon.IndexWords;
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
 * The words of an open index for the lexicon's spelling correction and loanword matching. Close terms are found by
 * Lucene's {@link FuzzyTermsEnum} (a Levenshtein automaton run over the term dictionary), so the cost does not grow
 * with the corpus; the first character (letter or jamo) must match, which keeps the candidates few.
 */
final class ReaderWords implements IndexWords {

  private static final int PREFIX = 1;

  private final IndexReader reader;

  ReaderWords(IndexReader reader) {
    this.reader = reader;
  }

  @Override
  public int docFreq(String field, String term) throws IOException {
    return reader.docFreq(new Term(field, term));
  }

  @Override
  public List<Close> close(String field, String word, int maxEdits) throws IOException {
    List<Close> close = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return close;
    }
    FuzzyTermsEnum found = new FuzzyTermsEnum(terms, new Term(field, word), maxEdits, PREFIX, true);
    for (BytesRef term = found.next(); term != null; term = found.next()) {
      close.add(new Close(term.utf8ToString(), found.docFreq()));
    }
    return close;
  }
}
