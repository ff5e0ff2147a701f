package dev.gwanyong.answer;

/** A coarse, member-facing label for an answer's confidence. */
public enum Confidence {
  LOW,
  MEDIUM,
  HIGH;

  static Confidence of(double confidence) {
    if (confidence >= 0.75) {
      return HIGH;
    }
    return confidence >= 0.5 ? MEDIUM : LOW;
  }
}
