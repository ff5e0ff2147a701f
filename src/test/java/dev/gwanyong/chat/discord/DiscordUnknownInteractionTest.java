package dev.gwanyong.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gwanyong.LogRecords;
import dev.gwanyong.answer.Language;
import dev.gwanyong.answer.Phrases;
import dev.gwanyong.chat.Dispatcher;
import dev.gwanyong.chat.FeedbackLog;
import dev.gwanyong.config.GwanyongConfig.DiscordConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interactions the bot has no listener for, end to end through the stand-in: Discord shows the
 * member "This interaction failed" for one left unanswered, so each gets a short private reply, and
 * the log one warning line without a stack trace.
 */
class DiscordUnknownInteractionTest {

  private static final String CALLBACK = "/interactions/%s/%s/callback";

  @TempDir Path logs;

  private DiscordStandIn discord;
  private DiscordPlatform platform;

  @BeforeEach
  void connect() throws Exception {
    discord = new DiscordStandIn();
    Dispatcher dispatcher =
        new Dispatcher(
            question -> {
              throw new AssertionError("no question is asked");
            },
            new FeedbackLog(logs.resolve("feedback.jsonl"), Clock.systemUTC()));
    platform =
        new DiscordPlatform(
            new DiscordConfig(
                Optional.of(discord.apiUrl()),
                Optional.of(discord.gatewayUrl()),
                List.of(),
                List.of()),
            "stand-in-token");
    platform.start(dispatcher);
  }

  @AfterEach
  void disconnect() {
    platform.close();
    discord.close();
  }

  @Test
  void aButtonThatIsNotOursOrDoesNotParseIsToldItIsNoLongerValid() throws Exception {
    JsonNode message =
        discord.json().message(StandInJson.QA_CHANNEL, StandInJson.botUser(), "an answer", false);
    // Not ours; a vote without a direction or an answer; "show more" without a rank or an answer; a
    // bare prefix.
    List<String> customIds =
        List.of(
            "someone-else:click",
            "gwanyong:vote:sideways:4f1c2a9b0d3e",
            "gwanyong:vote:up",
            "gwanyong:more:two:4f1c2a9b0d3e",
            "gwanyong:more:1",
            "gwanyong:");
    for (String customId : customIds) {
      try (LogRecords log = new LogRecords()) {
        JsonNode click = discord.click(message, customId);

        JsonNode reply = privateReply(click);
        assertEquals(
            Phrases.of(Language.ENGLISH).buttonNotValid(),
            reply.path("content").asText(),
            customId);
        assertEquals(1, log.warnings().size(), customId + ": " + log.warnings());
        assertEquals(List.of(), log.stackTraces(), customId);
      }
    }
  }

  @Test
  void aCommandTheBotDoesNotHaveIsToldItIsUnknown() throws Exception {
    try (LogRecords log = new LogRecords()) {
      JsonNode command = discord.command("old_search");

      JsonNode reply = privateReply(command);
      assertEquals(
          "Unknown command /old\\_search. Use /ask to ask a question.",
          reply.path("content").asText());
      assertEquals(1, log.warnings().size(), log.warnings().toString());
      assertEquals(List.of(), log.stackTraces());
    }
  }

  /**
   * The data of the immediate reply to {@code interaction}, checked to be for the member only and
   * to ping no one.
   */
  private JsonNode privateReply(JsonNode interaction) throws InterruptedException {
    RestCall call =
        discord.await(
            "POST",
            CALLBACK.formatted(
                interaction.path("id").asText(), interaction.path("token").asText()));
    assertEquals(4, call.body().path("type").asInt(), call.toString());
    JsonNode data = call.body().path("data");
    assertEquals(64, data.path("flags").asInt(), "only the member sees it: " + call);
    assertEquals(0, data.path("allowed_mentions").path("parse").size(), call.toString());
    return data;
  }
}
