package dev.gwanyong.lexicon;

import dev.gwanyong.index.Fields;
import dev.gwanyong.index.SpellingFilter;
import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * The words an index holds, as spelling correction and loanword matching ask about them: how many
 * sentences have a term, and the terms within a few edits of a word. The search package answers it
 * from Lucene, so this package needs no Lucene type of its own.
 */
public interface IndexWords {

  /** How many sentences have the term in the field. */
  int docFreq(String field, String term) throws IOException;

  /**
   * Whether a sentence has the Hangul word (a stem of two syllables or more, {@link
   * Fields#SPELLING_HANGUL}).
   */
  default boolean hasHangulWord(String word) throws IOException {
    return docFreq(Fields.SPELLING_HANGUL, SpellingFilter.toJamo(word)) > 0;
  }

  /**
   * The terms of the field within {@code maxEdits} edits of the word that start with its first
   * {@code shared} characters (as in Lucene's spell checker, where a shared start keeps the
   * candidates few).
   */
  List<Close> close(String field, String word, int maxEdits, int shared) throws IOException;

  /**
   * How many sentences have the term in the field together with at least {@code atLeast} of the
   * other terms.
   */
  int together(String field, String term, Collection<String> others, int atLeast)
      throws IOException;

  /** Whether some sentence has the terms in the field one after another, in this order. */
  boolean hasPhrase(String field, List<String> terms) throws IOException;

  /** A term of the field and how many sentences have it. */
  record Close(String term, int docFreq) {}
}
