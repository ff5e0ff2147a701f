package dev.gwanyong.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;

/**
 * Tells native inflected words (받는, 같은, 비슷한, 그래서) from nouns, by the part of speech Nori gives a
 * word's first morpheme. Their keys would only match English words by chance. Unknown loanwords
 * come out of Nori as nouns, even when split (텔레 | 메트리), so they are kept; a few that start like a
 * verb are lost (메인테이너).
 */
final class NativeWords {

  /**
   * Verbs, adjectives and copulas, roots of 하다-adjectives, adverbs, conjunctions and bound nouns
   * (것).
   */
  private static final Set<POS.Tag> NATIVE_FIRST =
      EnumSet.of(
          POS.Tag.VV,
          POS.Tag.VA,
          POS.Tag.VX,
          POS.Tag.VCP,
          POS.Tag.VCN,
          POS.Tag.XR,
          POS.Tag.MAG,
          POS.Tag.MAJ,
          POS.Tag.NNB);

  private final KoreanTokenizer tokenizer;
  private final PartOfSpeechAttribute partOfSpeech;

  /**
   * @param userDictionary the index's user dictionary, or null
   */
  NativeWords(UserDictionary userDictionary) {
    this.tokenizer =
        new KoreanTokenizer(
            TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
            userDictionary,
            KoreanTokenizer.DecompoundMode.NONE,
            false,
            true);
    this.partOfSpeech = tokenizer.addAttribute(PartOfSpeechAttribute.class);
  }

  /** Whether Nori reads the word as an inflected native word rather than a noun. */
  boolean isInflected(String word) {
    try {
      tokenizer.setReader(new StringReader(word));
      tokenizer.reset();
      boolean inflected =
          tokenizer.incrementToken() && NATIVE_FIRST.contains(partOfSpeech.getLeftPOS());
      while (tokenizer.incrementToken()) {
        // consume the rest, so that the tokenizer can be reused
      }
      tokenizer.end();
      return inflected;
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    } finally {
      try {
        tokenizer.close();
      } catch (IOException e) {
        throw new UncheckedIOException("closing an in-memory tokenizer failed", e);
      }
    }
  }
}
