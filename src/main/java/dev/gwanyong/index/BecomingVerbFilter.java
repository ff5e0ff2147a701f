package dev.gwanyong.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Reads a light adjective with -어지다 or -아지다 after it as the verb the two make (없어지다 "disappear",
 * from 없다 "there is none"). The stop words drop the adjective, as it stands in almost every
 * sentence, and the auxiliary 지다 is dropped with the other auxiliaries ({@link
 * KoreanStopTagFilter}), so "도커 스웜은 언제 없어졌어?" asked only for 도커 스웜 and was answered, sure of
 * itself, with Swarm's announcement. Other adjectives keep their own reading (높아졌다 as 높다), which
 * meets the adjective's sentences.
 */
final class BecomingVerbFilter extends TokenFilter {

  private final CharArraySet lightAdjectives;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PartOfSpeechAttribute partOfSpeech = addAttribute(PartOfSpeechAttribute.class);

  /** Tokens read ahead to see what follows an adjective, given next in their order. */
  private final Deque<State> ahead = new ArrayDeque<>();

  private boolean exhausted;

  /**
   * @param lightAdjectives the Korean stop words; an adjective among them may become a verb
   */
  BecomingVerbFilter(TokenStream input, CharArraySet lightAdjectives) {
    super(input);
    this.lightAdjectives = lightAdjectives;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!ahead.isEmpty()) {
      restoreState(ahead.poll());
      return true;
    }
    if (!next()) {
      return false;
    }
    if (partOfSpeech.getLeftPOS() != POS.Tag.VA
        || !lightAdjectives.contains(term.buffer(), 0, term.length())) {
      return true;
    }
    State adjective = captureState();
    String becoming = null;
    if (next()) {
      ahead.add(captureState());
      String linking = partOfSpeech.getLeftPOS() == POS.Tag.EC ? term.toString() : "";
      if ((linking.equals("어") || linking.equals("아")) && next()) {
        ahead.add(captureState());
        boolean auxiliary = partOfSpeech.getLeftPOS() == POS.Tag.VX && term.toString().equals("지");
        becoming = auxiliary ? linking + "지" : null;
      }
    }
    restoreState(adjective);
    if (becoming != null) {
      term.append(becoming);
    }
    return true;
  }

  private boolean next() throws IOException {
    exhausted = exhausted || !input.incrementToken();
    return !exhausted;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    ahead.clear();
    exhausted = false;
  }
}
