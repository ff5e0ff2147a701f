package dev.gwanyong.chat;

import java.util.Objects;

/**
 * A member's 👍 or 👎 on an answer.
 *
 * @param platform the adapter's id
 * @param userId who voted
 * @param answerId the id the dispatcher gave the answer
 * @param helpful true for 👍
 */
public record Vote(String platform, String userId, String answerId, boolean helpful) {

  public Vote {
    Objects.requireNonNull(platform);
    Objects.requireNonNull(userId);
    Objects.requireNonNull(answerId);
  }
}
