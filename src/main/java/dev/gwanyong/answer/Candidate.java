package dev.gwanyong.answer;

import dev.gwanyong.search.Hit;

/**
 * A retrieved sentence as the answer model sees it: the span it would quote and the probability that the quote
 * answers the question.
 *
 * @param hit the retrieved sentence and its evidence
 * @param start the quote's first character within the paragraph
 * @param end just past the quote's last character
 * @param confidence the calibrated probability that the quote answers the question
 */
public record Candidate(Hit hit, int start, int end, double confidence) {

  public String quote() {
    return hit.paragraphText().substring(start, end);
  }
}
