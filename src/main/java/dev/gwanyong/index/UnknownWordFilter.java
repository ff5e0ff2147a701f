package dev.gwanyong.index;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Joins the pieces of a word Nori's dictionary lacks where it reads the first as a word that cannot
 * head one: 크레딧 as 크 | 레딧 (an adjective's stem, or an interjection, and the name Reddit), 어노테이션 as
 * 어 | 노테이션, 어드미션 as 어 | 드 | 미션, 엄브렐러 as 엄 | 브렐 | 러. Its pieces say nothing on their own: 구글이 CNCF에
 * 준 크레딧은 얼마야? searched 레딧, whose phonetic key met Red Hat, and was answered at 0.98 with a sentence
 * naming CNCF's founding members. The joined word is a word Nori's dictionaries lack, tagged as
 * Nori tags one (굥감), so the spelling corrector still mends a slip in it (푸버네티스, which Nori reads
 * as 푸 | 버네티스).
 */
final class UnknownWordFilter extends TokenFilter {

  /**
   * The heads of a word that nothing but an ending may follow: an interjection stands alone, and a
   * verb's or an adjective's stem takes an ending before a noun (큰 건물), so one with a noun written
   * straight onto it (크 | 레딧 after 준, in 준 크레딧은) is a piece of a word the dictionary lacks.
   */
  private static final Set<POS.Tag> HEADS = EnumSet.of(POS.Tag.IC, POS.Tag.VA, POS.Tag.VV);

  /** What may be written onto the head as a piece of the same word. */
  private static final Set<POS.Tag> PIECES =
      EnumSet.of(POS.Tag.NNG, POS.Tag.NNP, POS.Tag.NR, POS.Tag.IC);

  /**
   * Spaces and punctuation, which the tokenizer keeps as tokens here: what follows them heads a
   * word.
   */
  private static final Set<POS.Tag> BETWEEN_WORDS =
      EnumSet.of(
          POS.Tag.SP, POS.Tag.SF, POS.Tag.SC, POS.Tag.SE, POS.Tag.SSO, POS.Tag.SSC, POS.Tag.SY);

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PartOfSpeechAttribute partOfSpeech = addAttribute(PartOfSpeechAttribute.class);
  private final PositionIncrementAttribute positionIncrement =
      addAttribute(PositionIncrementAttribute.class);

  /** A token read ahead that is no piece of the word before it, given next. */
  private State pending;

  /**
   * Where the word before ended, to tell the head of a word from a piece written onto another; -1
   * after a space or punctuation.
   */
  private int endBefore = -1;

  private boolean exhausted;

  UnknownWordFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!read()) {
      return false;
    }
    if (!HEADS.contains(partOfSpeech.getLeftPOS()) || offset.startOffset() == endBefore) {
      endBefore = BETWEEN_WORDS.contains(partOfSpeech.getLeftPOS()) ? -1 : offset.endOffset();
      return true;
    }
    State head = captureState();
    int start = offset.startOffset();
    int end = offset.endOffset();
    int increment = positionIncrement.getPositionIncrement();
    StringBuilder word = new StringBuilder(term);
    State lastPiece = null;
    while (read()) {
      if (offset.startOffset() != end || !PIECES.contains(partOfSpeech.getLeftPOS())) {
        pending = captureState();
        break;
      }
      word.append(term);
      end = offset.endOffset();
      lastPiece = captureState();
    }
    endBefore = end;
    if (lastPiece == null) {
      restoreState(head);
      return true;
    }
    restoreState(lastPiece);
    term.setEmpty().append(word);
    offset.setOffset(start, end);
    positionIncrement.setPositionIncrement(increment);
    partOfSpeech.setToken(TaggedWord.unknown(word.toString(), start, end));
    return true;
  }

  /**
   * The token read ahead, else the next of the input, which is not asked again once it has ended.
   */
  private boolean read() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
      return true;
    }
    exhausted = exhausted || !input.incrementToken();
    return !exhausted;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
    endBefore = -1;
    exhausted = false;
  }
}
