package dev.gwanyong.config;

/** Defaults for answering that come from measurements rather than taste; see the README's calibration section. */
final class AnswerDefaults {

  /**
   * Below this confidence the bot refuses. Chosen with {@code bench refusal} as the lowest threshold at which both
   * sets of off-topic questions (KorQuAD's 5,774 Korean questions, Tatoeba's 1,000 English sentences) are answered
   * at most 2% of the time on the bundled corpus; the measured trade-off is in the README.
   */
  static final double MIN_CONFIDENCE = 0.55;

  private AnswerDefaults() {}
}
