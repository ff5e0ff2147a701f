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

  /**
   * The share of what a paragraph's best sentence holds of the question that another of its
   * sentences must hold to tell the paragraph's time. Chosen from 0.25, 0.5, 0.75 and 1 over
   * KorQuAD's 140 articles: up to 0.5 no first quote of its 5,774 questions changes and one of its
   * 649 when-questions answered wrongly is refused; 0.75 refuses four more but loses a right first
   * quote and five paragraphs ranked first, 1 loses two right answers.
   */
  static final double SPEAKS_FOR_SHARE = 0.5;

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
   * How far the sentence falls short of the time the question asks for, as one of the paragraph
   * whose best sentence is {@code best}: a sentence that holds, by itself and its neighbours, less
   * than {@value #SPEAKS_FOR_SHARE} of the question's weight the best one holds says the time of
   * something else (the ASF's founding year in a paragraph about a project the ASF retired), so it
   * is no nearer the time asked than the best sentence.
   */
  int timeShortfallFor(Candidate best) {
    return holdsOfTheQuestion() >= SPEAKS_FOR_SHARE * best.holdsOfTheQuestion()
        ? timeShortfall()
        : Math.max(timeShortfall(), best.timeShortfall());
  }

  private double holdsOfTheQuestion() {
    return hit.evidence().sentenceShare() + hit.evidence().neighbourShare();
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
