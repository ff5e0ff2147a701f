package dev.gwanyong.answer;

/**
 * A coarse, member-facing label for an answer's confidence, which is the calibrated probability
 * that the first citation answers the question: high from 90%, medium from 70%, low below.
 */
public enum Confidence {
  LOW,
  MEDIUM,
  HIGH;

  static Confidence of(double probability) {
    if (probability >= 0.9) {
      return HIGH;
    }
    return probability >= 0.7 ? MEDIUM : LOW;
  }
}
