package dev.gwanyong.index;

import java.text.Normalizer;

/**
 * Cleans text before it reaches Lucene: Unicode NFKC (which also folds full-width forms such as ＡＢＣ and ８０％),
 * control and format characters replaced by spaces, runs of white space collapsed, and a length cap. User text is
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
    for (int i = 0; i < folded.length() && out.length() < MAX_SEARCH_CHARS; ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      boolean blank =
          Character.isWhitespace(cp)
              || Character.isSpaceChar(cp)
              || type == Character.CONTROL
              || type == Character.FORMAT
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
    return out.toString().strip();
  }
}
