package dev.gwanyong.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Writes a name of three to six capitalised words also as its initials: Hewlett Packard Enterprise
 * as HPE, Mozilla Public License as MPL, United States of America as USA (of and for may join the
 * words without an initial). A text often writes a name out and never shortens it, while members
 * ask by the initials ("How much did HPE invest in Mesosphere?"), which then met nothing. The words
 * must follow one another one space apart, so that a list (Microsoft, Red Hat, IBM and Docker) is
 * no name, and a function word that opens the run (The, At, In) is left out of it, as a sentence's
 * first word is capitalised whatever it is. A word is a name's when written in title case ({@link
 * NameStopFilter#isTitleCase}): one in capitals is a short form already, its own (SSPL(Server Side
 * Public License), where the tokenizer cannot tell the parenthesis from a space) or another name's
 * (CNCF End User Community). The initials stand at the name's first word and span the name, so a
 * quote emphasises the name when they are asked.
 *
 * <p>Only documents are read so: a question that writes the name out meets it word for word, and
 * one that writes the initials asks for them as for any word.
 */
final class InitialsFilter extends TokenFilter {

  private static final int MIN_WORDS = 3;
  private static final int MAX_WORDS = 6;

  /**
   * Words that may join a name's capitalised words (United States of America), with no initial of
   * their own.
   */
  private static final Set<String> JOINING = Set.of("of", "for");

  private final CharArraySet functionWords;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);

  /** The words of the run of capitalised words being read, held back until it ends. */
  private final List<State> run = new ArrayList<>();

  private final StringBuilder initials = new StringBuilder();
  private int nameStart;
  private int nameEnd;
  private int previousEnd;

  /** Whether the run's last word is a joining word. */
  private boolean joined;

  /** Whether the run's last word ends in Hangul, a Korean particle. */
  private boolean particleEnded;

  /** The tokens to pass on before reading further. */
  private final ArrayDeque<State> ready = new ArrayDeque<>();

  private boolean exhausted;

  /** {@code functionWords}, matched ignoring case, never open a name. */
  InitialsFilter(TokenStream input, CharArraySet functionWords) {
    super(input);
    this.functionWords = functionWords;
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (ready.isEmpty()) {
      if (exhausted || !input.incrementToken()) {
        exhausted = true;
        passOnRun();
        if (ready.isEmpty()) {
          return false;
        }
      } else if (run.isEmpty()) {
        if (!opensName()) {
          return true;
        }
        addToRun();
      } else if (continuesName()) {
        addToRun();
      } else {
        State current = captureState();
        passOnRun();
        restoreState(current);
        if (opensName()) {
          addToRun();
        } else {
          ready.add(current);
        }
      }
    }
    restoreState(ready.poll());
    return true;
  }

  /**
   * Whether the current word goes on with the run: a capitalised word, or one joining word, one
   * space on, and not after a word with a Korean particle written onto it, which ends a name (Red
   * Hat과 IBM이).
   */
  private boolean continuesName() {
    boolean adjoins = offset.startOffset() == previousEnd + 1 && !particleEnded;
    return adjoins
        && (NameStopFilter.isTitleCase(term) || !joined && JOINING.contains(term.toString()));
  }

  private boolean opensName() {
    return NameStopFilter.isTitleCase(term)
        && !functionWords.contains(term.buffer(), 0, term.length());
  }

  private void addToRun() {
    if (run.isEmpty()) {
      initials.setLength(0);
      nameStart = offset.startOffset();
    }
    run.add(captureState());
    joined = !NameStopFilter.isTitleCase(term);
    if (!joined) {
      initials.append(Character.toUpperCase(term.charAt(0)));
      nameEnd = offset.endOffset();
    }
    previousEnd = offset.endOffset();
    particleEnded = HangulSyllables.isSyllable(term.charAt(term.length() - 1));
  }

  /**
   * Moves the run's words to the tokens to pass on, led by the name's initials when it is a name.
   */
  private void passOnRun() {
    if (run.isEmpty()) {
      return;
    }
    int from = 0;
    if (initials.length() >= MIN_WORDS && initials.length() <= MAX_WORDS) {
      restoreState(run.getFirst());
      term.setEmpty().append(initials);
      offset.setOffset(nameStart, nameEnd);
      ready.add(captureState());
      restoreState(run.getFirst());
      increment.setPositionIncrement(0);
      ready.add(captureState());
      from = 1;
    }
    ready.addAll(run.subList(from, run.size()));
    run.clear();
    joined = false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    run.clear();
    ready.clear();
    joined = false;
    particleEnded = false;
    exhausted = false;
  }
}
