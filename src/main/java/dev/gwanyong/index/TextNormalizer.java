package dev.gwanyong.index;

import java.text.Normalizer;

/**
 * Cleans text before it reaches Lucene: Unicode NFKC (which also folds full-width forms such as ＡＢＣ and ８０％),
 * control characters replaced by spaces, invisible format characters (zero-width space, joiners) removed, runs of white space collapsed, and a length cap. User text is
 * only ever passed through this and an analyzer, never a query parser.
 */
public final class TextNormalizer {

  /** Longest text searched; the rest of an over-long question is ignored. */
  public static final int MAX_SEARCH_CHARS = 500;

  private TextNormalizer() {}

  public static String normalize(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(Math.min(folded.length(), MAX_SEARCH_CHARS));
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
      if (!blank && out.length() + Character.charCount(cp) > MAX_SEARCH_CHARS) {
        break;
      }
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
    return out.toString().strip();
  }
}
