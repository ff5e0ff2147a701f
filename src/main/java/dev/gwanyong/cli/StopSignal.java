package dev.gwanyong.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The stop request of {@code serve} (SIGTERM, Ctrl-C). The JVM halts as soon as its shutdown hooks
 * return, so the hook does not only wake {@code serve}: it waits until {@code serve} has closed the
 * adapters and the index, letting answers already being composed go out.
 */
final class StopSignal implements AutoCloseable {

  /**
   * Longer than the adapters take to finish answers in flight; a stuck close still cannot hold the
   * JVM for ever.
   */
  private static final Duration CLOSE_WITHIN = Duration.ofSeconds(30);

  private final CountDownLatch requested = new CountDownLatch(1);
  private final CountDownLatch closed = new CountDownLatch(1);

  StopSignal() {
    Runtime.getRuntime().addShutdownHook(new Thread(this::stopAndWait, "serve-stop"));
  }

  /** Returns once a stop was requested. */
  void await() throws InterruptedException {
    requested.await();
  }

  /** {@code serve} has closed everything; the JVM may halt. */
  @Override
  public void close() {
    closed.countDown();
  }

  private void stopAndWait() {
    requested.countDown();
    try {
      closed.await(CLOSE_WITHIN.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
