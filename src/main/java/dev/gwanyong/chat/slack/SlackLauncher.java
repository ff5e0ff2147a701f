package dev.gwanyong.chat.slack;

import dev.gwanyong.chat.ChatPlatform;
import dev.gwanyong.chat.PlatformLauncher;
import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.config.Secrets;
import java.util.Optional;

/**
 * Starts Slack when the environment has what the configured mode needs: always the bot token, plus
 * the signing secret in HTTP mode or the app token in Socket Mode. Names what is missing, never a
 * value.
 */
public final class SlackLauncher implements PlatformLauncher {

  @Override
  public String id() {
    return SlackPlatform.ID;
  }

  @Override
  public Optional<String> missing(GwanyongConfig config, Secrets secrets) {
    if (secrets.slackBotToken().isEmpty()) {
      return Optional.of("SLACK_BOT_TOKEN is not set");
    }
    boolean http = config.slack().mode().equals("http");
    if (http && secrets.slackSigningSecret().isEmpty()) {
      return Optional.of("SLACK_SIGNING_SECRET is not set (needed in http mode)");
    }
    if (!http && secrets.slackAppToken().isEmpty()) {
      return Optional.of(
          "SLACK_APP_TOKEN is not set (needed in socket mode; or set GWANYONG_SLACK_MODE=http)");
    }
    return Optional.empty();
  }

  @Override
  public ChatPlatform create(GwanyongConfig config, Secrets secrets) {
    return new SlackPlatform(
        config.slack(),
        new SlackPlatform.Credentials(
            secrets.slackBotToken().orElseThrow(),
            secrets.slackSigningSecret(),
            secrets.slackAppToken()),
        config.moderators().slackGroups());
  }
}
