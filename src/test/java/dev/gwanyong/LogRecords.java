package dev.gwanyong;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Every log record published anywhere while it is open, to check what an operator would see in the
 * log.
 */
public final class LogRecords extends Handler implements AutoCloseable {

  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Logger root = Logger.getLogger("");

  public LogRecords() {
    setLevel(Level.ALL);
    root.addHandler(this);
  }

  /** Records that would print a stack trace. */
  public List<String> stackTraces() {
    return records.stream()
        .filter(r -> r.getThrown() != null)
        .map(r -> r.getLoggerName() + ": " + r.getMessage() + " / " + r.getThrown())
        .toList();
  }

  /** Records at {@link Level#WARNING} or above, as logger and message. */
  public List<String> warnings() {
    return records.stream()
        .filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
        .map(r -> r.getLoggerName() + ": " + r.getMessage())
        .toList();
  }

  /** Records at exactly {@code level}, as logger and message. */
  public List<String> at(Level level) {
    return records.stream()
        .filter(r -> r.getLevel().equals(level))
        .map(r -> r.getLoggerName() + ": " + r.getMessage())
        .toList();
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    root.removeHandler(this);
  }
}
