package dev.gwanyong.answer;

import dev.gwanyong.search.Hit;

/**
 * A retrieved sentence as the answer model sees it: its ranking score among the question's candidates, the
 * probability that its quote answers the question, and the span it would quote. The span is worked out when first
 * asked for, as only the few candidates that are cited need one, and cutting a long sentence around its matched
 * words takes an analysis.
 */
public final class Candidate {

  private final Hit hit;
  private final double score;
  private final double confidence;
  private final QuoteComposer quotes;
  private QuoteComposer.Span span;

  Candidate(Hit hit, double score, double confidence, QuoteComposer quotes) {
    this.hit = hit;
    this.score = score;
    this.confidence = confidence;
    this.quotes = quotes;
  }

  /** The retrieved sentence and its evidence. */
  public Hit hit() {
    return hit;
  }

  /** How strongly the evidence says this candidate answers, compared with the question's other candidates. */
  public double score() {
    return score;
  }

  /** The calibrated probability that the quote answers the question. */
  public double confidence() {
    return confidence;
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
