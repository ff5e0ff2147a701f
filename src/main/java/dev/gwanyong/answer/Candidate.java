package dev.gwanyong.answer;

import dev.gwanyong.search.Evidence;
import dev.gwanyong.search.Hit;

/**
 * A retrieved sentence as the answer model sees it: its ranking score among the question's
 * candidates, the probability that its quote answers the question, how likely it is to hold the
 * answer among its paragraph's sentences, and the span it would quote. The span is worked out when
 * first asked for, as only the few candidates that are cited need one, and cutting a long sentence
 * around its matched words takes an analysis.
 */
public final class Candidate {

  private final Hit hit;
  private final double score;
  private final double confidence;
  private final double holdsAnswer;
  private final QuoteComposer quotes;
  private QuoteComposer.Span span;

  Candidate(Hit hit, double score, double confidence, double holdsAnswer, QuoteComposer quotes) {
    this.hit = hit;
    this.score = score;
    this.confidence = confidence;
    this.holdsAnswer = holdsAnswer;
    this.quotes = quotes;
  }

  /**
   * This sentence standing for {@code lead}, the first candidate of its paragraph: with the lead's
   * score and confidence, which judge the paragraph, as the sentence that quotes it.
   */
  Candidate standingFor(Candidate lead) {
    return new Candidate(hit, lead.score, lead.confidence, holdsAnswer, quotes);
  }

  /** Whether it comes from the same paragraph as {@code other}. */
  boolean sameParagraph(Candidate other) {
    return hit.sourceId().equals(other.hit.sourceId()) && hit.paragraph() == other.hit.paragraph();
  }

  /**
   * How far the sentence falls short of the time the question asks for (0 when it says it or none
   * is asked): a sentence that says no time answers something else. The sentence, not the quote
   * around it: a time in the sentence before says when that one happened.
   */
  int timeShortfall() {
    return hit.evidence().timeShortfall();
  }

  /**
   * How far the sentence falls short of the count the question asks for (0 when it counts it or
   * none is asked).
   */
  int countShortfall() {
    return hit.evidence().countShortfall();
  }

  /**
   * Whether the sentence introduces the term a question asks about alone ({@link
   * Evidence#introducesLoneTerm}).
   */
  boolean introducesLoneTerm() {
    return hit.evidence().introducesLoneTerm();
  }

  /** The retrieved sentence and its evidence. */
  public Hit hit() {
    return hit;
  }

  /**
   * How strongly the evidence says this candidate answers, compared with the question's other
   * candidates.
   */
  public double score() {
    return score;
  }

  /** The calibrated probability that the quote answers the question. */
  public double confidence() {
    return confidence;
  }

  /**
   * How likely the quote is to hold the answer, compared with the other sentences of its paragraph.
   */
  public double holdsAnswer() {
    return holdsAnswer;
  }

  /** The quote's first character within the paragraph. */
  public int start() {
    return span().start();
  }

  /** Just past the quote's last character. */
  public int end() {
    return span().end();
  }

  public String quote() {
    return hit.paragraphText().substring(start(), end());
  }

  private synchronized QuoteComposer.Span span() {
    if (span == null) {
      span = quotes.span(hit);
    }
    return span;
  }
}
