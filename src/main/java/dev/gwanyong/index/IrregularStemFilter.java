package dev.gwanyong.index;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.KoMorphData;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Reads a {@code KoreanTokenizer} in {@code MIXED} mode as {@code DISCARD} would give it (the parts
 * of each inflected or compound word, not the word), but keeps a verb's stem as written where the
 * ending after it cannot have changed it ({@link IrregularStems}). Nori often prefers the irregular
 * reading where no ending allows it: 쓰고, 가기 and 들고 came out as 쓸다, 갈다 and 듣다, while 쓴다, 갔다 and 들었다
 * came out as 쓰다, 가다 and 듣다, so a verb met its own forms by chance and the lexicon translated it as
 * another (sweep for use, hear for hold).
 *
 * <p>Where the ending does allow the change, the word is either verb (가는: 갈- "grind" with its ㄹ
 * dropped, or 가- "go"; 들어: 듣- "hear" or 들- "hold"), and Nori's dictionary costs nearly always pick
 * the irregular one, so that 가는, 가세요 and 가니 were 갈다 while 간다 and 갔다 were 가다, and "Where are you
 * going?" (go, 가다) never met 어디 가세요?. With {@code writtenVerbs}, as documents are read, the verb as
 * written then follows at the same position ({@link IrregularStems#writtenVerb}); a question seeks
 * both itself.
 */
final class IrregularStemFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PartOfSpeechAttribute partOfSpeech = addAttribute(PartOfSpeechAttribute.class);
  private final PositionIncrementAttribute positionIncrement =
      addAttribute(PositionIncrementAttribute.class);

  private final boolean writtenVerbs;

  /** The token read ahead to see the ending after a stem, given next. */
  private State ahead;

  /** The verb as written, given at the position of the irregular one just given. */
  private State asWritten;

  private boolean exhausted;

  IrregularStemFilter(TokenStream input, boolean writtenVerbs) {
    super(input);
    this.writtenVerbs = writtenVerbs;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (asWritten != null) {
      restoreState(asWritten);
      asWritten = null;
      return true;
    }
    if (!next()) {
      return false;
    }
    while (partOfSpeech.getPOSType() != POS.Type.MORPHEME) {
      // The word whose parts follow: DISCARD leaves it out, and its first part takes its position.
      String written = term.toString();
      KoMorphData.Morpheme[] parts = partOfSpeech.getMorphemes();
      int increment = positionIncrement.getPositionIncrement();
      if (!next()) {
        return false;
      }
      positionIncrement.setPositionIncrement(positionIncrement.getPositionIncrement() + increment);
      if (parts != null && isPredicate(partOfSpeech.getLeftPOS())) {
        keepWrittenStem(written, parts);
      }
    }
    return true;
  }

  private void keepWrittenStem(String written, KoMorphData.Morpheme[] parts) throws IOException {
    IrregularStems.Change change = IrregularStems.change(term, written);
    if (change == IrregularStems.Change.NONE) {
      return;
    }
    // What follows the stem: the rest of the written word (새로운 for 새롭-, whose ㅂ became 우), the
    // word's next part, or the next token.
    int length = term.length();
    String ending;
    if (written.length() > length) {
      ending = written.substring(length);
    } else if (parts.length > 1) {
      ending = isEnding(parts[1].posTag()) ? parts[1].surfaceForm() : "";
    } else {
      ending = endingAfter();
    }
    if (!IrregularStems.allows(change, ending)) {
      term.setLength(0);
      term.append(written, 0, length);
    } else if (writtenVerbs) {
      followWithWrittenVerb(written);
    }
  }

  /** Queues the verb as written after the irregular one, where it may equally be that verb. */
  private void followWithWrittenVerb(String writtenWord) {
    Optional<String> verb = IrregularStems.writtenVerb(term + "다", writtenWord);
    if (verb.isEmpty()) {
      return;
    }
    State irregular = captureState();
    term.setEmpty().append(verb.get(), 0, verb.get().length() - 1);
    positionIncrement.setPositionIncrement(0);
    asWritten = captureState();
    restoreState(irregular);
  }

  /** The ending after the current token, without consuming it; empty when no ending follows. */
  private String endingAfter() throws IOException {
    State current = captureState();
    String ending = "";
    if (!exhausted && input.incrementToken()) {
      ending = isEnding(partOfSpeech.getLeftPOS()) ? term.toString() : "";
      ahead = captureState();
    } else {
      exhausted = true;
    }
    restoreState(current);
    return ending;
  }

  private boolean next() throws IOException {
    if (ahead != null) {
      restoreState(ahead);
      ahead = null;
      return true;
    }
    if (exhausted || !input.incrementToken()) {
      exhausted = true;
      return false;
    }
    return true;
  }

  private static boolean isPredicate(POS.Tag tag) {
    return tag == POS.Tag.VV || tag == POS.Tag.VA || tag == POS.Tag.VX;
  }

  private static boolean isEnding(POS.Tag tag) {
    return tag != null && tag.name().startsWith("E");
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    ahead = null;
    asWritten = null;
    exhausted = false;
  }
}
