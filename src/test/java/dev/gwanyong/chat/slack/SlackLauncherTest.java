package dev.gwanyong.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.gwanyong.config.ConfigLoader;
import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.config.Secrets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlackLauncherTest {

  private final SlackLauncher launcher = new SlackLauncher();

  @Test
  void namesTheMissingVariableForTheModeNeverAValue() {
    GwanyongConfig socket = config("socket");
    GwanyongConfig http = config("http");

    assertEquals(
        Optional.of("SLACK_BOT_TOKEN is not set"), launcher.missing(socket, secrets(Map.of())));
    Optional<String> noAppToken =
        launcher.missing(socket, secrets(Map.of("SLACK_BOT_TOKEN", "xoxb-secret-value")));
    assertEquals("SLACK_APP_TOKEN", noAppToken.orElseThrow().split(" ")[0]);
    assertFalse(noAppToken.get().contains("xoxb-secret-value"));
    assertEquals(
        Optional.of("SLACK_SIGNING_SECRET is not set (needed in http mode)"),
        launcher.missing(
            http, secrets(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"))));
  }

  @Test
  void readyWhenTheModeHasWhatItNeeds() throws Exception {
    GwanyongConfig http = config("http");
    Secrets secrets = secrets(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s"));

    assertEquals(Optional.empty(), launcher.missing(http, secrets));
    assertEquals(
        Optional.empty(),
        launcher.missing(
            config("socket"),
            secrets(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"))));
    SlackPlatform platform = assertInstanceOf(SlackPlatform.class, launcher.create(http, secrets));
    assertEquals("slack", platform.id());
    platform.close();
  }

  private static GwanyongConfig config(String mode) {
    return new ConfigLoader(Map.of("GWANYONG_SLACK_MODE", mode)).load(Map.of());
  }

  private static Secrets secrets(Map<String, String> env) {
    return Secrets.fromEnvironment(env);
  }
}
