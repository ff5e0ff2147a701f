package dev.gwanyong.chat.discord;

import dev.gwanyong.chat.ChatPlatform;
import dev.gwanyong.chat.PlatformLauncher;
import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.config.Secrets;
import java.util.Optional;

/** Starts Discord when {@code DISCORD_TOKEN} is set; everything else has a default. */
public final class DiscordLauncher implements PlatformLauncher {

  @Override
  public String id() {
    return DiscordPlatform.ID;
  }

  @Override
  public Optional<String> missing(GwanyongConfig config, Secrets secrets) {
    return secrets.discordToken().isPresent()
        ? Optional.empty()
        : Optional.of("DISCORD_TOKEN is not set");
  }

  @Override
  public ChatPlatform create(GwanyongConfig config, Secrets secrets) {
    String token =
        secrets
            .discordToken()
            .orElseThrow(() -> new IllegalStateException("DISCORD_TOKEN is not set"));
    return new DiscordPlatform(config.discord(), token, config.moderation().maxSourceKib() * 1024L);
  }
}
