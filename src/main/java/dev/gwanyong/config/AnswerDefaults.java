package dev.gwanyong.config;

/** Defaults for answering that come from measurements rather than taste; see the README's calibration section. */
final class AnswerDefaults {

  /** Below this confidence the bot refuses. Placeholder until calibrated on the eval and negative sets. */
  static final double MIN_CONFIDENCE = 0.5;

  private AnswerDefaults() {}
}
