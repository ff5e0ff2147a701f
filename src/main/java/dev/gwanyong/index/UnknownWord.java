package dev.gwanyong.index;

import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.Token;
import org.apache.lucene.analysis.ko.dict.KoMorphData;
import org.apache.lucene.analysis.morph.TokenType;

/** A word of no dictionary, tagged as Nori tags its own unknown words. */
final class UnknownWord extends Token {

  UnknownWord(String word, int start, int end) {
    super(word.toCharArray(), 0, word.length(), start, end, TokenType.UNKNOWN);
  }

  @Override
  public POS.Type getPOSType() {
    return POS.Type.MORPHEME;
  }

  @Override
  public POS.Tag getLeftPOS() {
    return POS.Tag.UNKNOWN;
  }

  @Override
  public POS.Tag getRightPOS() {
    return POS.Tag.UNKNOWN;
  }

  @Override
  public String getReading() {
    return null;
  }

  @Override
  public KoMorphData.Morpheme[] getMorphemes() {
    return null;
  }
}
