package dev.gwanyong.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gwanyong.answer.Answer;
import dev.gwanyong.answer.Answerer;
import dev.gwanyong.answer.Citation;
import dev.gwanyong.answer.Language;
import dev.gwanyong.chat.Dispatcher;
import dev.gwanyong.chat.FeedbackLog;
import dev.gwanyong.config.GwanyongConfig.DiscordConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adapter end to end: JDA logs in to the loopback stand-in, events go in, REST calls come out. */
class DiscordPlatformTest {

  @TempDir Path logs;

  private DiscordStandIn discord;
  private DiscordPlatform platform;

  private void connect(DiscordStandIn standIn) throws Exception {
    discord = standIn;
    Answerer answerer =
        question -> {
          String quote = "쿠버네티스를 활용하는 기업 비율은 78%에 이른다.";
          Citation c =
              new Citation(quote, "k8s", "쿠버네티스와 ‘관용’", 3, 0, quote.length(), "https://example.org/k8s#p3", 1.0,
                  quote, Optional.empty(), List.of(new Citation.Span(0, 5)));
          return new Answer(question, Language.of(question), List.of(c), 0.9, Optional.empty(), 1);
        };
    Dispatcher dispatcher = new Dispatcher(answerer, new FeedbackLog(logs.resolve("feedback.jsonl"), Clock.systemUTC()));
    platform =
        new DiscordPlatform(
            new DiscordConfig(
                Optional.of(discord.apiUrl()),
                Optional.of(discord.gatewayUrl()),
                List.of(StandInJson.QA_CHANNEL),
                List.of()),
            "stand-in-token");
    platform.start(dispatcher);
  }

  @AfterEach
  void disconnect() throws Exception {
    if (platform != null) {
      platform.close();
    }
    if (discord != null) {
      discord.close();
    }
  }

  @Test
  void askIsDeferredThenAnsweredWithAnEmbedQuotingTheSource() throws Exception {
    connect(new DiscordStandIn());

    discord.ask("쿠버네티스를 활용하는 기업 비율은?", false);

    RestCall deferred = discord.await("POST", "/interactions/\\d+/[^/]+/callback");
    assertEquals(5, deferred.body().path("type").asInt(), deferred.toString());
    RestCall answer = discord.await("PATCH", "/webhooks/\\d+/[^/]+/messages/@original");
    assertTrue(answer.body().path("embeds").toString().contains("78%"), answer.toString());
  }
}
