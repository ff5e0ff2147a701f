package dev.gwanyong.index;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Reads a lower-cased English word of obligation as "need": must, and have, has or had before to
 * ("I have to go"). They are stop words, and dropped they left "You must go now." meeting 지금 가고 싶어
 * as well as 지금 가야 해, where Korean writes the obligation as an ending that its chain reads as 필요
 * ({@link KoreanStopTagFilter}), the lexicon's Korean for need.
 */
final class ObligationFilter extends TokenFilter {

  private static final String NEED = "need";
  private static final Set<String> HAVE = Set.of("have", "has", "had", "having");

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  /** The token read ahead after a form of have, passed on at the next call. */
  private AttributeSource.State ahead;

  /** Whether the input ended while reading ahead. */
  private boolean ended;

  ObligationFilter(TokenStream input) {
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
    if (termIs("must")) {
      term.setEmpty().append(NEED);
    } else if (HAVE.contains(term.toString())) {
      State have = captureState();
      if (input.incrementToken()) {
        boolean obliges = termIs("to");
        ahead = captureState();
        restoreState(have);
        if (obliges) {
          term.setEmpty().append(NEED);
        }
      } else {
        ended = true;
        restoreState(have);
      }
    }
    return true;
  }

  private boolean termIs(String word) {
    return word.contentEquals(term);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    ahead = null;
    ended = false;
  }
}
