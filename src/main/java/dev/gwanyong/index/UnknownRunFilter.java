package dev.gwanyong.index;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Reads again the Korean text Nori swallowed as one unknown word. Nori gives a syllable its
 * dictionaries lack one reading only, as an unknown word that runs on over every Hangul syllable
 * after it up to a space or a mark, so in text written without spaces the rest of the sentence
 * becomes one word no source has: 므낫세와므술레멧사이에서태어난사람은? was read as 므낫세 and 므술레멧사이에서태어난사람은, and
 * 중앙컴퓨터와시퀀서에서운용되는시스템은? lost its 운용 and 시스템. Such a word of more than {@link #MAX_UNKNOWN_SYLLABLES}
 * syllables keeps its first syllable as the unknown word, and the rest is read again when Nori
 * reads it as starting with a word it knows (술레 | 멧 | 사이 …, 서 | 에서 | 운용 …); otherwise it stays as
 * Nori read it.
 */
final class UnknownRunFilter extends TokenFilter {

  /**
   * The longest unknown word text with spaces gives: a name Nori lacks with the particles written
   * onto it, at most 8 syllables in KorQuAD's 964 paragraphs (페네르바흐체와의), Tatoeba's Korean sentences
   * and the bundled corpus; every longer one in KorQuAD's questions written without spaces ran on
   * over other words.
   */
  static final int MAX_UNKNOWN_SYLLABLES = 8;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionLengthAttribute positionLength =
      addAttribute(PositionLengthAttribute.class);
  private final PartOfSpeechAttribute partOfSpeech = addAttribute(PartOfSpeechAttribute.class);

  /** A tokenizer configured as the input's, made when first needed. */
  private final Supplier<Tokenizer> tokenizers;

  private Tokenizer rereader;

  /** The tokens of a reread, given next. */
  private final Deque<State> pending = new ArrayDeque<>();

  UnknownRunFilter(TokenStream input, Supplier<Tokenizer> tokenizers) {
    super(input);
    this.tokenizers = tokenizers;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(pending.poll());
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (runsOn()) {
      reread();
    }
    return true;
  }

  /** Whether the token is an unknown word of Hangul syllables longer than any word. */
  private boolean runsOn() {
    if (partOfSpeech.getLeftPOS() != POS.Tag.UNKNOWN || term.length() <= MAX_UNKNOWN_SYLLABLES) {
      return false;
    }
    for (int i = 0; i < term.length(); i++) {
      if (!HangulSyllables.isSyllable(term.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Leaves the token as its first syllable, with the rest's tokens pending, when Nori reads the
   * rest as starting with a word of its dictionaries.
   */
  private void reread() throws IOException {
    State word = captureState();
    String text = term.toString();
    int start = offset.startOffset();
    int end = offset.endOffset();
    if (rereader == null) {
      rereader = tokenizers.get();
    }
    rereader.setReader(new StringReader(text.substring(1)));
    rereader.reset();
    boolean first = true;
    while (rereader.incrementToken()) {
      clearAttributes();
      rereader.copyTo(this);
      if (first && partOfSpeech.getLeftPOS() == POS.Tag.UNKNOWN) {
        break;
      }
      first = false;
      offset.setOffset(
          Math.min(end, start + 1 + offset.startOffset()),
          Math.min(end, start + 1 + offset.endOffset()));
      pending.add(captureState());
    }
    rereader.end();
    rereader.close();
    restoreState(word);
    if (!pending.isEmpty()) {
      String syllable = text.substring(0, 1);
      term.setEmpty().append(syllable);
      offset.setOffset(start, Math.min(end, start + 1));
      positionLength.setPositionLength(1);
      partOfSpeech.setToken(TaggedWord.unknown(syllable, start, start + 1));
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
  }
}
