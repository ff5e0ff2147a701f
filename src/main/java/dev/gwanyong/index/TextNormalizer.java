package dev.gwanyong.index;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cleans text before it reaches Lucene: a length cap, then Unicode NFKC (which also folds
 * full-width forms such as ＡＢＣ and ８０％), terminal escape sequences removed, control characters and
 * unpaired surrogates replaced by spaces, invisible format characters (zero-width space, joiners)
 * removed, runs of white space collapsed, and the cap again. User text is only ever passed through
 * this and an analyzer, never a query parser.
 */
public final class TextNormalizer {

  /** Longest text searched; the rest of an over-long question is ignored. */
  public static final int MAX_SEARCH_CHARS = 500;

  /**
   * Code points read before normalising. NFKC's reordering of combining marks is quadratic in the
   * length of a run, so it only ever sees this much. Four times the search cap leaves room for what
   * normalising removes: white space runs, zero-width characters, and decomposed Hangul (three code
   * points a syllable).
   */
  public static final int MAX_INPUT_CODE_POINTS = 4 * MAX_SEARCH_CHARS;

  private static final char ESCAPE = 0x1B;
  private static final char CONTROL_SEQUENCE_INTRODUCER = 0x9B;

  /**
   * A terminal's escape sequence, as text copied from a coloured terminal or piped from one
   * carries: a control sequence (ESC [ or its one-character form, parameters, a final letter:
   * colours, cursor moves), an operating system command (ESC ], up to BEL or ESC and a backslash:
   * window titles, links). Removed whole: only its escape is a control character, and its printable
   * rest ("[31m") read as a word sank the question it was in.
   */
  private static final Pattern TERMINAL_ESCAPE =
      Pattern.compile(
          "(?:\\x1B\\[|\\x9B)[0-?]*[ -/]*[@-~]?|\\x1B\\][^\\x07\\x1B]*(?:\\x07|\\x1B\\\\)?");

  private TextNormalizer() {}

  public static String normalize(String text) {
    String folded =
        Normalizer.normalize(
            withoutTerminalEscapes(wholeClusters(text, MAX_INPUT_CODE_POINTS, true)),
            Normalizer.Form.NFKC);
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
   * The text without {@link #TERMINAL_ESCAPE}s; one without an escape character, as almost every
   * text is, as it is.
   */
  private static String withoutTerminalEscapes(String text) {
    boolean escaped = text.indexOf(ESCAPE) >= 0 || text.indexOf(CONTROL_SEQUENCE_INTRODUCER) >= 0;
    return escaped ? TERMINAL_ESCAPE.matcher(text).replaceAll("") : text;
  }

  /**
   * The longest start of {@code text} made of whole grapheme clusters (a letter with its marks, a
   * Hangul syllable's jamo, an emoji with its modifiers) that fits in {@code limit} code points, or
   * chars. A cluster longer than the limit on its own is left out whole rather than cut.
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
