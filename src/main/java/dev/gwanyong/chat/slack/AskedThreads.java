package dev.gwanyong.chat.slack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The threads someone asked the bot in, so that a follow-up there is answered while other
 * conversations in a Q&amp;A channel are left alone. Bounded: the oldest threads are forgotten
 * first.
 */
final class AskedThreads {

  private final Set<String> threads;

  AskedThreads(int capacity) {
    this.threads =
        Collections.newSetFromMap(
            Collections.synchronizedMap(
                new LinkedHashMap<>(capacity, 0.75f, true) {
                  @Override
                  protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > capacity;
                  }
                }));
  }

  void remember(String channel, String threadTs) {
    threads.add(channel + "/" + threadTs);
  }

  boolean contains(String channel, String threadTs) {
    return threads.contains(channel + "/" + threadTs);
  }
}
