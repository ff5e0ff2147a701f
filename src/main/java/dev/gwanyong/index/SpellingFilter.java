package dev.gwanyong.index;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;

/**
 * Keeps words as they are spelled, for suggesting corrections of misspelled question words:
 * lower-case English words of at least three letters (without the particle a Korean sentence writes
 * onto one, OpenTofu의), or Hangul words with and without their particles ({@link KoreanEndings}),
 * written in jamo so that an edit distance counts jamo (쿠버네티즈 is one edit from 쿠버네티스, ㅈ for ㅅ).
 * Whole words, not Nori's morphemes, because Nori cuts a word it does not know into pieces (메조스피어
 * into 메조스 | 피).
 */
public final class SpellingFilter extends WordKeysFilter {

  /** Which spelling the filter keeps. */
  private enum Script {
    HANGUL,
    LATIN
  }

  /** Shortest English word kept: shorter ones are too close to too many others to correct. */
  public static final int MIN_LETTERS = 3;

  /** The codes of the initials, medials and finals, in that order from '!'. */
  private static final char INITIAL_CODES = '!';

  private static final char MEDIAL_CODES = (char) (INITIAL_CODES + HangulSyllables.INITIALS);
  private static final char FINAL_CODES = (char) (MEDIAL_CODES + HangulSyllables.MEDIALS);
  private static final char END_OF_CODES = (char) (FINAL_CODES + HangulSyllables.FINALS - 1);

  private final Script script;

  private SpellingFilter(TokenStream input, Script script) {
    super(input);
    this.script = script;
  }

  /** Hangul words and their stems, in jamo. */
  public static SpellingFilter hangul(TokenStream input) {
    return new SpellingFilter(input, Script.HANGUL);
  }

  /** Lower-case English words. */
  public static SpellingFilter latin(TokenStream input) {
    return new SpellingFilter(input, Script.LATIN);
  }

  /**
   * A Hangul word as the Hangul spelling field holds it: each syllable's initial, medial and final
   * jamo (if it has one), one printable ASCII character each, so that an edit distance counts jamo.
   * Unicode's conjoining jamo (the NFD form) take three bytes each in UTF-8, over which Lucene
   * builds its edit automata; with one byte a jamo, the automaton of a five-syllable word is built
   * about eight times faster (0.15 against 1.2 ms), and the loanword and spelling lookups build one
   * for every question word the index lacks. The codes keep the jamo's order (initials, then
   * medials, then finals, each in Unicode's order), so the field's words sort as they did in NFD.
   * Characters other than Hangul syllables are kept as they are.
   */
  public static String toJamo(String hangul) {
    StringBuilder key = new StringBuilder(3 * hangul.length());
    for (int i = 0; i < hangul.length(); i++) {
      char c = hangul.charAt(i);
      if (!HangulSyllables.isSyllable(c)) {
        key.append(c);
        continue;
      }
      key.append((char) (INITIAL_CODES + HangulSyllables.initial(c)));
      key.append((char) (MEDIAL_CODES + HangulSyllables.medial(c)));
      if (HangulSyllables.last(c) > 0) {
        key.append((char) (FINAL_CODES + HangulSyllables.last(c) - 1));
      }
    }
    return key.toString();
  }

  /** A word of the Hangul spelling field ({@link #toJamo}) composed back into Hangul syllables. */
  public static String fromJamo(String key) {
    StringBuilder hangul = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!isCode(c, INITIAL_CODES, MEDIAL_CODES)
          || i + 1 == key.length()
          || !isCode(key.charAt(i + 1), MEDIAL_CODES, FINAL_CODES)) {
        hangul.append(c);
        continue;
      }
      int medial = key.charAt(++i) - MEDIAL_CODES;
      int last =
          i + 1 < key.length() && isCode(key.charAt(i + 1), FINAL_CODES, END_OF_CODES)
              ? key.charAt(++i) - FINAL_CODES + 1
              : 0;
      hangul.append(HangulSyllables.compose(c - INITIAL_CODES, medial, last));
    }
    return hangul.toString();
  }

  private static boolean isCode(char c, char from, char to) {
    return c >= from && c < to;
  }

  @Override
  List<String> keys(String word) {
    return switch (script) {
      case HANGUL ->
          HangulSyllables.isSyllables(word)
              ? KoreanEndings.stems(word).stream().map(SpellingFilter::toJamo).toList()
              : List.of();
      case LATIN -> {
        int letters = latinLetters(word);
        yield letters >= MIN_LETTERS ? List.of(word.substring(0, letters)) : List.of();
      }
    };
  }
}
