package dev.gwanyong.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * A text analysed once for one field, kept as its tokens; every analysis in {@link Analysis} reads
 * tokens this way. Building the index analyses each sentence and paragraph once and replays the
 * tokens into every document that indexes them, and keeps their terms for judging candidates,
 * instead of running Nori again for each use.
 */
public final class AnalysedText {

  /**
   * One token as the index sees it, and the part of speech Nori gave it (null from the other
   * analysers).
   */
  record Token(
      String term, int positionIncrement, int positionLength, int start, int end, POS.Tag tag) {}

  private final List<Token> tokens;
  private final int textLength;

  /**
   * The position increment the stream left at its end (stop words dropped after the last token):
   * the index adds it before the next value of the same field, so a replay ends with it as the
   * analyzer did.
   */
  private final int endIncrement;

  AnalysedText(List<Token> tokens, int textLength, int endIncrement) {
    this.tokens = List.copyOf(tokens);
    this.textLength = textLength;
    this.endIncrement = endIncrement;
  }

  /**
   * The tokens Nori tagged with one of {@code tags}, with where they stand; none from the other
   * analysers.
   */
  List<Analysis.TermSpan> tagged(Set<POS.Tag> tags) {
    return tokens.stream()
        .filter(t -> t.tag() != null && tags.contains(t.tag()))
        .map(t -> new Analysis.TermSpan(t.term(), t.start(), t.end()))
        .toList();
  }

  /**
   * Whether Nori read the text between the offsets as two or more nouns and as no one word: no
   * token spans it whole, and every token within it is a noun.
   */
  boolean splitsIntoNouns(int start, int end) {
    int nouns = 0;
    for (Token t : tokens) {
      if (t.start() >= start && t.end() <= end) {
        if (t.start() == start && t.end() == end
            || t.tag() == null
            || !t.tag().name().startsWith("NN")) {
          return false;
        }
        nouns++;
      }
    }
    return nouns >= 2;
  }

  /**
   * These tokens and more terms, in the order of their offsets as the index requires, each at a
   * position of its own: for a field that indexes no positions, such as the phonetic keys.
   */
  AnalysedText with(List<Analysis.TermSpan> more) {
    List<Token> all = new ArrayList<>(tokens);
    more.forEach(t -> all.add(new Token(t.term(), 1, 1, t.start(), t.end(), null)));
    all.sort(Comparator.comparingInt(Token::start));
    return new AnalysedText(all, textLength, endIncrement);
  }

  /**
   * Texts analysed one by one, as the index would read the first {@code textLength} characters of
   * them analysed as one: each piece's offsets moved to where the piece {@code starts} in the
   * whole, the positions its stop words left at its end carried to the next token, and the tokens
   * that end past {@code textLength} left out. A paragraph's context is its title and sentences,
   * whose Korean analysis the index has already run.
   */
  static AnalysedText concatenation(
      List<AnalysedText> pieces, List<Integer> starts, int textLength) {
    List<Token> tokens = new ArrayList<>();
    int pending = 0;
    for (int i = 0; i < pieces.size(); i++) {
      AnalysedText piece = pieces.get(i);
      int start = starts.get(i);
      for (Token token : piece.tokens) {
        if (start + token.end() > textLength) {
          return new AnalysedText(tokens, textLength, 0);
        }
        tokens.add(
            new Token(
                token.term(),
                token.positionIncrement() + pending,
                token.positionLength(),
                start + token.start(),
                start + token.end(),
                token.tag()));
        pending = 0;
      }
      pending += piece.endIncrement;
    }
    return new AnalysedText(tokens, textLength, pending);
  }

  /** The distinct terms, in order of first appearance. */
  public Set<String> terms() {
    Set<String> terms = new LinkedHashSet<>();
    tokens.forEach(t -> terms.add(t.term()));
    return terms;
  }

  /** Each token's term and where it stands in the text, in order. */
  List<Analysis.TermSpan> spans() {
    return tokens.stream().map(t -> new Analysis.TermSpan(t.term(), t.start(), t.end())).toList();
  }

  /** A fresh stream of the tokens, for one field of one document. */
  TokenStream tokenStream() {
    return new Replay(tokens, textLength, endIncrement);
  }

  private static final class Replay extends TokenStream {
    private final List<Token> tokens;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final int textLength;
    private final int endIncrement;
    private int next;

    Replay(List<Token> tokens, int textLength, int endIncrement) {
      this.tokens = tokens;
      this.textLength = textLength;
      this.endIncrement = endIncrement;
    }

    @Override
    public boolean incrementToken() {
      if (next == tokens.size()) {
        return false;
      }
      clearAttributes();
      Token token = tokens.get(next++);
      term.setEmpty().append(token.term());
      increment.setPositionIncrement(token.positionIncrement());
      length.setPositionLength(token.positionLength());
      offset.setOffset(token.start(), token.end());
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(textLength, textLength);
      increment.setPositionIncrement(endIncrement);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
