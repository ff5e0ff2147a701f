package dev.gwanyong.config;

/** Defaults for answering that come from measurements rather than taste; see docs/answering.md. */
final class AnswerDefaults {

  /**
   * The risk budget: at most this share of answers wrong or answering what the sources lack, on the
   * held-out risk–coverage curve that {@code calibrate} records. Chosen from {@code bench
   * selective}'s table (docs/answering.md): the largest budget at which false answers stay within
   * 3% on the KorQuAD split and on the off-topic questions of both languages (0.08 lets 3.3% of the
   * KorQuAD split's unanswerable questions through).
   */
  static final double MAX_RISK = 0.07;

  private AnswerDefaults() {}
}
