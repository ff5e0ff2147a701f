package dev.gwanyong.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretsTest {

  private static final Map<String, String> ENV =
      Map.of(
          "SLACK_BOT_TOKEN", "xoxb-1234-5678-abcdefsecret",
          "SLACK_SIGNING_SECRET", "8f14e45fceea167a5a36dedd4bea2543",
          "SLACK_APP_TOKEN", "xapp-1-A0000-secretapp",
          "DISCORD_TOKEN", "MTA5.discord.secret-token");

  @Test
  void readsEachSecretFromItsVariable() {
    Secrets secrets = Secrets.fromEnvironment(ENV);
    assertEquals(Optional.of("xoxb-1234-5678-abcdefsecret"), secrets.slackBotToken());
    assertEquals(Optional.of("8f14e45fceea167a5a36dedd4bea2543"), secrets.slackSigningSecret());
    assertEquals(Optional.of("xapp-1-A0000-secretapp"), secrets.slackAppToken());
    assertEquals(Optional.of("MTA5.discord.secret-token"), secrets.discordToken());
  }

  @Test
  void toStringNeverContainsASecretValue() {
    String printed = Secrets.fromEnvironment(ENV).toString();
    for (String value : ENV.values()) {
      assertFalse(printed.contains(value), printed);
      assertFalse(printed.contains(value.substring(0, 6)), "not even a prefix: " + printed);
    }
    assertTrue(printed.contains("SLACK_BOT_TOKEN=set"), printed);
  }

  @Test
  void blankOrMissingSecretsAreUnset() {
    Secrets secrets = Secrets.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "   "));
    assertEquals(Optional.empty(), secrets.slackBotToken());
    assertEquals(Optional.empty(), secrets.discordToken());
    assertTrue(secrets.toString().contains("DISCORD_TOKEN=unset"), secrets.toString());
  }
}
