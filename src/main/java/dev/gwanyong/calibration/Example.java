package dev.gwanyong.calibration;

import dev.gwanyong.search.Evidence;
import java.util.List;

/**
 * One question asked of one corpus, for fitting: the evidence of each candidate sentence retrieval found, in BM25
 * order, and whether each one's quote answers the question (never, when the corpus lacks the answer).
 *
 * @param fold which part of the data the question belongs to; questions of one fold are held out together
 * @param set the benchmark it comes from, for reports
 * @param language the question's language, for reports
 * @param answerable whether the corpus holds the answer
 */
public record Example(
    String fold, String set, String language, boolean answerable, List<Evidence> candidates, List<Boolean> answers) {

  public Example {
    candidates = List.copyOf(candidates);
    answers = List.copyOf(answers);
    if (candidates.size() != answers.size()) {
      throw new IllegalArgumentException("one answer flag a candidate");
    }
  }
}
