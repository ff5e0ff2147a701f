package dev.gwanyong.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gwanyong.LogRecords;
import dev.gwanyong.answer.AnswerService;
import dev.gwanyong.answer.Answerer;
import dev.gwanyong.answer.Language;
import dev.gwanyong.answer.Phrases;
import dev.gwanyong.chat.Dispatcher;
import dev.gwanyong.chat.FeedbackLog;
import dev.gwanyong.config.ConfigLoader;
import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.config.GwanyongConfig.DiscordConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adapter end to end: JDA logs in to the loopback stand-in, events go in, REST calls come out.
 * Answers come from the real retrieval core over the bundled corpus (or, for {@code @everyone}, a
 * one-file corpus).
 */
class DiscordPlatformTest {

  private static final String QUESTION = "쿠버네티스를 활용하는 기업 비율은?";
  private static final String CALLBACK = "/interactions/\\d+/[^/]+/callback";
  private static final String ORIGINAL = "/webhooks/\\d+/[^/]+/messages/@original";

  @TempDir static Path bundledIndex;
  @TempDir Path logs;

  private static AnswerService bundled;
  private DiscordStandIn discord;
  private DiscordPlatform platform;
  private AnswerService ownCorpus;

  @BeforeAll
  static void openBundledCorpus() {
    bundled =
        AnswerService.open(
            config(
                Map.of(
                    "data",
                    bundledIndex.toString(),
                    "answer.link_base",
                    "https://example.org/gwanyong/blob/main/")));
  }

  @AfterAll
  static void closeBundledCorpus() throws Exception {
    bundled.close();
  }

  private static GwanyongConfig config(Map<String, Object> flags) {
    return new ConfigLoader(Map.of()).load(flags);
  }

  private void connect(DiscordStandIn standIn, Answerer answerer) throws Exception {
    connect(standIn, answerer, List.of());
  }

  private void connect(DiscordStandIn standIn, Answerer answerer, List<String> guilds)
      throws Exception {
    connect(standIn, answerer, guilds, List.of(StandInJson.QA_CHANNEL));
  }

  private void connect(
      DiscordStandIn standIn, Answerer answerer, List<String> guilds, List<String> qaChannels)
      throws Exception {
    discord = standIn;
    Dispatcher dispatcher =
        new Dispatcher(answerer, new FeedbackLog(feedbackFile(), Clock.systemUTC()));
    platform =
        new DiscordPlatform(
            new DiscordConfig(
                Optional.of(discord.apiUrl()),
                Optional.of(discord.gatewayUrl()),
                qaChannels,
                guilds),
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
    if (ownCorpus != null) {
      ownCorpus.close();
    }
  }

  @Test
  void asksOnlyForTheIntentsQaChannelsNeedAndRegistersAsk() throws Exception {
    connect(new DiscordStandIn(), bundled);

    long guilds =
        1L; // JDA always asks for GUILDS: it keeps the channel list that permissions are read from
    long guildMessages = 1L << 9;
    long directMessages = 1L << 12;
    long messageContent = 1L << 15;
    assertEquals(
        guilds | guildMessages | directMessages | messageContent, discord.identifiedIntents());
    RestCall registration =
        discord.await("PUT", "/applications/" + StandInJson.APPLICATION + "/commands");
    assertEquals("ask", registration.body().path(0).path("name").asText());
  }

  @Test
  void withoutQaChannelsItNeedsNoGuildMessageIntents() throws Exception {
    connect(new DiscordStandIn(), bundled, List.of(), List.of());

    long directMessages = 1L << 12;
    assertEquals(
        1L | directMessages,
        discord.identifiedIntents(),
        "GUILDS and DMs only; MESSAGE_CONTENT is privileged");
  }

  @Test
  void anAskWhosePublicOptionComesAsTextIsDeferredAndAnsweredNotLeftFailing() throws Exception {
    connect(new DiscordStandIn(), bundled);
    // As a command registered by another version sends it: "public" a string, not a boolean.
    ObjectNode ask = discord.json().askInteraction(QUESTION, false);
    ((ObjectNode) ask.path("data").path("options").get(1)).put("type", 3).put("value", "true");

    discord.interact(ask);

    RestCall deferred =
        discord.await("POST", "/interactions/" + ask.path("id").asText() + "/[^/]+/callback");
    assertEquals(5, deferred.body().path("type").asInt(), deferred.toString());
    assertEquals(
        0, deferred.body().path("data").path("flags").asInt(), "public: true, read from text");
    RestCall answer =
        discord.await(
            "PATCH", "/webhooks/\\d+/" + ask.path("token").asText() + "/messages/@original");
    assertTrue(firstQuote(answer).contains("78%"), answer.toString());
  }

  @Test
  void aDirectMessageIsAnsweredAsAReplyInTheConversationAndTheBotsOwnAreNot() throws Exception {
    connect(new DiscordStandIn(), bundled, List.of(), List.of());
    String conversation = "7000000000000000001";

    discord.directMessage(conversation, StandInJson.botUser(), QUESTION);
    JsonNode asked = discord.directMessage(conversation, member(), QUESTION);

    RestCall answer = discord.await("POST", "/channels/" + conversation + "/messages");
    assertTrue(firstQuote(answer).contains("78%"), answer.toString());
    assertEquals(
        asked.path("id").asText(),
        answer.body().path("message_reference").path("message_id").asText());
    Thread.sleep(300);
    assertEquals(
        1,
        discord.calls().stream()
            .filter(c -> c.is("POST", "/channels/" + conversation + "/messages"))
            .count(),
        "the bot's own message is not a question");
  }

  @Test
  void askWorksInDirectMessagesAndKbOnlyInGuilds() throws Exception {
    connect(new DiscordStandIn(), bundled);

    RestCall registration =
        discord.await("PUT", "/applications/" + StandInJson.APPLICATION + "/commands");
    assertEquals("ask", registration.body().path(0).path("name").asText());
    assertEquals(
        "[0,1]", registration.body().path(0).path("contexts").toString().replace("\"", ""));
    assertEquals("[0]", registration.body().path(1).path("contexts").toString().replace("\"", ""));
  }

  @Test
  void questionsTheSourcesDoNotCoverGetAPoliteRefusal() throws Exception {
    connect(new DiscordStandIn(), bundled);

    discord.ask("What is the recipe for kimchi stew?", false);

    RestCall refusal = discord.await("PATCH", ORIGINAL);
    JsonNode embed = refusal.body().path("embeds").path(0);
    assertEquals(
        Phrases.of(Language.ENGLISH).notCovered(),
        embed.path("title").asText(),
        refusal.toString());
    JsonNode buttons = refusal.body().path("components").path(0).path("components");
    assertEquals(1, buttons.size(), "no 👍/👎 under a refusal, only: " + buttons);
    assertEquals(
        Phrases.of(Language.ENGLISH).shouldHaveAnswered(), buttons.path(0).path("label").asText());
    assertEquals(
        false,
        VoteButton.parse(buttons.path(0).path("custom_id").asText()).orElseThrow().helpful());
    String log = Files.readString(feedbackFile(), StandardCharsets.UTF_8);
    assertTrue(log.contains("\"kind\":\"refused\"") && log.contains("kimchi stew"), log);
  }

  @Test
  void commandsAreRegisteredInTheConfiguredGuildsInsteadOfGlobally() throws Exception {
    connect(new DiscordStandIn(), bundled, List.of(StandInJson.GUILD));

    RestCall registration =
        discord.await(
            "PUT",
            "/applications/"
                + StandInJson.APPLICATION
                + "/guilds/"
                + StandInJson.GUILD
                + "/commands");
    assertEquals("ask", registration.body().path(0).path("name").asText());
    assertTrue(discord.calls().stream().noneMatch(c -> c.is("PUT", "/applications/\\d+/commands")));
  }

  @Test
  void aGuildThatRefusesTheCommandsIsNamedInAWarningAndTheBotServesOn() throws Exception {
    try (LogRecords log = new LogRecords()) {
      // The refusing guild first: the one after it must still get its commands.
      connect(
          new DiscordStandIn().joinOtherGuildWithoutCommandsScope(),
          bundled,
          List.of(StandInJson.OTHER_GUILD, StandInJson.GUILD));

      assertTrue(platform.connected());
      discord.await("PUT", DiscordStandIn.guildCommands(StandInJson.OTHER_GUILD));
      RestCall registration = discord.await("PUT", DiscordStandIn.guildCommands(StandInJson.GUILD));
      assertEquals("ask", registration.body().path(0).path("name").asText());
      assertEquals(1, log.warnings().size(), log.warnings().toString());
      String warning = log.warnings().getFirst();
      assertTrue(
          warning.contains("in guild " + StandInJson.OTHER_GUILD + " (50001 Missing Access)"),
          warning);
      assertTrue(
          warning.contains("re-invite the bot") && warning.contains("applications.commands"),
          warning);
      assertFalse(warning.contains("stand-in-token"), warning);
      assertEquals(List.of(), log.stackTraces());
    }

    discord.ask(QUESTION, false);

    RestCall answer = discord.await("PATCH", ORIGINAL);
    assertTrue(firstQuote(answer).contains("78%"), answer.toString());
  }

  @Test
  void refusedGlobalCommandsAreAWarningAndDirectMessagesAreStillAnswered() throws Exception {
    try (LogRecords log = new LogRecords()) {
      connect(new DiscordStandIn().refuseGlobalCommands(), bundled);

      assertTrue(platform.connected());
      assertEquals(1, log.warnings().size(), log.warnings().toString());
      String warning = log.warnings().getFirst();
      assertTrue(
          warning.contains("globally (50001 Missing Access)")
              && warning.contains("applications.commands"),
          warning);
    }
    String conversation = "7000000000000000003";

    discord.directMessage(conversation, member(), QUESTION);

    RestCall answer = discord.await("POST", "/channels/" + conversation + "/messages");
    assertTrue(firstQuote(answer).contains("78%"), answer.toString());
  }

  @Test
  void askIsDeferredThenAnsweredWithAnEmbedQuotingTheSource() throws Exception {
    connect(new DiscordStandIn(), bundled);

    discord.ask(QUESTION, false);

    RestCall deferred = discord.await("POST", CALLBACK);
    assertEquals(5, deferred.body().path("type").asInt(), deferred.toString());
    assertEquals(
        64, deferred.body().path("data").path("flags").asInt(), "private unless public:true");
    RestCall answer = discord.await("PATCH", ORIGINAL);
    assertTrue(firstQuote(answer).contains("78%"), answer.toString());
    String field =
        answer.body().path("embeds").path(0).path("fields").path(0).path("value").asText();
    assertTrue(
        field.endsWith(
            "[쿠버네티스와"
                + " ‘관용’](https://example.org/gwanyong/blob/main/index/kubernetes-tolerance.txt#L7)"
                + " · ¶1"),
        "the source is a link: " + field);
  }

  @Test
  void publicAskIsDeferredVisibleToEveryone() throws Exception {
    connect(new DiscordStandIn(), bundled);

    discord.ask(QUESTION, true);

    RestCall deferred = discord.await("POST", CALLBACK);
    assertEquals(0, deferred.body().path("data").path("flags").asInt(0) & 64, deferred.toString());
    discord.await("PATCH", ORIGINAL);
  }

  @Test
  void aMentionInAQaChannelGetsAReplyQuotingTheSource() throws Exception {
    connect(new DiscordStandIn(), bundled);

    JsonNode question =
        discord.post(
            StandInJson.QA_CHANNEL, member(), "<@" + StandInJson.BOT + "> " + QUESTION, true);

    RestCall reply = discord.await("POST", "/channels/" + StandInJson.QA_CHANNEL + "/messages");
    assertEquals(
        question.path("id").asText(),
        reply.body().path("message_reference").path("message_id").asText());
    assertTrue(firstQuote(reply).contains("78%"), reply.toString());
  }

  /**
   * A question put to a member in a Q&A channel ("<@member> when…?") is answered as the bare one:
   * the mention's id is no word of it.
   */
  @Test
  void aQuestionThatMentionsAMemberIsAnsweredFromTheSource() throws Exception {
    connect(new DiscordStandIn(), bundled);

    discord.post(
        StandInJson.QA_CHANNEL, member(), "<@123456789012345678> 쿠버네티스 1.0은 언제 발표됐어?", false);

    RestCall reply = discord.await("POST", "/channels/" + StandInJson.QA_CHANNEL + "/messages");
    assertTrue(firstQuote(reply).contains("2015년 7월 21일"), reply.toString());
  }

  /** "@bot 감사합니다!" is said to the bot: a friendly word back, in Korean, and no refusal logged. */
  @Test
  void aRemarkSaidToTheBotGetsAFriendlyWordNotARefusal() throws Exception {
    connect(new DiscordStandIn(), bundled);

    JsonNode remark =
        discord.post(StandInJson.QA_CHANNEL, member(), "<@" + StandInJson.BOT + "> 감사합니다!", true);

    RestCall reply = discord.await("POST", "/channels/" + StandInJson.QA_CHANNEL + "/messages");
    assertEquals(
        remark.path("id").asText(),
        reply.body().path("message_reference").path("message_id").asText());
    assertEquals(Phrases.of(Language.KOREAN).remarkReply(), reply.body().path("content").asText());
    assertFalse(Files.exists(feedbackFile()), "no refusal was logged");
  }

  @Test
  void theAnswerGoesIntoAThreadWhenTheGuildAllowsIt() throws Exception {
    connect(new DiscordStandIn().allowThreads(), bundled);

    JsonNode question = discord.post(StandInJson.QA_CHANNEL, member(), QUESTION, false);

    discord.await(
        "POST",
        "/channels/"
            + StandInJson.QA_CHANNEL
            + "/messages/"
            + question.path("id").asText()
            + "/threads");
    RestCall answer =
        discord.await("POST", "/channels/(?!" + StandInJson.QA_CHANNEL + ")\\d+/messages");
    assertTrue(firstQuote(answer).contains("78%"), answer.toString());
  }

  @Test
  void aQuestionDeletedBeforeItsAnswerGetsNoAnswerPostedOnItsOwn() throws Exception {
    connect(new DiscordStandIn().allowThreads(), bundled);
    String channelMessages = "/channels/" + StandInJson.QA_CHANNEL + "/messages";

    JsonNode question =
        discord.deliverDeleted(
            discord.json().message(StandInJson.QA_CHANNEL, member(), QUESTION, false));

    discord.await("POST", channelMessages + "/" + question.path("id").asText() + "/threads");
    JsonNode next = discord.post(StandInJson.QA_CHANNEL, member(), QUESTION, false);
    discord.await("POST", channelMessages + "/" + next.path("id").asText() + "/threads");
    discord.await("POST", "/channels/(?!" + StandInJson.QA_CHANNEL + ")\\d+/messages");
    assertTrue(
        discord.calls().stream().noneMatch(c -> c.is("POST", channelMessages)),
        "no answer in the channel, replying to nothing: " + discord.calls());
  }

  @Test
  void withoutThreadsAReplyToADeletedQuestionAsksDiscordToRefuseIt() throws Exception {
    connect(new DiscordStandIn(), bundled);
    String conversation = "7000000000000000002";

    JsonNode inChannel =
        discord.deliverDeleted(
            discord.json().message(StandInJson.QA_CHANNEL, member(), QUESTION, false));
    JsonNode direct =
        discord.deliverDeleted(discord.json().directMessage(conversation, member(), QUESTION));

    for (JsonNode question : List.of(inChannel, direct)) {
      RestCall reply =
          discord.await("POST", "/channels/" + question.path("channel_id").asText() + "/messages");
      JsonNode reference = reply.body().path("message_reference");
      assertEquals(question.path("id").asText(), reference.path("message_id").asText());
      assertTrue(
          reference.path("fail_if_not_exists").asBoolean(true),
          "refused, not posted on its own: " + reference);
    }
  }

  @Test
  void aQuestionOfControlCharactersIsStillAnsweredInAThreadNamedWithoutThem() throws Exception {
    connect(new DiscordStandIn().allowThreads(), bundled);

    // JDA trims a thread's name of control characters and throws on an empty one: this question got
    // no answer. It mentions the bot, as a message that asks nothing and does not is left alone.
    JsonNode bell =
        discord.post(
            StandInJson.QA_CHANNEL,
            member(),
            "<@" + StandInJson.BOT + "> \u0007 \u0001\u001b",
            true);
    RestCall named =
        discord.await(
            "POST",
            "/channels/"
                + StandInJson.QA_CHANNEL
                + "/messages/"
                + bell.path("id").asText()
                + "/threads");
    assertEquals("Gwanyong", named.body().path("name").asText());
    discord.await("POST", "/channels/(?!" + StandInJson.QA_CHANNEL + ")\\d+/messages");

    JsonNode question =
        discord.post(StandInJson.QA_CHANNEL, member(), "\u0007" + QUESTION + "\n\u001b[0m", false);
    RestCall thread =
        discord.await(
            "POST",
            "/channels/"
                + StandInJson.QA_CHANNEL
                + "/messages/"
                + question.path("id").asText()
                + "/threads");
    assertEquals(QUESTION + "  [0m", thread.body().path("name").asText());
  }

  @Test
  void botsItselfOtherChannelsAndMessagesThatAskNothingAreIgnored() throws Exception {
    connect(new DiscordStandIn(), bundled);

    discord.post(
        StandInJson.QA_CHANNEL,
        StandInJson.user(StandInJson.OTHER_BOT, "otherbot", true),
        QUESTION,
        true);
    discord.post(StandInJson.QA_CHANNEL, StandInJson.botUser(), QUESTION, false);
    discord.post(
        StandInJson.OTHER_CHANNEL, member(), "<@" + StandInJson.BOT + "> " + QUESTION, true);
    // Members' own talk in the Q&A channel.
    discord.post(StandInJson.QA_CHANNEL, member(), "ok, thanks!", false);
    discord.post(StandInJson.QA_CHANNEL, member(), "아 그렇군요, 감사합니다!", false);
    discord.post(StandInJson.QA_CHANNEL, member(), "👍", false);
    // The gateway delivers in order: once this one is answered, the six before it have been seen
    // and dropped.
    JsonNode last = discord.post(StandInJson.QA_CHANNEL, member(), QUESTION, false);

    RestCall reply = discord.await("POST", "/channels/\\d+/messages");
    assertEquals(
        last.path("id").asText(),
        reply.body().path("message_reference").path("message_id").asText());
    Thread.sleep(300);
    List<RestCall> posts =
        discord.calls().stream().filter(c -> c.path().startsWith("/channels/")).toList();
    assertEquals(1, posts.size(), posts.toString());
  }

  @Test
  void inAThreadUnderAQaChannelOnlyAMentionIsAQuestion() throws Exception {
    connect(new DiscordStandIn().allowThreads(), bundled);

    discord.post(StandInJson.QA_THREAD, member(), "thanks, that helps", false);
    JsonNode mention =
        discord.post(
            StandInJson.QA_THREAD, member(), "<@" + StandInJson.BOT + "> " + QUESTION, true);

    RestCall reply = discord.await("POST", "/channels/" + StandInJson.QA_THREAD + "/messages");
    assertEquals(
        mention.path("id").asText(),
        reply.body().path("message_reference").path("message_id").asText());
    assertTrue(firstQuote(reply).contains("78%"), reply.toString());
    Thread.sleep(300);
    assertEquals(
        1, discord.calls().stream().filter(c -> c.path().startsWith("/channels/")).count());
  }

  @Test
  void aMessageDeliveredTwiceIsAnsweredOnce() throws Exception {
    connect(new DiscordStandIn(), bundled);

    JsonNode question = discord.post(StandInJson.QA_CHANNEL, member(), QUESTION, false);
    discord.redeliver(question);
    JsonNode last = discord.post(StandInJson.QA_CHANNEL, member(), QUESTION, false);

    List<RestCall> replies = discord.awaitAll("POST", "/channels/\\d+/messages");
    Thread.sleep(300);
    List<String> answered =
        discord.calls().stream()
            .filter(c -> c.is("POST", "/channels/\\d+/messages"))
            .map(c -> c.body().path("message_reference").path("message_id").asText())
            .sorted()
            .toList();
    assertEquals(
        List.of(question.path("id").asText(), last.path("id").asText()),
        answered,
        replies.toString());
  }

  @Test
  void aRetriedAskIsNotAcknowledgedAgainAndLeavesTheAnswerInPlace() throws Exception {
    connect(new DiscordStandIn(), bundled);
    JsonNode first = discord.ask(QUESTION, false);
    discord.await("PATCH", ORIGINAL);

    discord.redeliverInteraction(first);
    // The gateway delivers in order: once the next question is answered, the retry has been seen.
    discord.ask(QUESTION, false);
    discord.awaitAll("PATCH", ORIGINAL);
    Thread.sleep(300);

    String firstCallback = "/interactions/" + first.path("id").asText() + "/.*";
    assertEquals(
        1,
        discord.calls().stream().filter(c -> c.is("POST", firstCallback)).count(),
        discord.calls().toString());
    assertTrue(
        discord.calls().stream().noneMatch(c -> c.is("DELETE", ORIGINAL)),
        discord.calls().toString());
  }

  @Test
  void aQuoteContainingEveryonePingsNobody() throws Exception {
    Path corpus = logs.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(
        corpus.resolve("announcements.txt"),
        """
        ---
        id: announcements
        title: Release announcements
        lang: en
        url: https://example.org/announcements
        licence: CC0, written for this test
        ---
        The release notes were posted to @everyone in the project channel on Friday.
        Weather forecasts for the weekend promise rain in the north and sun in the south.
        """,
        StandardCharsets.UTF_8);
    ownCorpus =
        AnswerService.open(
            config(Map.of("corpus", corpus.toString(), "data", logs.resolve("data").toString())));
    connect(new DiscordStandIn(), ownCorpus);
    String question = "Where were the release notes posted?";

    discord.ask(question, true);
    discord.post(StandInJson.QA_CHANNEL, member(), question, false);

    RestCall answer = discord.await("PATCH", ORIGINAL);
    RestCall reply = discord.await("POST", "/channels/\\d+/messages");
    for (RestCall call : List.of(answer, reply)) {
      assertTrue(firstQuote(call).contains("@everyone"), call.toString());
      JsonNode parse = call.body().path("allowed_mentions").path("parse");
      assertTrue(parse.isArray() && parse.isEmpty(), call.toString());
    }
    assertEquals(false, reply.body().path("allowed_mentions").path("replied_user").asBoolean(true));
  }

  @Test
  void aTitleCannotPointTheCitationLinkElsewhereNorShowAsMentionsOrFormatting() throws Exception {
    Path corpus = logs.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(
        corpus.resolve("hostile.txt"),
        """
        ---
        id: hostile
        title: a](https://evil.example) **b** <@123> @everyone [c
        lang: en
        url: https://example.org/hostile
        licence: CC0, written for this test
        ---
        The zebra crossing by the town hall was painted purple in 1999, and <@&2002> were told first.
        """,
        StandardCharsets.UTF_8);
    ownCorpus =
        AnswerService.open(
            config(Map.of("corpus", corpus.toString(), "data", logs.resolve("data").toString())));
    connect(new DiscordStandIn(), ownCorpus);

    discord.ask("When was the zebra crossing painted purple?", true);

    RestCall answer = discord.await("PATCH", ORIGINAL);
    String field =
        answer.body().path("embeds").path(0).path("fields").path(0).path("value").asText();
    String source = field.lines().reduce((first, second) -> second).orElseThrow();
    assertTrue(
        source.startsWith(
            "[a)(https://evil.example) \\*\\*b\\*\\* \\<\\@123> \\@everyone"
                + " (c](https://example.org/hostile"),
        field);
    assertEquals(
        source.indexOf("](https://example.org/hostile"),
        source.indexOf(']'),
        "the link ends where ours does");
    assertTrue(firstQuote(answer).contains("and \\<\\@&2002> were told first"), field);
  }

  @Test
  void aVoteClickIsRecordedShownAsACountOnTheMessageAndThankedPrivately() throws Exception {
    connect(new DiscordStandIn(), bundled);
    discord.ask(QUESTION, false);
    RestCall answer = discord.await("PATCH", ORIGINAL);
    JsonNode message = discord.json().postedMessage(StandInJson.QA_CHANNEL, answer.body());
    String upvote =
        answer
            .body()
            .path("components")
            .path(0)
            .path("components")
            .path(0)
            .path("custom_id")
            .asText();
    String downvote =
        answer
            .body()
            .path("components")
            .path(0)
            .path("components")
            .path(1)
            .path("custom_id")
            .asText();

    discord.click(message, upvote);
    assertEquals(List.of("👍 1", "👎"), labels(awaitCountUpdate(1)));
    RestCall thanks = discord.await("POST", "/webhooks/\\d+/[^/]+");
    assertEquals(64, thanks.body().path("flags").asInt(), "thanks are for the voter only");

    discord.click(message, upvote);
    assertEquals(
        List.of("👍 1", "👎"), labels(awaitCountUpdate(2)), "the same click twice is one vote");
    discord.click(message, downvote);
    assertEquals(
        List.of("👍", "👎 1"), labels(awaitCountUpdate(3)), "a second click changes the vote");

    String answerId = VoteButton.parse(upvote).orElseThrow().answerId();
    List<String> votes =
        Files.readAllLines(feedbackFile(), StandardCharsets.UTF_8).stream()
            .filter(l -> l.contains("\"kind\":\"vote\"") && l.contains(answerId))
            .map(l -> l.contains("\"vote\":\"up\"") ? "up" : "down")
            .toList();
    assertEquals(List.of("up", "down"), votes, "only changes are logged");
  }

  @Test
  void showMoreRepliesWithTheWholeParagraphForTheClickerOnly() throws Exception {
    connect(new DiscordStandIn(), bundled);
    discord.ask(QUESTION, false);
    RestCall answer = discord.await("PATCH", ORIGINAL);
    JsonNode more = answer.body().path("components").path(1).path("components").path(0);
    assertTrue(more.path("label").asText().startsWith("📄 더 보기"), more.toString());

    discord.click(
        discord.json().postedMessage(StandInJson.QA_CHANNEL, answer.body()),
        more.path("custom_id").asText());

    RestCall shown =
        discord.awaitAll("POST", CALLBACK).stream()
            .filter(c -> c.body().path("type").asInt() == 4)
            .findFirst()
            .orElseThrow();
    assertEquals(64, shown.body().path("data").path("flags").asInt(), "for the clicker only");
    String paragraph =
        shown.body().path("data").path("embeds").path(0).path("description").asText();
    assertTrue(paragraph.contains("**미국 클라우드 컴퓨팅 재단 CNCF가"), paragraph);
  }

  @Test
  void aClickDeliveredAgainIsAcknowledgedOnceAndLogsNothing() throws Exception {
    connect(new DiscordStandIn(), bundled);
    discord.ask(QUESTION, false);
    RestCall answer = discord.await("PATCH", ORIGINAL);
    JsonNode message = discord.json().postedMessage(StandInJson.QA_CHANNEL, answer.body());
    String upvote =
        answer
            .body()
            .path("components")
            .path(0)
            .path("components")
            .path(0)
            .path("custom_id")
            .asText();
    String more =
        answer
            .body()
            .path("components")
            .path(1)
            .path("components")
            .path(0)
            .path("custom_id")
            .asText();

    try (LogRecords log = new LogRecords()) {
      JsonNode vote = discord.click(message, upvote);
      awaitCountUpdate(1);
      discord.redeliverInteraction(vote);
      JsonNode show = discord.click(message, more);
      discord.await("POST", "/interactions/" + show.path("id").asText() + "/[^/]+/callback");
      discord.redeliverInteraction(show);
      // The gateway delivers in order: once this click is answered, both retries have been seen.
      discord.click(message, upvote);
      awaitCountUpdate(2);
      Thread.sleep(300);

      for (JsonNode click : List.of(vote, show)) {
        String callback = "/interactions/" + click.path("id").asText() + "/.*";
        assertEquals(
            1, discord.calls().stream().filter(c -> c.is("POST", callback)).count(), callback);
      }
      assertEquals(List.of(), log.warnings());
    }
  }

  /** The {@code count}-th message update a click made (interaction callback type 7). */
  private JsonNode awaitCountUpdate(int count) throws InterruptedException {
    java.time.Instant deadline = java.time.Instant.now().plusSeconds(15);
    while (java.time.Instant.now().isBefore(deadline)) {
      List<RestCall> updates =
          discord.calls().stream()
              .filter(c -> c.is("POST", CALLBACK) && c.body().path("type").asInt() == 7)
              .toList();
      if (updates.size() >= count) {
        return updates.get(count - 1).body().path("data");
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no message update " + count + "; calls: " + discord.calls());
  }

  private static List<String> labels(JsonNode data) {
    return data.path("components")
        .path(0)
        .path("components")
        .valueStream()
        .map(b -> b.path("label").asText())
        .toList();
  }

  /** The first citation's quote: the first line of the embed's first field. */
  private static String firstQuote(RestCall call) {
    return call.body()
        .path("embeds")
        .path(0)
        .path("fields")
        .path(0)
        .path("value")
        .asText()
        .lines()
        .findFirst()
        .orElse("");
  }

  private static ObjectNode member() {
    return StandInJson.user(StandInJson.MEMBER, "member", false);
  }
}
