package dev.gwanyong.index;

import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.Token;
import org.apache.lucene.analysis.ko.dict.KoMorphData;
import org.apache.lucene.analysis.morph.TokenType;

/** A word a filter writes in place of Nori's, with the part of speech it reads as. */
final class TaggedWord extends Token {

  private final POS.Tag tag;

  private TaggedWord(String word, POS.Tag tag, TokenType type, int start, int end) {
    super(word.toCharArray(), 0, word.length(), start, end, type);
    this.tag = tag;
  }

  /** A word of no dictionary, tagged as Nori tags its own unknown words. */
  static TaggedWord unknown(String word, int start, int end) {
    return new TaggedWord(word, POS.Tag.UNKNOWN, TokenType.UNKNOWN, start, end);
  }

  /** A word Nori's dictionary has, read as {@code tag}. */
  static TaggedWord known(String word, POS.Tag tag, int start, int end) {
    return new TaggedWord(word, tag, TokenType.KNOWN, start, end);
  }

  @Override
  public POS.Type getPOSType() {
    return POS.Type.MORPHEME;
  }

  @Override
  public POS.Tag getLeftPOS() {
    return tag;
  }

  @Override
  public POS.Tag getRightPOS() {
    return tag;
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
