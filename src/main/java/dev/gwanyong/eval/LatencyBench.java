package dev.gwanyong.eval;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Warm, in-process latency over a list of questions: percentiles of wall-clock time per question. */
public final class LatencyBench {

  private final Consumer<String> ask;

  /** Times {@code ask}, which answers one question (Gwanyong's answer path, or a baseline's search). */
  public LatencyBench(Consumer<String> ask) {
    this.ask = ask;
  }

  /** Latency figures in milliseconds. */
  public record Figures(int samples, double p50, double p95, double p99, double max) {}

  /** Asks every question {@code warmupRounds} times unmeasured, then {@code rounds} times measured. */
  public Figures run(List<String> questions, int warmupRounds, int rounds) {
    for (int r = 0; r < warmupRounds; r++) {
      questions.forEach(ask);
    }
    double[] millis = new double[questions.size() * rounds];
    int i = 0;
    for (int r = 0; r < rounds; r++) {
      for (String q : questions) {
        long started = System.nanoTime();
        ask.accept(q);
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
