package dev.gwanyong.chat;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One vote per member per answer: a second click on the other button changes the vote, a second
 * click on the same one changes nothing. An answer's votes are read back from the feedback log the
 * first time it is voted on after a start, so counts carry over a restart.
 */
final class VoteTally {

  /**
   * Answers whose votes are kept in memory; older ones are read from the log again when voted on.
   */
  private static final int REMEMBERED = 2_000;

  private final FeedbackLog log;
  private final Map<String, Map<String, Boolean>> byAnswer =
      Collections.synchronizedMap(
          new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Map<String, Boolean>> eldest) {
              return size() > REMEMBERED;
            }
          });

  VoteTally(FeedbackLog log) {
    this.log = log;
  }

  /** What a click did: whether the member's vote changed, and the answer's counts after it. */
  record Cast(boolean changed, VoteReply.Counts counts) {}

  /**
   * Applies a vote. {@code record} runs only when the vote changed, inside the answer's lock, so
   * two quick clicks are logged in the order they count.
   */
  Cast cast(Vote vote, Runnable record) {
    Map<String, Boolean> votes = byAnswer.computeIfAbsent(vote.answerId(), this::fromLog);
    synchronized (votes) {
      Boolean before = votes.put(vote.userId(), vote.helpful());
      boolean changed = before == null || before != vote.helpful();
      if (changed) {
        record.run();
      }
      int up = (int) votes.values().stream().filter(v -> v).count();
      return new Cast(changed, new VoteReply.Counts(up, votes.size() - up));
    }
  }

  private Map<String, Boolean> fromLog(String answerId) {
    Map<String, Boolean> votes = new HashMap<>();
    for (FeedbackLog.Line line : log.lines()) {
      if (line.kind().equals("vote")
          && line.answerId().equals(answerId)
          && line.helpful().isPresent()) {
        votes.put(line.user(), line.helpful().get());
      }
    }
    return votes;
  }
}
