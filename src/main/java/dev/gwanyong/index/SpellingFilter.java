package dev.gwanyong.index;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Queue;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Keeps words as they are spelled, for suggesting corrections of misspelled question words: lower-case English
 * words of at least three letters, or Hangul words with and without their particles ({@link KoreanEndings}), written
 * in jamo so that an edit distance counts jamo (쿠버네티즈 is one edit from 쿠버네티스, ㅈ for ㅅ). Whole words, not
 * Nori's morphemes, because Nori cuts a word it does not know into pieces (메조스피어 into 메조스 | 피).
 */
public final class SpellingFilter extends TokenFilter {

  /** Which spelling the filter keeps. */
  private enum Script {
    HANGUL,
    LATIN
  }

  /** Shortest English word kept: shorter ones are too close to too many others to correct. */
  static final int MIN_LETTERS = 3;

  private final Script script;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final Queue<String> pending = new ArrayDeque<>();
  private State current;

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

  /** Whether a word is written in Hangul syllables only. */
  public static boolean isHangul(String word) {
    return !word.isEmpty() && word.chars().allMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(current);
      term.setEmpty().append(pending.remove());
      position.setPositionIncrement(0);
      return true;
    }
    while (input.incrementToken()) {
      String word = term.toString();
      switch (script) {
        case HANGUL -> {
          if (isHangul(word)) {
            KoreanEndings.stems(word).forEach(stem -> pending.add(toJamo(stem)));
          }
        }
        case LATIN -> {
          if (word.length() >= MIN_LETTERS && word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            pending.add(word);
          }
        }
      }
      if (!pending.isEmpty()) {
        term.setEmpty().append(pending.remove());
        current = pending.isEmpty() ? null : captureState();
        return true;
      }
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    current = null;
  }
}
