package dev.gwanyong.index;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Writes the stems Nori gives verbs and adjectives in their dictionary form, with 다: 안다 is indexed
 * as 알다, not as 알. Korean stems are short, and many are spelled as a noun is (알 "egg" and 알-
 * "know", 차 "car" and 차- "kick", 사 "four" and 사- "buy"), so a noun a question asks about met every
 * sentence with the verb, and the verb's many sentences set the noun's document frequency. The
 * dictionary form keeps them apart and is how a reader writes a verb (a gloss reads 알다, not 알).
 */
public final class VerbStemFilter extends TokenFilter {

  /**
   * An enum set, which a token without a tag (null) is not in. Of the auxiliaries only 싶- comes
   * this far ({@link KoreanStopTagFilter}).
   */
  private static final Set<POS.Tag> PREDICATES = EnumSet.of(POS.Tag.VV, POS.Tag.VA, POS.Tag.VX);

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PartOfSpeechAttribute partOfSpeech = addAttribute(PartOfSpeechAttribute.class);

  public VerbStemFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (PREDICATES.contains(partOfSpeech.getLeftPOS())) {
      term.append('다');
    }
    return true;
  }
}
