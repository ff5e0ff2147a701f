package dev.gwanyong.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class SlackManifestTest {

  @Test
  void committedManifestIsWhatTheCodeGenerates() throws Exception {
    String committed = Files.readString(SlackManifest.FILE, StandardCharsets.UTF_8);
    assertEquals(
        SlackManifest.yaml(),
        committed,
        "bot/slack/manifest.yml drifted from the code; regenerate it with java -cp"
            + " target/gwanyong.jar dev.gwanyong.chat.slack.SlackManifest bot/slack/manifest.yml");
  }

  @Test
  @SuppressWarnings("unchecked")
  void manifestDeclaresTheCommandsScopesAndEventsTheListenersUse() {
    Map<String, Object> manifest = new Yaml().load(SlackManifest.yaml());
    Map<String, Object> features = (Map<String, Object>) manifest.get("features");
    List<Map<String, Object>> commands = (List<Map<String, Object>>) features.get("slash_commands");
    assertEquals(List.of("/ask", "/kb"), commands.stream().map(c -> c.get("command")).toList());

    Map<String, Object> settings = (Map<String, Object>) manifest.get("settings");
    Map<String, Object> events = (Map<String, Object>) settings.get("event_subscriptions");
    assertEquals(
        List.of("app_mention", "message.channels", "message.groups", "message.im"),
        events.get("bot_events"));
    Map<String, Object> home = (Map<String, Object>) features.get("app_home");
    assertEquals(true, home.get("messages_tab_enabled"), "members can write to the app directly");
    assertEquals(false, home.get("messages_tab_read_only_enabled"));
    Map<String, Object> oauth = (Map<String, Object>) manifest.get("oauth_config");
    List<String> scopes = (List<String>) ((Map<String, Object>) oauth.get("scopes")).get("bot");
    assertTrue(
        scopes.containsAll(
            List.of(
                "commands", "chat:write", "app_mentions:read", "usergroups:read", "im:history")),
        scopes.toString());
  }
}
