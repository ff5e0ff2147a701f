package dev.gwanyong.index;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values worked out from keys, remembered for the threads that answer up to a bound and all
 * forgotten at once when it is reached: what recurs (the common words of questions) is back within
 * a few questions, without the bookkeeping of a least-recently-used order. For a lookup that
 * depends on a word alone, not on the question around it.
 */
public final class Remembered<K, V> {

  private final int bound;
  private final Map<K, V> values = new ConcurrentHashMap<>();

  public Remembered(int bound) {
    this.bound = bound;
  }

  /**
   * The value remembered for a key, or the one {@code workOut} gives it, remembered from then on.
   */
  public V get(K key, Function<K, V> workOut) {
    V value = values.get(key);
    if (value == null) {
      value = workOut.apply(key);
      if (values.size() >= bound) {
        values.clear();
      }
      values.put(key, value);
    }
    return value;
  }
}
