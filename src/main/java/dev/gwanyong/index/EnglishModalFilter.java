package dev.gwanyong.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Reads a lower-cased English word of obligation as need, which the lexicon translates as Korean
 * writes an obligation (필요, the ending -아야 하다): must, and have, has or had before to ("I have to
 * go"). They are stop words, and dropped they left "You must go now." meeting 지금 가고 싶어 as well as
 * 지금 가야 해 ({@link KoreanModalFilter} reads the Korean side). Should is left a stop word: it gives
 * advice as often as it obliges.
 */
final class EnglishModalFilter extends TokenFilter {

  // Looked up in place: every English token of every field passes here.
  private static final CharArraySet HAVE =
      new CharArraySet(List.of("have", "has", "had", "having"), false);

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  /** The token read ahead after a form of have, passed on at the next call. */
  private State ahead;

  /** Whether the input ended while reading ahead. */
  private boolean ended;

  EnglishModalFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (ahead != null) {
      restoreState(ahead);
      ahead = null;
      return true;
    }
    if (ended || !input.incrementToken()) {
      return false;
    }
    if ("must".contentEquals(term)) {
      term.setEmpty().append("need");
    } else if (HAVE.contains(term.buffer(), 0, term.length())) {
      readHaveTo();
    }
    return true;
  }

  /** Reads the current form of have as need when to follows it, keeping the token after it. */
  private void readHaveTo() throws IOException {
    State have = captureState();
    if (!input.incrementToken()) {
      ended = true;
      restoreState(have);
      return;
    }
    boolean obliges = "to".contentEquals(term);
    ahead = captureState();
    restoreState(have);
    if (obliges) {
      term.setEmpty().append("need");
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    ahead = null;
    ended = false;
  }
}
