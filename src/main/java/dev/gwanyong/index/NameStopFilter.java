package dev.gwanyong.index;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Drops English stop words, but for one a text writes as part of a name: capitalised, with
 * lower-case letters after its capital, right after another such word and one space from it (the
 * Apache Way, The Who). A stop word so written names something, and dropped it left "What is the
 * Apache Way?" asking for Apache alone, which every Apache project answers. The case is read by
 * {@link #markNameWords} before the chain lower-cases the word; a capital that only opens a
 * sentence or shouts (WHAT IS THE) marks nothing.
 */
final class NameStopFilter extends FilteringTokenFilter {

  /** The flag bit {@link #markNameWords} sets on a word written as part of a name. */
  private static final int NAME_WORD = 1 << 7;

  private final CharArraySet stopwords;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final FlagsAttribute flags = addAttribute(FlagsAttribute.class);

  NameStopFilter(TokenStream input, CharArraySet stopwords) {
    super(input);
    this.stopwords = stopwords;
  }

  @Override
  protected boolean accept() {
    return (flags.getFlags() & NAME_WORD) != 0
        || !stopwords.contains(term.buffer(), 0, term.length());
  }

  /**
   * A capital followed by at least one lower-case letter: Way, Apache, D2iQ, not I, THE, EC2 or
   * iPhone.
   */
  static boolean isTitleCase(CharTermAttribute term) {
    if (term.length() < 2 || !Character.isUpperCase(term.charAt(0))) {
      return false;
    }
    for (int i = 1; i < term.length(); i++) {
      if (Character.isLowerCase(term.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Marks, on the tokenizer's words as written, each one that continues a name (see the class
   * comment).
   */
  static TokenStream markNameWords(TokenStream input) {
    return new NameWordMarker(input);
  }

  private static final class NameWordMarker extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final FlagsAttribute flags = addAttribute(FlagsAttribute.class);
    private boolean previousTitleCase;
    private int previousEnd = -1;

    NameWordMarker(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      boolean titleCase = isTitleCase(term);
      if (titleCase && previousTitleCase && offset.startOffset() == previousEnd + 1) {
        flags.setFlags(flags.getFlags() | NAME_WORD);
      }
      previousTitleCase = titleCase;
      previousEnd = offset.endOffset();
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      previousTitleCase = false;
      previousEnd = -1;
    }
  }
}
