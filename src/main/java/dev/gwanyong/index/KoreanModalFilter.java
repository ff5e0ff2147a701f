package dev.gwanyong.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Reads an obligation as Korean grammar writes it, 하다 or 되다 after the ending -아야 (가야 한다, 가야만 돼), as
 * 필요, the noun the lexicon gives for need. Nori reads it as an ending and an auxiliary, which the
 * stop tags drop, and English analysis drops must and have to as stop words ({@link
 * EnglishModalFilter} reads them as need): "I have to go to school tomorrow." met 학교에 간다 as readily
 * as 학교에 가야 한다, and "후보가 되려면 뭐가 필요해?" found no 필요 in "…후보가 되려면 … 추천을 받아야 한다." The word is read from
 * the ending on, so that a quote emphasises every written word of it. An ability (-ㄹ 수 있다 as 가능,
 * can as possible) was read so too and not kept (docs/index.md).
 */
final class KoreanModalFilter extends TokenFilter {

  private static final String NEED = "필요";

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PartOfSpeechAttribute partOfSpeech = addAttribute(PartOfSpeechAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

  /** Where the ending -아야 (and 만 after it) that came last starts; -1 after any other token. */
  private int obligationStart = -1;

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
    obligationStart = obligationAfter(tag, obliged);
    if (obliged >= 0 && (tag == POS.Tag.VV || tag == POS.Tag.VX) && (termIs("하") || termIs("되"))) {
      readAsNeed(obliged);
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

  private boolean termIs(String word) {
    return word.contentEquals(term);
  }

  private void readAsNeed(int start) {
    partOfSpeech.setToken(TaggedWord.known(NEED, POS.Tag.NNG, start, offset.endOffset()));
    term.setEmpty().append(NEED);
    offset.setOffset(start, offset.endOffset());
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    obligationStart = -1;
  }
}
