package dev.gwanyong.chat.slack;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slack's request signature, checked before anything in the body is looked at: the timestamp must
 * be within five minutes of now in either direction (a future one is as replayable as a stale one),
 * and the HMAC must match, compared in constant time.
 */
final class SlackSignatureCheck {

  static final Duration WINDOW = Duration.ofMinutes(5);

  private final SlackSignature.Generator generator;
  private final Clock clock;

  SlackSignatureCheck(String signingSecret, Clock clock) {
    this.generator = new SlackSignature.Generator(signingSecret);
    this.clock = clock;
  }

  /** Why a request is refused, or empty when it is Slack's. */
  Optional<String> problem(String timestamp, String signature, String body) {
    if (timestamp == null || signature == null) {
      return Optional.of("no signature headers");
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      return Optional.of("a timestamp that is not a number");
    }
    Duration skew = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
    if (skew.compareTo(WINDOW) > 0) {
      return Optional.of("a timestamp " + skew.toSeconds() + " seconds away from now");
    }
    byte[] expected =
        generator.generate(Long.toString(seconds), body).getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.UTF_8))) {
      return Optional.of("a wrong signature");
    }
    return Optional.empty();
  }
}
