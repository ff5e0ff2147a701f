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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adapter end to end: JDA logs in to the loopback stand-in, events go in, REST calls come out. */
class DiscordPlatformTest {

  private static final String QUESTION = "쿠버네티스를 활용하는 기업 비율은?";
  private static final String CALLBACK = "/interactions/\\d+/[^/]+/callback";
  private static final String ORIGINAL = "/webhooks/\\d+/[^/]+/messages/@original";

  @TempDir Path logs;

  private DiscordStandIn discord;
  private DiscordPlatform platform;

  private void connect(DiscordStandIn standIn, Answerer answerer) throws Exception {
    discord = standIn;
    Dispatcher dispatcher = new Dispatcher(answerer, new FeedbackLog(feedbackFile(), Clock.systemUTC()));
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

  private Path feedbackFile() {
    return logs.resolve("feedback.jsonl");
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
  void asksOnlyForTheIntentsQaChannelsNeedAndRegistersAsk() throws Exception {
    connect(new DiscordStandIn(), quoting("78%"));

    long guilds = 1L; // JDA always asks for GUILDS: it keeps the channel list that permissions are read from
    long guildMessages = 1L << 9;
    long messageContent = 1L << 15;
    assertEquals(guilds | guildMessages | messageContent, discord.identifiedIntents());
    RestCall registration = discord.await("PUT", "/applications/" + StandInJson.APPLICATION + "/commands");
    assertEquals("ask", registration.body().path(0).path("name").asText());
  }

  @Test
  void askIsDeferredThenAnsweredWithAnEmbedQuotingTheSource() throws Exception {
    connect(new DiscordStandIn(), quoting("78%"));

    discord.ask(QUESTION, false);

    RestCall deferred = discord.await("POST", CALLBACK);
    assertEquals(5, deferred.body().path("type").asInt(), deferred.toString());
    assertEquals(64, deferred.body().path("data").path("flags").asInt(), "private unless public:true");
    RestCall answer = discord.await("PATCH", ORIGINAL);
    assertTrue(answer.body().path("embeds").path(0).toString().contains("78%"), answer.toString());
  }

  @Test
  void publicAskIsDeferredVisibleToEveryone() throws Exception {
    connect(new DiscordStandIn(), quoting("78%"));

    discord.ask(QUESTION, true);

    RestCall deferred = discord.await("POST", CALLBACK);
    assertEquals(0, deferred.body().path("data").path("flags").asInt(0) & 64, deferred.toString());
    discord.await("PATCH", ORIGINAL);
  }

  @Test
  void aMentionInAQaChannelGetsAReplyQuotingTheSource() throws Exception {
    connect(new DiscordStandIn(), quoting("78%"));

    JsonNode question =
        discord.post(StandInJson.QA_CHANNEL, member(), "<@" + StandInJson.BOT + "> " + QUESTION, true);

    RestCall reply = discord.await("POST", "/channels/" + StandInJson.QA_CHANNEL + "/messages");
    assertEquals(question.path("id").asText(), reply.body().path("message_reference").path("message_id").asText());
    assertTrue(reply.body().path("embeds").path(0).toString().contains("78%"), reply.toString());
  }

  @Test
  void theAnswerGoesIntoAThreadWhenTheGuildAllowsIt() throws Exception {
    connect(new DiscordStandIn().allowThreads(), quoting("78%"));

    JsonNode question = discord.post(StandInJson.QA_CHANNEL, member(), QUESTION, false);

    discord.await("POST", "/channels/" + StandInJson.QA_CHANNEL + "/messages/" + question.path("id").asText()
        + "/threads");
    RestCall answer = discord.await("POST", "/channels/(?!" + StandInJson.QA_CHANNEL + ")\\d+/messages");
    assertTrue(answer.body().path("embeds").path(0).toString().contains("78%"), answer.toString());
  }

  @Test
  void botsItselfAndOtherChannelsAreIgnored() throws Exception {
    connect(new DiscordStandIn(), quoting("78%"));

    discord.post(StandInJson.QA_CHANNEL, StandInJson.user(StandInJson.OTHER_BOT, "otherbot", true), QUESTION, true);
    discord.post(StandInJson.QA_CHANNEL, StandInJson.botUser(), QUESTION, false);
    discord.post(StandInJson.OTHER_CHANNEL, member(), "<@" + StandInJson.BOT + "> " + QUESTION, true);
    // The gateway delivers in order: once this one is answered, the three before it have been seen and dropped.
    JsonNode last = discord.post(StandInJson.QA_CHANNEL, member(), QUESTION, false);

    RestCall reply = discord.await("POST", "/channels/\\d+/messages");
    assertEquals(last.path("id").asText(), reply.body().path("message_reference").path("message_id").asText());
    Thread.sleep(300);
    List<RestCall> posts = discord.calls().stream().filter(c -> c.path().startsWith("/channels/")).toList();
    assertEquals(1, posts.size(), posts.toString());
  }

  @Test
  void aQuoteContainingEveryonePingsNobody() throws Exception {
    connect(new DiscordStandIn(), quoting("@everyone"));

    discord.ask(QUESTION, true);
    discord.post(StandInJson.QA_CHANNEL, member(), QUESTION, false);

    RestCall answer = discord.await("PATCH", ORIGINAL);
    RestCall reply = discord.await("POST", "/channels/\\d+/messages");
    for (RestCall call : List.of(answer, reply)) {
      assertTrue(call.body().toString().contains("@everyone"), call.toString());
      JsonNode parse = call.body().path("allowed_mentions").path("parse");
      assertTrue(parse.isArray() && parse.isEmpty(), call.toString());
    }
    assertEquals(false, reply.body().path("allowed_mentions").path("replied_user").asBoolean(true));
  }

  @Test
  void aVoteClickIsRecordedInTheFeedbackLog() throws Exception {
    connect(new DiscordStandIn(), quoting("78%"));
    discord.ask(QUESTION, false);
    RestCall answer = discord.await("PATCH", ORIGINAL);
    String upvote = answer.body().path("components").path(0).path("components").path(0).path("custom_id").asText();

    discord.click(discord.json().postedMessage(StandInJson.QA_CHANNEL, answer.body()), upvote);

    RestCall thanks =
        discord.awaitAll("POST", CALLBACK).stream().filter(c -> c.body().path("type").asInt() == 4).findFirst()
            .orElseThrow();
    assertEquals(64, thanks.body().path("data").path("flags").asInt(), "thanks are for the voter only");
    String log = Files.readString(feedbackFile(), StandardCharsets.UTF_8);
    String answerId = VoteButton.parse(upvote).orElseThrow().answerId();
    assertTrue(log.contains("\"kind\":\"vote\"") && log.contains(answerId) && log.contains("\"vote\":\"up\""), log);
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode member() {
    return StandInJson.user(StandInJson.MEMBER, "member", false);
  }

  /** Stand-in answerer until the retrieval core lands: one citation whose quote contains {@code text}. */
  private static Answerer quoting(String text) {
    return question -> {
      String quote = "쿠버네티스를 활용하는 기업은 " + text + "에 이른다.";
      Citation c =
          new Citation(quote, "k8s", "쿠버네티스와 ‘관용’", 3, 0, quote.length(), "https://example.org/k8s#p3", 1.0,
              quote, Optional.empty(), List.of(new Citation.Span(0, 5)));
      return new Answer(question, Language.of(question), List.of(c), 0.9, Optional.empty(), 1);
    };
  }
}
