package dev.gwanyong.index;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * A space where a Latin letter and a Hangul syllable meet, with offsets into the text as written.
 * Unicode's word boundaries, which {@code StandardTokenizer} follows, join them into one word
 * (Kubernetes는, RedHat은Kubernetes위에), where Nori parts them: the spelling corrector never saw the
 * RedHat of RedHat은Kubernetes위에…, nor the bigram field its Hangul. Lucene's {@code
 * PatternReplaceCharFilter} maps a token that ends before an inserted character to an end one
 * character short.
 */
final class ScriptSpaceFilter extends BaseCharFilter {

  /** The character before the next one read, or -1 at the start. */
  private int previous = -1;

  /** A character read and held back for the space that goes before it, or -1. */
  private int held = -1;

  private int written;
  private int inserted;

  ScriptSpaceFilter(Reader input) {
    super(input);
  }

  /**
   * Passes the text on a character at a time, so a text with nothing to part costs no copy of it:
   * every field of every passage is read through here.
   */
  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int count = 0;
    while (count < length) {
      int c = held >= 0 ? held : input.read();
      if (c < 0) {
        break;
      }
      if (held < 0 && previous >= 0 && meet((char) previous, (char) c)) {
        held = c;
        c = ' ';
        inserted++;
        addOffCorrectMap(written + 1, -inserted);
      } else {
        held = -1;
        previous = c;
      }
      buffer[offset + count++] = (char) c;
      written++;
    }
    return count == 0 && length > 0 ? -1 : count;
  }

  private static boolean meet(char before, char after) {
    boolean hangulBefore = HangulSyllables.isSyllable(before);
    return hangulBefore != HangulSyllables.isSyllable(after)
        && isLatinLetter(hangulBefore ? after : before);
  }

  private static boolean isLatinLetter(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
    return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
  }
}
