package dev.gwanyong.index;

import java.util.Set;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops the tokens whose part of speech carries no topic, as Nori's {@code KoreanPartOfSpeechStopFilter} does, except
 * a native numeral before a counter: 두 of 두 마리 is a determiner (MM) to Nori, like 그 and 모든, but it says how
 * many, so it is kept and read as its cardinal (둘), the form the number tier translates as "two" and other text
 * writes alone.
 */
final class KoreanStopTagFilter extends FilteringTokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PartOfSpeechAttribute partOfSpeech = addAttribute(PartOfSpeechAttribute.class);
  private final Set<POS.Tag> stopTags;
  private final CharArrayMap<String> cardinals;

  /**
   * @param cardinals the cardinal of each numeral's form before a counter (두 → 둘)
   */
  KoreanStopTagFilter(TokenStream input, Set<POS.Tag> stopTags, CharArrayMap<String> cardinals) {
    super(input);
    this.stopTags = stopTags;
    this.cardinals = cardinals;
  }

  @Override
  protected boolean accept() {
    POS.Tag tag = partOfSpeech.getLeftPOS();
    if (tag == POS.Tag.MM) {
      String cardinal = cardinals.get(term.buffer(), 0, term.length());
      if (cardinal != null) {
        term.setEmpty().append(cardinal);
        return true;
      }
    }
    return tag == null || !stopTags.contains(tag);
  }
}
