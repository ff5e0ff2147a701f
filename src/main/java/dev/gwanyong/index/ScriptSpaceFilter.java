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

  /** The last character read, or -1 at the start. */
  private int previous = -1;

  /** A character read and held back for the space before it, when a read asks for one only. */
  private int held = -1;

  private int written;
  private int inserted;

  ScriptSpaceFilter(Reader input) {
    super(input);
  }

  /**
   * Reads at most half of what is asked into the buffer and spreads it out there with the spaces
   * in, so that no text is copied: every field of every passage is read through here, and reading a
   * character at a time took 3.4 times as long over KorQuAD's paragraphs.
   */
  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (held >= 0 || length == 1) {
      return readOne(buffer, offset);
    }
    int read = input.read(buffer, offset, length / 2);
    if (read <= 0) {
      return -1;
    }
    int spaces = 0;
    for (int i = 0; i < read; i++) {
      int before = i == 0 ? previous : buffer[offset + i - 1];
      if (before >= 0 && meet((char) before, buffer[offset + i])) {
        spaces++;
        inserted++;
        addOffCorrectMap(written + i + spaces, -inserted);
      }
    }
    int before = previous;
    previous = buffer[offset + read - 1];
    // From the end, so that each character moves only over ones already moved.
    for (int i = read - 1, shift = spaces; shift > 0; i--) {
      char c = buffer[offset + i];
      buffer[offset + i + shift] = c;
      int left = i == 0 ? before : buffer[offset + i - 1];
      if (left >= 0 && meet((char) left, c)) {
        shift--;
        buffer[offset + i + shift] = ' ';
      }
    }
    written += read + spaces;
    return read + spaces;
  }

  private int readOne(char[] buffer, int offset) throws IOException {
    int c = held >= 0 ? held : input.read();
    if (c < 0) {
      return -1;
    }
    if (held < 0 && previous >= 0 && meet((char) previous, (char) c)) {
      inserted++;
      addOffCorrectMap(written + 1, -inserted);
      held = c;
      c = ' ';
    } else {
      held = -1;
    }
    previous = held >= 0 ? held : c;
    buffer[offset] = (char) c;
    written++;
    return 1;
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
