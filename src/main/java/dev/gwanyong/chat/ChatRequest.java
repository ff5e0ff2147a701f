package dev.gwanyong.chat;

import java.util.Objects;

/**
 * A question as a platform delivered it.
 *
 * @param platform the adapter's {@link ChatPlatform#id()}
 * @param eventId the platform's id for this delivery, so a retried event is answered once
 * @param userId who asked
 * @param channelId where it was asked
 * @param text the question as typed, not yet cleaned
 */
public record ChatRequest(
    String platform, String eventId, String userId, String channelId, String text) {

  public ChatRequest {
    Objects.requireNonNull(platform);
    Objects.requireNonNull(eventId);
    Objects.requireNonNull(userId);
    Objects.requireNonNull(channelId);
    Objects.requireNonNull(text);
  }
}
