package dev.gwanyong.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyBenchTest {

  /**
   * Keeps what the asking allocates reachable, so that the JIT compiler cannot leave the allocation
   * out.
   */
  private final List<byte[]> kept = new ArrayList<>();

  @Test
  void asksTheWarmUpUnmeasuredAndEveryQuestionOnceARound() {
    List<String> asked = new ArrayList<>();
    LatencyBench.Result result =
        new LatencyBench(asked::add).run(List.of("w1", "w2"), 2, List.of("a", "b", "c"), 3);

    assertEquals(
        List.of("w1", "w2", "w1", "w2", "a", "b", "c", "a", "b", "c", "a", "b", "c"), asked);
    assertEquals(9, result.all().samples());
    assertEquals(3, result.firstRound().samples());
    assertEquals(3, result.fastest().samples());
  }

  @Test
  void countsTheBytesEachQuestionAllocates() {
    LatencyBench.Result result =
        new LatencyBench(question -> kept.add(new byte[question.length() * 1024 * 1024]))
            .run(List.of(), 0, List.of("a", "bb"), 2);

    LatencyBench.Allocation allocation = result.allocation().orElseThrow();
    // One and two mebibytes a question, plus whatever the JVM allocates around them.
    assertTrue(allocation.mean() >= 1.5 * 1024, () -> "mean " + allocation.mean() + " KB");
    assertTrue(allocation.p50() >= 1024, () -> "p50 " + allocation.p50() + " KB");
    assertTrue(allocation.p99() >= 2 * 1024, () -> "p99 " + allocation.p99() + " KB");
    assertTrue(allocation.p99() < 3 * 1024, () -> "p99 " + allocation.p99() + " KB");
  }
}
