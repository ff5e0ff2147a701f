package dev.gwanyong.eval;

import dev.gwanyong.answer.Answerer;
import java.util.Arrays;
import java.util.List;

/** Warm, in-process answer latency over a list of questions: percentiles of wall-clock time per question. */
public final class LatencyBench {

  private final Answerer answerer;

  public LatencyBench(Answerer answerer) {
    this.answerer = answerer;
  }

  /** Latency figures in milliseconds. */
  public record Figures(int samples, double p50, double p95, double p99, double max) {}

  /** Asks every question {@code warmupRounds} times unmeasured, then {@code rounds} times measured. */
  public Figures run(List<String> questions, int warmupRounds, int rounds) {
    for (int r = 0; r < warmupRounds; r++) {
      questions.forEach(answerer::ask);
    }
    double[] millis = new double[questions.size() * rounds];
    int i = 0;
    for (int r = 0; r < rounds; r++) {
      for (String q : questions) {
        long started = System.nanoTime();
        answerer.ask(q);
        millis[i++] = (System.nanoTime() - started) / 1e6;
      }
    }
    Arrays.sort(millis);
    return new Figures(millis.length, percentile(millis, 50), percentile(millis, 95), percentile(millis, 99),
        millis[millis.length - 1]);
  }

  private static double percentile(double[] sorted, double p) {
    int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
