package dev.gwanyong.index;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Cleans text before it reaches Lucene: a length cap, then Unicode NFKC (which also folds full-width forms such as
 * ＡＢＣ and ８０％), control characters and unpaired surrogates replaced by spaces, invisible format characters
 * (zero-width space, joiners) removed, runs of white space collapsed, and the cap again. User text is only ever
 * passed through this and an analyzer, never a query parser.
 */
public final class TextNormalizer {

  /** Longest text searched; the rest of an over-long question is ignored. */
  public static final int MAX_SEARCH_CHARS = 500;

  /**
   * Code points read before normalising. NFKC's reordering of combining marks is quadratic in the length of a run,
   * so it only ever sees this much. Four times the search cap leaves room for what normalising removes: white space
   * runs, zero-width characters, and decomposed Hangul (three code points a syllable).
   */
  public static final int MAX_INPUT_CODE_POINTS = 4 * MAX_SEARCH_CHARS;

  private TextNormalizer() {}

  public static String normalize(String text) {
    String folded = Normalizer.normalize(wholeClusters(text, MAX_INPUT_CODE_POINTS, true), Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(folded.length());
    boolean space = true;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.FORMAT) {
        continue; // zero-width joiners, spaces and marks sit inside words: "쿠버\u200B네티스" is 쿠버네티스
      }
      boolean blank =
          Character.isWhitespace(cp)
              || Character.isSpaceChar(cp)
              || type == Character.CONTROL
              || type == Character.PRIVATE_USE
              || type == Character.SURROGATE
              || type == Character.UNASSIGNED;
      if (blank) {
        if (!space) {
          out.append(' ');
          space = true;
        }
      } else {
        out.appendCodePoint(cp);
        space = false;
      }
    }
    return wholeClusters(out.toString(), MAX_SEARCH_CHARS, false).strip();
  }

  /**
   * The longest start of {@code text} made of whole grapheme clusters (a letter with its marks, a Hangul syllable's
   * jamo, an emoji with its modifiers) that fits in {@code limit} code points, or chars. A cluster longer than the
   * limit on its own is left out whole rather than cut.
   */
  private static String wholeClusters(String text, int limit, boolean codePoints) {
    if (text.length() <= limit) {
      return text; // a string has at least as many chars as code points
    }
    BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
    clusters.setText(text);
    int end = 0;
    int used = 0;
    for (int next = clusters.next(); next != BreakIterator.DONE; next = clusters.next()) {
      used += codePoints ? text.codePointCount(end, next) : next - end;
      if (used > limit) {
        break;
      }
      end = next;
    }
    return text.substring(0, end);
  }
}
