package dev.gwanyong.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.answer.AnswerService;
import dev.gwanyong.chat.ChatPlatform;
import dev.gwanyong.chat.Dispatcher;
import dev.gwanyong.chat.FeedbackLog;
import dev.gwanyong.config.ConfigLoader;
import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.config.Secrets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code serve} starts Discord: from the token and the three environment settings. */
class DiscordLauncherTest {

  @TempDir Path logs;

  private final DiscordLauncher launcher = new DiscordLauncher();

  @Test
  void withoutATokenItSaysWhichVariableIsMissing() {
    GwanyongConfig config = new ConfigLoader(Map.of()).load(Map.of());

    assertEquals(
        Optional.of("DISCORD_TOKEN is not set"),
        launcher.missing(config, Secrets.fromEnvironment(Map.of())));
  }

  @Test
  void theEnvironmentPointsRestGatewayAndQaChannelsAtTheStandIn() throws Exception {
    try (DiscordStandIn discord = new DiscordStandIn()) {
      Map<String, String> env =
          Map.of(
              "DISCORD_TOKEN",
              "stand-in-token",
              "GWANYONG_DISCORD_API_URL",
              discord.apiUrl().toString(),
              "GWANYONG_DISCORD_GATEWAY_URL",
              discord.gatewayUrl().toString(),
              "GWANYONG_DISCORD_QA_CHANNELS",
              StandInJson.QA_CHANNEL);
      GwanyongConfig config =
          new ConfigLoader(env)
              .load(Map.of("data", logs.resolve("data").toString(), "logs", logs.toString()));
      Secrets secrets = Secrets.fromEnvironment(env);
      assertEquals(Optional.empty(), launcher.missing(config, secrets));

      try (AnswerService service = AnswerService.open(config);
          ChatPlatform platform = launcher.create(config, secrets)) {
        platform.start(
            new Dispatcher(
                service,
                new FeedbackLog(config.logs().resolve("feedback.jsonl"), Clock.systemUTC())));
        discord.post(
            StandInJson.QA_CHANNEL,
            StandInJson.user(StandInJson.MEMBER, "member", false),
            "쿠버네티스를 활용하는 기업 비율은?",
            false);

        RestCall reply = discord.await("POST", "/channels/" + StandInJson.QA_CHANNEL + "/messages");
        assertEquals("discord", platform.id());
        assertTrue(
            reply
                .body()
                .path("embeds")
                .path(0)
                .path("fields")
                .path(0)
                .path("value")
                .asText()
                .contains("78%"),
            reply.toString());
      }
    }
  }
}
