package dev.gwanyong.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Reads the two ways Korean grammar says what English says with a modal verb as the nouns the
 * lexicon gives for those verbs' meaning: an obligation, 하다 or 되다 after the ending -아야 (가야 한다, 가야만
 * 돼), as 필요 "need"; an ability or a possibility, 있다 or 없다 after -ㄹ 수 (갈 수 있다, 할 수가 없다), as 가능
 * "possible". Nori reads them as endings, a dependent noun and auxiliaries, which the stop tags
 * drop, and English analysis drops must, have to and can as stop words ({@link EnglishModalFilter}
 * reads them as need and possible): "I have to go to school tomorrow." met 학교에 간다 as readily as 학교에
 * 가야 한다, and "후보가 되려면 뭐가 필요해?" found no 필요 in "…후보가 되려면 … 추천을 받아야 한다." The word is read from the
 * ending on, so that a quote emphasises every written word of it; a negation (할 수 없다) is not part
 * of it, as not is no word of English analysis either.
 */
final class KoreanModalFilter extends TokenFilter {

  private static final String NEED = "필요";
  private static final String POSSIBLE = "가능";

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PartOfSpeechAttribute partOfSpeech = addAttribute(PartOfSpeechAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

  /** Where the ending -아야 (and 만 after it) that came last starts; -1 after any other token. */
  private int obligationStart = -1;

  /** Where the modifier ending -ㄹ that came last starts; -1 after any other token. */
  private int abilityStart = -1;

  /** Whether 수 (and a particle after it) followed that ending. */
  private boolean abilityNoun;

  KoreanModalFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    POS.Tag tag = partOfSpeech.getLeftPOS();
    int obliged = obligationStart;
    int able = abilityNoun ? abilityStart : -1;
    obligationStart = obligationAfter(tag, obliged);
    abilityStart = abilityAfter(tag);
    if (obliged >= 0 && isVerb(tag) && (termIs("하") || termIs("되"))) {
      readAs(NEED, obliged);
    } else if (able >= 0 && (isVerb(tag) || tag == POS.Tag.VA) && (termIs("있") || termIs("없"))) {
      readAs(POSSIBLE, able);
    }
    return true;
  }

  /** Where an obligation's ending starts after this token, which may begin or continue one. */
  private int obligationAfter(POS.Tag tag, int started) {
    if (tag == POS.Tag.EC && term.length() > 0 && term.charAt(term.length() - 1) == '야') {
      return offset.startOffset();
    }
    return started >= 0 && tag == POS.Tag.JX && termIs("만") ? started : -1;
  }

  /** Where an ability's ending starts after this token, noting whether 수 has followed it. */
  private int abilityAfter(POS.Tag tag) {
    boolean modifier = tag == POS.Tag.ETM && term.length() > 0;
    if (modifier && (term.charAt(term.length() - 1) == 'ᆯ' || termIs("을"))) {
      abilityNoun = false;
      return offset.startOffset();
    }
    if (abilityStart >= 0 && !abilityNoun && tag == POS.Tag.NNB && termIs("수")) {
      abilityNoun = true;
      return abilityStart;
    }
    boolean particle = tag == POS.Tag.JKS || tag == POS.Tag.JX;
    if (abilityStart >= 0 && abilityNoun && particle) {
      return abilityStart;
    }
    abilityNoun = false;
    return -1;
  }

  private static boolean isVerb(POS.Tag tag) {
    return tag == POS.Tag.VV || tag == POS.Tag.VX;
  }

  private boolean termIs(String word) {
    return word.contentEquals(term);
  }

  private void readAs(String noun, int start) {
    partOfSpeech.setToken(TaggedWord.known(noun, POS.Tag.NNG, start, offset.endOffset()));
    term.setEmpty().append(noun);
    offset.setOffset(start, offset.endOffset());
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    obligationStart = -1;
    abilityStart = -1;
    abilityNoun = false;
  }
}
