package dev.gwanyong.eval;

import dev.gwanyong.answer.AnswerService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Asks every probe of the selective-answering sets of its trial's corpus, on as many threads as
 * there are cores, and returns what {@code each} made of each answer, in the order of the sets.
 */
public final class SelectiveRun {

  /**
   * Opens an answer service on a trial's corpus, writing the corpus into {@code scratch} when it is
   * not the configured one.
   */
  public interface Opener {
    AnswerService open(SelectiveSets.Trial trial, ScratchFolder scratch) throws IOException;
  }

  /** What to make of one probe, asked of the service opened on its corpus. */
  public interface Asker<T> {
    T ask(AnswerService service, Probe probe);
  }

  private SelectiveRun() {}

  public static <T> List<T> collect(SelectiveSets sets, Opener opener, Asker<T> each)
      throws IOException {
    List<T> results = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
      for (SelectiveSets.Trial trial : sets.trials()) {
        try (ScratchFolder scratch = ScratchFolder.create("gwanyong-selective");
            AnswerService service = opener.open(trial, scratch)) {
          List<Future<T>> pending = new ArrayList<>();
          for (Probe probe : trial.probes()) {
            pending.add(pool.submit(() -> each.ask(service, probe)));
          }
          for (Future<T> result : pending) {
            results.add(result.get());
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("a question failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return results;
  }
}
