package dev.gwanyong.eval;

import java.util.List;

/** Recall@1, Recall@5 and MRR@10 of a ranking benchmark, accumulated one question at a time. */
public final class RankingMetrics {

  private int questions;
  private int atOne;
  private int atFive;
  private double reciprocalRanks;

  /** Adds one question: the ranked keys returned and the key that is right. */
  public void add(List<String> ranked, String relevant) {
    questions++;
    int rank = ranked.indexOf(relevant) + 1;
    if (rank == 1) {
      atOne++;
    }
    if (rank >= 1 && rank <= 5) {
      atFive++;
    }
    if (rank >= 1 && rank <= 10) {
      reciprocalRanks += 1.0 / rank;
    }
  }

  public String summary() {
    return "R@1 %.3f  R@5 %.3f  MRR@10 %.3f  (%d questions)"
        .formatted(
            rate(atOne), rate(atFive), questions == 0 ? 0 : reciprocalRanks / questions, questions);
  }

  public double recallAtOne() {
    return rate(atOne);
  }

  private double rate(int count) {
    return questions == 0 ? 0 : (double) count / questions;
  }
}
