package dev.gwanyong.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What must hold before {@code serve} takes traffic: the index is open and every adapter that
 * started is connected. Checks are added as parts come up, so while {@code serve} is still starting
 * there are none and it is not ready.
 */
public final class Readiness {

  private final Map<String, BooleanSupplier> checks = new LinkedHashMap<>();
  private boolean started;

  /**
   * Adds a check under a short name shown on {@code /readyz}, such as {@code index} or {@code
   * slack}.
   */
  public synchronized void add(String name, BooleanSupplier check) {
    checks.put(name, check);
  }

  /** Every part that will run has been started and added; until then {@code serve} is not ready. */
  public synchronized void started() {
    started = true;
  }

  synchronized boolean isStarted() {
    return started;
  }

  /** Each check's answer now, in the order they were added. */
  synchronized Map<String, Boolean> now() {
    Map<String, Boolean> now = new LinkedHashMap<>();
    checks.forEach((name, check) -> now.put(name, check.getAsBoolean()));
    return now;
  }
}
