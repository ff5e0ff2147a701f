package dev.gwanyong.calibration;

import dev.gwanyong.search.Evidence;
import java.util.List;

/**
 * One question asked of one corpus, for fitting: the evidence of each candidate sentence retrieval
 * found, in BM25 order, and whether each one's quote answers the question (never, when the corpus
 * lacks the answer).
 *
 * @param fold which part of the data the question belongs to; questions of one fold are held out
 *     together
 * @param set the benchmark it comes from, for reports
 * @param language the question's language, for reports
 * @param answerable whether the corpus holds the answer
 * @param holdsAnswer whether each one's quote also holds the answer itself, where the benchmark
 *     marks it (see {@code Probe#holdsAnswer}); only the candidates that answer are ever read
 */
public record Example(
    String fold,
    String set,
    String language,
    boolean answerable,
    List<Evidence> candidates,
    List<Boolean> answers,
    List<Boolean> holdsAnswer) {

  public Example {
    candidates = List.copyOf(candidates);
    answers = List.copyOf(answers);
    holdsAnswer = List.copyOf(holdsAnswer);
    if (candidates.size() != answers.size() || candidates.size() != holdsAnswer.size()) {
      throw new IllegalArgumentException("one answer flag and one holds-answer flag a candidate");
    }
  }

  /** An example whose answering quotes hold the answer. */
  public Example(
      String fold,
      String set,
      String language,
      boolean answerable,
      List<Evidence> candidates,
      List<Boolean> answers) {
    this(fold, set, language, answerable, candidates, answers, answers);
  }
}
