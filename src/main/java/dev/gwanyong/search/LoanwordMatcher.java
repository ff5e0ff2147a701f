package dev.gwanyong.search;

import dev.gwanyong.index.Fields;
import dev.gwanyong.index.SpellingFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.index.IndexReader;

/**
 * Finds the Hangul words of the index that an English word is likely written as: the word's Hangul forms ({@link
 * Transliterator}) looked up by jamo in the index's Hangul words ({@link Fields#SPELLING_HANGUL}), a few jamo edits
 * allowed, so that the conventional spelling is found where it departs from the rules (메세지 for the rules' 메시지,
 * 로켓 for 로킷). Only the closest words are kept.
 */
final class LoanwordMatcher {

  /**
   * A form of this many jamo (three syllables with final consonants, four without) may be two edits from a word; a
   * shorter one, one. Lucene's two-edit automata are costly to build: KorQuAD questions take 3.4 ms each instead of
   * 2.1 (from 12 jamo: 2.1 ms, and 1.4% fewer tune pairs found).
   */
  static final int TWO_EDITS_FROM_JAMO = 9;
  /**
   * A Hangul word or form this short (in syllables) must match exactly: two-syllable words are so dense that one jamo
   * from a form is usually another word (measured on the tune pairs: allowing it found 2% more pairs and made ten
   * times as many false matches with the lexicon's Korean words).
   */
  static final int EXACT_BELOW_SYLLABLES = 3;

  private final Transliterator transliterator;

  LoanwordMatcher(Transliterator transliterator) {
    this.transliterator = transliterator;
  }

  /** The index's Hangul words closest to the English word's Hangul forms; none when no form is close to any. */
  Set<String> hangulWords(String english, IndexReader reader) {
    try {
      return closest(english, reader);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the index's Hangul words failed", e);
    }
  }

  private Set<String> closest(String english, IndexReader reader) throws IOException {
    Set<String> best = new LinkedHashSet<>();
    int bestDistance = Integer.MAX_VALUE;
    for (String form : transliterator.hangul(english)) {
      String jamo = SpellingFilter.toJamo(form);
      for (CloseTerms.Close close : CloseTerms.of(reader, Fields.SPELLING_HANGUL, jamo, maxEdits(form, jamo))) {
        String word = SpellingFilter.fromJamo(close.term());
        if (word.length() < EXACT_BELOW_SYLLABLES && close.distance() > 0) {
          continue;
        }
        if (close.distance() < bestDistance) {
          best.clear();
          bestDistance = close.distance();
        }
        if (close.distance() == bestDistance) {
          best.add(word);
        }
      }
    }
    return best;
  }

  private static int maxEdits(String form, String jamo) {
    if (form.length() < EXACT_BELOW_SYLLABLES) {
      return 0;
    }
    return jamo.length() >= TWO_EDITS_FROM_JAMO ? 2 : 1;
  }
}
