package dev.gwanyong.eval;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Warm, in-process latency over a list of questions: percentiles of wall-clock time per question,
 * and of the bytes the asking thread allocated for each. Allocation does not move with what else
 * the machine is doing, and it sets how often a young collection pauses a question, which makes
 * most of the tail (docs/measuring.md).
 */
public final class LatencyBench {

  /**
   * The bytes the calling thread has allocated so far, from the JDK's own counter; empty on a JVM
   * without one. Read as a primitive, so that reading it allocates nothing the question would be
   * charged with.
   */
  private static final Optional<LongSupplier> ALLOCATED = allocationCounter();

  private final Consumer<String> ask;

  /**
   * Times {@code ask}, which answers one question (Gwanyong's answer path, or a baseline's search).
   */
  public LatencyBench(Consumer<String> ask) {
    this.ask = ask;
  }

  /** Latency figures in milliseconds. */
  public record Figures(int samples, double p50, double p95, double p99, double max) {}

  /**
   * The figures of every measured round, and of the first alone: the first time each question is
   * asked, which is what a chat asks when the warm-up questions are others, as what the answer path
   * remembers of a word (its readings, its loanwords) would otherwise flatter the rounds that ask
   * it again. And of each question's fastest round: its own cost, without what happened to share
   * its moment (a young collection, another process on a shared core), which makes most of the tail
   * on a machine of two shared cores (docs/measuring.md).
   */
  public record Result(
      Figures all, Figures firstRound, Figures fastest, Optional<Allocation> allocation) {}

  /** Kilobytes the asking thread allocated per question, over every measured round. */
  public record Allocation(double mean, double p50, double p99) {}

  /**
   * Asks every warm-up question {@code warmupRounds} times unmeasured, then every question {@code
   * rounds} times measured.
   */
  public Result run(
      List<String> warmupQuestions, int warmupRounds, List<String> questions, int rounds) {
    for (int r = 0; r < warmupRounds; r++) {
      warmupQuestions.forEach(ask);
    }
    double[] millis = new double[questions.size() * rounds];
    double[] kilobytes = new double[millis.length];
    LongSupplier allocatedBytes = ALLOCATED.orElse(() -> 0);
    int i = 0;
    for (int r = 0; r < rounds; r++) {
      for (String q : questions) {
        long allocated = allocatedBytes.getAsLong();
        long started = System.nanoTime();
        ask.accept(q);
        millis[i] = (System.nanoTime() - started) / 1e6;
        kilobytes[i++] = (allocatedBytes.getAsLong() - allocated) / 1024.0;
      }
    }
    double[] fastest = Arrays.copyOf(millis, questions.size());
    for (int k = questions.size(); k < millis.length; k++) {
      fastest[k % questions.size()] = Math.min(fastest[k % questions.size()], millis[k]);
    }
    return new Result(
        figures(millis),
        figures(Arrays.copyOf(millis, questions.size())),
        figures(fastest),
        ALLOCATED.map(counter -> allocation(kilobytes)));
  }

  private static Allocation allocation(double[] kilobytes) {
    double[] sorted = kilobytes.clone();
    Arrays.sort(sorted);
    return new Allocation(
        Arrays.stream(sorted).average().orElse(0), percentile(sorted, 50), percentile(sorted, 99));
  }

  private static Optional<LongSupplier> allocationCounter() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
        && threads.isThreadAllocatedMemorySupported()) {
      threads.setThreadAllocatedMemoryEnabled(true);
      return Optional.of(threads::getCurrentThreadAllocatedBytes);
    }
    return Optional.empty();
  }

  private static Figures figures(double[] millis) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    return new Figures(
        sorted.length,
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99),
        sorted[sorted.length - 1]);
  }

  private static double percentile(double[] sorted, double p) {
    int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
