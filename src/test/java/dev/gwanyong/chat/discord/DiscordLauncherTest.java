package dev.gwanyong.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gwanyong.config.ConfigLoader;
import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.config.Secrets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscordLauncherTest {

  private final GwanyongConfig config = new ConfigLoader(Map.of()).load(ConfigLoader.DEFAULT_FILE, Map.of());
  private final DiscordLauncher launcher = new DiscordLauncher();

  @Test
  void withoutATokenItSaysWhichVariableIsMissing() {
    Optional<String> missing = launcher.missing(config, Secrets.fromEnvironment(Map.of()));

    assertEquals(Optional.of("DISCORD_TOKEN is not set"), missing);
  }

  @Test
  void withATokenItCanStartAndBuildsTheDiscordPlatform() throws Exception {
    Secrets secrets = Secrets.fromEnvironment(Map.of("DISCORD_TOKEN", "secret-value"));

    assertEquals(Optional.empty(), launcher.missing(config, secrets));
    try (var platform = launcher.create(config, secrets)) {
      assertEquals("discord", platform.id());
    }
  }
}
