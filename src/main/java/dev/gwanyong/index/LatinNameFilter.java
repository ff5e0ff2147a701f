package dev.gwanyong.index;

import java.io.IOException;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Keeps the English words a text writes as names: capitalised after its first word (Mesosphere,
 * Docker), or with a capital after the first letter wherever they stand (CNCF, CoreOS), also with a
 * Korean particle written onto them (HashiCorp는). The first word of a sentence is capitalised
 * whatever it is, so it alone tells nothing. What it keeps lets a question typed in lower case
 * ("who founded mesosphere") still ask for a name when the corpus writes the word as one.
 */
public final class LatinNameFilter extends FilteringTokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private boolean firstWord = true;

  public LatinNameFilter(TokenStream input) {
    super(input);
  }

  @Override
  protected boolean accept() {
    boolean first = firstWord;
    firstWord = false;
    int letters = WordKeysFilter.latinLetters(term);
    if (letters < SpellingFilter.MIN_LETTERS || !Character.isUpperCase(term.charAt(0))) {
      return false;
    }
    boolean innerCapital = false;
    for (int i = 1; i < letters; i++) {
      innerCapital |= Character.isUpperCase(term.charAt(i));
    }
    // The name without the particle a Korean sentence writes onto it (HashiCorp는 as HashiCorp).
    term.setLength(letters);
    return !first || innerCapital;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    firstWord = true;
  }
}
