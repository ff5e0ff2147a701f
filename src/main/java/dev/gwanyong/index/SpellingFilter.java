package dev.gwanyong.index;

import java.text.Normalizer;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;

/**
 * Keeps words as they are spelled, for suggesting corrections of misspelled question words: lower-case English
 * words of at least three letters, or Hangul words with and without their particles ({@link KoreanEndings}), written
 * in jamo so that an edit distance counts jamo (쿠버네티즈 is one edit from 쿠버네티스, ㅈ for ㅅ). Whole words, not
 * Nori's morphemes, because Nori cuts a word it does not know into pieces (메조스피어 into 메조스 | 피).
 */
public final class SpellingFilter extends WordKeysFilter {

  /** Which spelling the filter keeps. */
  private enum Script {
    HANGUL,
    LATIN
  }

  /** Shortest English word kept: shorter ones are too close to too many others to correct. */
  static final int MIN_LETTERS = 3;

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

  /** A Hangul word in jamo, as the Hangul spelling field holds it. */
  public static String toJamo(String hangul) {
    return Normalizer.normalize(hangul, Normalizer.Form.NFD);
  }

  /** Jamo composed back into Hangul syllables. */
  public static String fromJamo(String jamo) {
    return Normalizer.normalize(jamo, Normalizer.Form.NFC);
  }

  @Override
  List<String> keys(String word) {
    return switch (script) {
      case HANGUL -> isHangulWord(word)
          ? KoreanEndings.stems(word).stream().map(SpellingFilter::toJamo).toList()
          : List.of();
      case LATIN -> word.length() >= MIN_LETTERS && word.chars().allMatch(c -> c >= 'a' && c <= 'z')
          ? List.of(word)
          : List.of();
    };
  }
}
