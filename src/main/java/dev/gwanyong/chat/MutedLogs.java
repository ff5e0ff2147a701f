package dev.gwanyong.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Silences a chat library's connection loggers while its adapter starts. A failure to connect is
 * then reported once, by the adapter, as a {@link PlatformStartException} saying what to check,
 * instead of by every retry with a stack trace. Closing restores the levels, so failures after
 * start-up are logged as usual.
 */
public final class MutedLogs implements AutoCloseable {

  /**
   * Held here as well: java.util.logging keeps loggers weakly, and a collected one would forget its
   * level.
   */
  private final List<Logger> loggers = new ArrayList<>();

  private final List<Level> levels = new ArrayList<>();

  private MutedLogs(List<String> names) {
    for (String name : names) {
      Logger logger = Logger.getLogger(name);
      loggers.add(logger);
      levels.add(logger.getLevel());
      logger.setLevel(Level.OFF);
    }
  }

  /** Mutes the loggers with these names (and those below them) until {@link #close}. */
  public static MutedLogs of(String... names) {
    return new MutedLogs(List.of(names));
  }

  @Override
  public void close() {
    for (int i = 0; i < loggers.size(); i++) {
      loggers.get(i).setLevel(levels.get(i));
    }
  }
}
