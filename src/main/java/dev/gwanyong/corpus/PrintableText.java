package dev.gwanyong.corpus;

import java.util.Set;

/**
 * What text becomes on its way into a source, whether from a file, a paste, a page or an import:
 * well-formed UTF-16, so that it can be written as UTF-8 at all, and free of control characters,
 * which a terminal would obey and chat show as garbage. Also whether text shows anything at all,
 * for header values that must.
 */
public final class PrintableText {

  private static final char REPLACEMENT = '\uFFFD';

  /** Letters and a symbol that draw nothing: the Hangul fillers and the blank braille pattern. */
  private static final Set<Integer> BLANK_CHARACTERS =
      Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800);

  private PrintableText() {}

  /**
   * {@code text} with every unpaired surrogate replaced by U+FFFD, so it can be written as UTF-8.
   * Text from chat can carry them (a JSON {@code "\ud800"} escape); a strict encoder refuses them
   * and a lenient one writes {@code ?}.
   */
  public static String wellFormed(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        out.append(REPLACEMENT);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** The text {@link #wellFormed}, with every control character but the tab replaced by a space. */
  public static String printable(String text) {
    String formed = wellFormed(text);
    if (formed.chars().noneMatch(PrintableText::isControl)) {
      return formed;
    }
    StringBuilder out = new StringBuilder(formed.length());
    formed.chars().forEach(c -> out.append(isControl(c) ? ' ' : (char) c));
    return out.toString();
  }

  private static boolean isControl(int c) {
    return c != '\t' && Character.getType(c) == Character.CONTROL;
  }

  /**
   * Whether nothing of {@code text} would show: it has only spaces of any kind (no-break,
   * ideographic), control and format characters (zero-width space and joiners, direction marks, the
   * byte-order mark), marks with no letter to sit on (variation selectors) and characters that draw
   * nothing. A title of these passed every check for blank text and was cited as nothing at all.
   */
  public static boolean showsNothing(String text) {
    return text.codePoints().noneMatch(PrintableText::shows);
  }

  private static boolean shows(int c) {
    if (BLANK_CHARACTERS.contains(c)) {
      return false;
    }
    return switch (Character.getType(c)) {
      case Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.CONTROL,
          Character.FORMAT,
          Character.NON_SPACING_MARK,
          Character.UNASSIGNED,
          Character.SURROGATE ->
          false;
      default -> true;
    };
  }
}
