package dev.gwanyong.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Rejoins the numbers Nori splits at a point or a comma: 1.0, 1.24 and 1,000 are one word, as
 * Lucene's English analyzer reads them, not 1 and 0 (which every other version number has too) or 1
 * and 000. Then drops the punctuation, which is why it reads a {@code KoreanTokenizer} that keeps
 * punctuation: it drops a token by the rule Nori's own {@code discardPunctuation} applies, a token
 * whose first character is a separator, punctuation or symbol, or the interpunct ㆍ.
 */
final class SplitNumberFilter extends TokenFilter {

  /** Hangul letter araea, which Korean writes as an interpunct (정치ㆍ경제) and Nori discards. */
  private static final char INTERPUNCT = '\u318D';

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

  /** Tokens read ahead of a number and not joined to it, in order. */
  private final Deque<State> ahead = new ArrayDeque<>();

  private boolean exhausted;

  SplitNumberFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    do {
      if (!next()) {
        return false;
      }
    } while (isPunctuation());
    if (!isDigits()) {
      return true;
    }
    State first = captureState();
    StringBuilder number = new StringBuilder(term);
    int end = offset.endOffset();
    while (next()) {
      State separator = captureState();
      if (!isNumberSeparator() || offset.startOffset() != end) {
        ahead.addFirst(separator);
        break;
      }
      String mark = term.toString();
      int markEnd = offset.endOffset();
      if (!next()) {
        ahead.addFirst(separator);
        break;
      }
      if (!isDigits() || offset.startOffset() != markEnd) {
        ahead.addFirst(captureState());
        ahead.addFirst(separator);
        break;
      }
      number.append(mark).append(term);
      end = offset.endOffset();
    }
    restoreState(first);
    term.setEmpty().append(number);
    offset.setOffset(offset.startOffset(), end);
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    ahead.clear();
    exhausted = false;
  }

  /** The next token, read ahead or from the input, into the attributes. */
  private boolean next() throws IOException {
    if (!ahead.isEmpty()) {
      restoreState(ahead.removeFirst());
      return true;
    }
    if (exhausted || !input.incrementToken()) {
      exhausted = true;
      return false;
    }
    return true;
  }

  private boolean isDigits() {
    if (term.length() == 0) {
      return false;
    }
    for (int i = 0; i < term.length(); i++) {
      if (!Character.isDigit(term.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean isNumberSeparator() {
    return term.length() == 1 && (term.charAt(0) == '.' || term.charAt(0) == ',');
  }

  private boolean isPunctuation() {
    if (term.length() == 0) {
      return false;
    }
    if (term.charAt(0) == INTERPUNCT) {
      return true;
    }
    return switch (Character.getType(term.charAt(0))) {
      case Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.CONTROL,
          Character.FORMAT,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.CONNECTOR_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION ->
          true;
      default -> false;
    };
  }
}
