package dev.gwanyong.eval;

import dev.gwanyong.answer.Answer;
import java.util.ArrayList;
import java.util.List;

/**
 * The trade-off behind the refusal threshold. Every question is answered once with no threshold; then, for each
 * candidate threshold, an answer counts as given when its confidence reaches it. Positives pass as in
 * {@link Evaluator}; negatives (questions about other topics) should all be refused.
 */
public final class Calibration {

  private final List<Evaluator.Outcome> positives = new ArrayList<>();
  private final List<Double> negatives = new ArrayList<>();

  /** A positive question and its answer given with no threshold. */
  public void addPositive(EvalQuestion question, Answer unthresholded) {
    positives.add(Evaluator.judge(question, unthresholded));
  }

  /** The confidence of a negative question's best answer. */
  public void addNegative(double confidence) {
    negatives.add(confidence);
  }

  /** Figures at one threshold. */
  public record Row(double threshold, int positivesPassed, int positives, int negativesAnswered, int negatives) {

    public double falseAnswerRate() {
      return negatives == 0 ? 0 : (double) negativesAnswered / negatives;
    }
  }

  public Row at(double threshold) {
    int passed = 0;
    for (Evaluator.Outcome o : positives) {
      boolean answered = o.answer().confidence() >= threshold;
      passed += switch (o.question().expect()) {
        case ANSWER -> answered && o.passed() ? 1 : 0;
        case ABSTAIN -> answered ? 0 : 1;
        case ANY -> 1;
      };
    }
    int answered = (int) negatives.stream().filter(c -> c >= threshold).count();
    return new Row(threshold, passed, positives.size(), answered, negatives.size());
  }
}
