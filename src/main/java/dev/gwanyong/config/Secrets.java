package dev.gwanyong.config;

import java.util.Map;
import java.util.Optional;

/**
 * Chat tokens and signing secrets, read from the environment only. {@link #toString()} masks every
 * value so a secret can never reach a log line by accident.
 */
public record Secrets(
    Optional<String> slackBotToken,
    Optional<String> slackSigningSecret,
    Optional<String> slackAppToken,
    Optional<String> discordToken) {

  public static Secrets fromEnvironment(Map<String, String> env) {
    return new Secrets(
        value(env, "SLACK_BOT_TOKEN"),
        value(env, "SLACK_SIGNING_SECRET"),
        value(env, "SLACK_APP_TOKEN"),
        value(env, "DISCORD_TOKEN"));
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  @Override
  public String toString() {
    return "Secrets[SLACK_BOT_TOKEN=%s, SLACK_SIGNING_SECRET=%s, SLACK_APP_TOKEN=%s, DISCORD_TOKEN=%s]"
        .formatted(
            mask(slackBotToken), mask(slackSigningSecret), mask(slackAppToken), mask(discordToken));
  }

  private static String mask(Optional<String> secret) {
    return secret.isPresent() ? "set" : "unset";
  }
}
