package dev.gwanyong.answer;

/**
 * A coarse, member-facing label for an answer's confidence. Answers exist only above the refusal threshold (0.55 by
 * default), so the bands divide the range above it.
 */
public enum Confidence {
  LOW,
  MEDIUM,
  HIGH;

  static Confidence of(double confidence) {
    if (confidence >= 0.8) {
      return HIGH;
    }
    return confidence >= 0.65 ? MEDIUM : LOW;
  }
}
