package dev.gwanyong.lexicon;

import dev.gwanyong.index.Fields;
import dev.gwanyong.index.HangulSyllables;
import dev.gwanyong.index.SpellingFilter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The index's Hangul words one jamo from a Hangul word ({@link Fields#SPELLING_HANGUL}, in jamo),
 * for respelling a Korean word ({@link KoreanRespeller}) and for finding the spelling a corpus
 * gives a loanword ({@link LoanwordMatcher}).
 *
 * <p>A syllable's first two jamo are its consonant and its vowel, so one edit changes them only by
 * putting another in place of one. The words that share a word's first consonant and vowel are read
 * from the index, and those with another first vowel are looked up one by one; reading every word
 * that shares only the first consonant, some 2,000 of the 35,891 Hangul words of 99k KorQuAD
 * passages, took 0.2–0.5 ms a word, in the slowest questions. Those with another first consonant,
 * which Lucene's spell checker never offers either, are {@link #withOtherFirstConsonant}.
 */
final class HangulNeighbours {

  /**
   * How many jamo the words read from the index share with the word: its first consonant and vowel.
   */
  private static final int CONSONANT_AND_VOWEL = 2;

  private HangulNeighbours() {}

  /**
   * The index's words one jamo from a Hangul word that start with its first consonant, in the
   * index's order.
   */
  static List<IndexWords.Close> of(String hangul, IndexWords index) throws IOException {
    List<IndexWords.Close> close =
        new ArrayList<>(
            index.close(
                Fields.SPELLING_HANGUL, SpellingFilter.toJamo(hangul), 1, CONSONANT_AND_VOWEL));
    char first = hangul.charAt(0);
    close.addAll(
        firstSyllableAs(
            hangul,
            HangulSyllables.MEDIALS,
            HangulSyllables.medial(first),
            vowel ->
                HangulSyllables.compose(
                    HangulSyllables.initial(first), vowel, HangulSyllables.last(first)),
            index));
    close.sort(Comparator.comparing(IndexWords.Close::term));
    return close;
  }

  /** The index's words that a Hangul word is with another first consonant (틍강현실 for 증강현실). */
  static List<IndexWords.Close> withOtherFirstConsonant(String hangul, IndexWords index)
      throws IOException {
    char first = hangul.charAt(0);
    return firstSyllableAs(
        hangul,
        HangulSyllables.INITIALS,
        HangulSyllables.initial(first),
        consonant ->
            HangulSyllables.compose(
                consonant, HangulSyllables.medial(first), HangulSyllables.last(first)),
        index);
  }

  /**
   * The index's words that a Hangul word is with its first syllable written with each other of
   * {@code choices} jamo of one place (its consonant or its vowel) than its own, {@code own}, as
   * {@code syllable} writes it.
   */
  private static List<IndexWords.Close> firstSyllableAs(
      String hangul, int choices, int own, IntFunction<Character> syllable, IndexWords index)
      throws IOException {
    List<IndexWords.Close> found = new ArrayList<>();
    if (!HangulSyllables.isSyllable(hangul.charAt(0))) {
      return found;
    }
    for (int jamo = 0; jamo < choices; jamo++) {
      if (jamo != own) {
        String word = SpellingFilter.toJamo(syllable.apply(jamo) + hangul.substring(1));
        int docFreq = index.docFreq(Fields.SPELLING_HANGUL, word);
        if (docFreq > 0) {
          found.add(new IndexWords.Close(word, docFreq));
        }
      }
    }
    return found;
  }
}
