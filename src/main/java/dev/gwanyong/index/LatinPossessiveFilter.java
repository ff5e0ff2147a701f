package dev.gwanyong.index;

import java.io.IOException;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Drops the s of an English possessive that Nori reads as a word of its own after the apostrophe
 * (Redis's, Docker’s, the 90's), as the English field's possessive filter does. An English
 * question's name is also sought in the Korean field as Nori reads it, and "Redis's" was sought
 * there as redis and s together, which a Korean sentence that writes Redis는 never holds. Reads the
 * punctuation {@link SplitNumberFilter} drops after it.
 */
final class LatinPossessiveFilter extends FilteringTokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PartOfSpeechAttribute partOfSpeech = addAttribute(PartOfSpeechAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

  /**
   * Where the last Latin word or number ended, and where the apostrophe right after it ended; -1
   * when none.
   */
  private int wordEnd = -1;

  private int apostropheEnd = -1;

  LatinPossessiveFilter(TokenStream input) {
    super(input);
  }

  @Override
  protected boolean accept() {
    POS.Tag tag = partOfSpeech.getLeftPOS();
    int start = offset.startOffset();
    boolean possessive =
        tag == POS.Tag.SL
            && start == apostropheEnd
            && term.length() == 1
            && (term.charAt(0) == 's' || term.charAt(0) == 'S');
    apostropheEnd = wordEnd >= 0 && start == wordEnd && isApostrophe() ? offset.endOffset() : -1;
    wordEnd = tag == POS.Tag.SL || tag == POS.Tag.SN ? offset.endOffset() : -1;
    return !possessive;
  }

  private boolean isApostrophe() {
    return term.length() == 1
        && (term.charAt(0) == '\'' || term.charAt(0) == '’' || term.charAt(0) == 'ʼ');
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    wordEnd = -1;
    apostropheEnd = -1;
  }
}
