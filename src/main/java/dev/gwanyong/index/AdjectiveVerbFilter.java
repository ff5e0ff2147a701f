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
 * Reads an adjective as the verb an auxiliary makes of it. A light adjective with -어지다 or -아지다
 * after it is the verb of becoming (없어지다 "disappear", from 없다 "there is none"): the stop words drop
 * the adjective, as it stands in almost every sentence, and the auxiliary 지다 is dropped with the
 * other auxiliaries ({@link KoreanStopTagFilter}), so "도커 스웜은 언제 없어졌어?" asked only for 도커 스웜 and
 * was answered, sure of itself, with Swarm's announcement. Other adjectives keep their own reading
 * there (높아졌다 as 높다), which meets the adjective's sentences. An adjective with -아하다 or -어하다 after
 * it is the verb of feeling (좋아하다 "like", from 좋다 "good"; 싫어하다 "hate"), a word of its own that Nori
 * reads as one only in some forms (좋아해, not 좋아한다 or 좋아하는): read as the adjective, "I love you." met
 * "건강한 커뮤니티가 좋은 코드를…" through the lexicon's love 좋아하다. Only where the stem and its ending spell the
 * verb as written (좋 and 아 are 좋아), not an irregular stem's (무섭 and 어 are 무서워), whose term would be
 * misspelled.
 */
final class AdjectiveVerbFilter extends TokenFilter {

  private final CharArraySet lightAdjectives;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PartOfSpeechAttribute partOfSpeech = addAttribute(PartOfSpeechAttribute.class);

  /** Tokens read ahead to see what follows an adjective, given next in their order. */
  private final Deque<State> ahead = new ArrayDeque<>();

  private boolean exhausted;

  /**
   * @param lightAdjectives the Korean stop words; an adjective among them may become a verb of
   *     becoming
   */
  AdjectiveVerbFilter(TokenStream input, CharArraySet lightAdjectives) {
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
    if (partOfSpeech.getLeftPOS() != POS.Tag.VA) {
      return true;
    }
    boolean light = lightAdjectives.contains(term.buffer(), 0, term.length());
    boolean regular = regularlyLinked(term);
    if (!light && !regular) {
      return true;
    }
    State adjective = captureState();
    String verb = null;
    if (next()) {
      ahead.add(captureState());
      String linking = partOfSpeech.getLeftPOS() == POS.Tag.EC ? term.toString() : "";
      if ((linking.equals("어") || linking.equals("아")) && next()) {
        ahead.add(captureState());
        POS.Tag tag = partOfSpeech.getLeftPOS();
        String auxiliary = term.toString();
        if (light && tag == POS.Tag.VX && auxiliary.equals("지")) {
          verb = linking + "지";
        } else if (regular && (tag == POS.Tag.VX || tag == POS.Tag.VV) && auxiliary.equals("하")) {
          verb = linking + "하";
        }
      }
    }
    restoreState(adjective);
    if (verb != null) {
      term.append(verb);
    }
    return true;
  }

  /**
   * Whether the stem's last syllable takes 아 or 어 as written: it ends in a consonant other than ㅂ
   * and ㅅ, whose adjectives mostly change before the ending (무섭 and 어 are 무서워, 낫 and 아 are 나아), and
   * not in a vowel, which merges with it (기쁘 and 어 are 기뻐).
   */
  private static boolean regularlyLinked(CharTermAttribute stem) {
    if (stem.length() == 0 || !HangulSyllables.isSyllable(stem.charAt(stem.length() - 1))) {
      return false;
    }
    int last = HangulSyllables.last(stem.charAt(stem.length() - 1));
    return last != 0 && last != HangulSyllables.FINAL_PIEUP && last != HangulSyllables.FINAL_SIOS;
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
