package dev.gwanyong.index;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Reads a word that ends in a syllable closed by ㄻ, after another syllable of the word, as the
 * ㄹ-stem verb it nominalises with -ㅁ: 만듦 as 만들음, 힘듦 as 힘들음, 이끎 as 이끌음. Chat asks in that style (누가
 * 만듦?), and Nori's dictionary lists the -음 forms of verbs (나옴, 바뀜, 가짐) but not these, which it cut
 * into 말다 | 듦, with the verb lost. A word of one syllable is left alone, as 삶 ("life") is a noun;
 * no word ends so after another syllable in KorQuAD's 964 paragraphs or 5,774 questions, where a
 * syllable closed by ㄻ starts 젊은, 옮겨 and 닮고.
 */
final class RieulNominalFilter extends BaseCharFilter {

  /** The final ㄻ by index. */
  private static final int FINAL_RIEUL_MIEUM = 10;

  private static final char NOMINAL = '음';

  private Reader rewritten;

  RieulNominalFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (rewritten == null) {
      rewritten = new StringReader(rewrite(readAll()));
    }
    return rewritten.read(buffer, offset, length);
  }

  private String readAll() throws IOException {
    StringBuilder text = new StringBuilder();
    char[] chunk = new char[1024];
    for (int read = input.read(chunk); read != -1; read = input.read(chunk)) {
      text.append(chunk, 0, read);
    }
    return text.toString();
  }

  private String rewrite(String text) {
    StringBuilder out = null;
    int copied = 0;
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean wordEnd = i + 1 == text.length() || !HangulSyllables.isSyllable(text.charAt(i + 1));
      if (wordEnd
          && HangulSyllables.isSyllable(c)
          && HangulSyllables.last(c) == FINAL_RIEUL_MIEUM
          && HangulSyllables.isSyllable(text.charAt(i - 1))) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8);
        }
        out.append(text, copied, i)
            .append(
                HangulSyllables.compose(
                    HangulSyllables.initial(c),
                    HangulSyllables.medial(c),
                    HangulSyllables.FINAL_RIEUL))
            .append(NOMINAL);
        copied = i + 1;
        // Past the added syllable the text is one character longer than it was; the verb, which
        // Nori ends before the added syllable, keeps the whole written one.
        addOffCorrectMap(out.length(), getLastCumulativeDiff() - 1);
      }
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }
}
