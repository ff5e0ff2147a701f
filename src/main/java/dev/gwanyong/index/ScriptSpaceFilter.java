package dev.gwanyong.index;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
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

  private Reader spaced;

  ScriptSpaceFilter(Reader input) {
    super(input);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (spaced == null) {
      spaced = new StringReader(spaced(readAll()));
    }
    return spaced.read(buffer, offset, length);
  }

  private String readAll() throws IOException {
    StringBuilder text = new StringBuilder();
    char[] chunk = new char[1024];
    for (int n; (n = input.read(chunk)) != -1; ) {
      text.append(chunk, 0, n);
    }
    return text.toString();
  }

  /** The text with the spaces in, each recorded so offsets after it map back. */
  private String spaced(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    int inserted = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (i > 0 && meet(text.charAt(i - 1), c)) {
        out.append(' ');
        inserted++;
        addOffCorrectMap(out.length(), -inserted);
      }
      out.append(c);
    }
    return out.toString();
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
