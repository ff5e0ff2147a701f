package dev.gwanyong.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gwanyong.LogRecords;
import dev.gwanyong.answer.AnswerService;
import dev.gwanyong.answer.Language;
import dev.gwanyong.answer.Phrases;
import dev.gwanyong.chat.Dispatcher;
import dev.gwanyong.chat.FeedbackLog;
import dev.gwanyong.config.ConfigLoader;
import dev.gwanyong.config.GwanyongConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Slack app in HTTP mode, end to end without Slack: signed requests go to the running app's
 * {@code /slack/events}, and everything it sends lands on a loopback stand-in for the Web API.
 * Answers come from the real {@link AnswerService} over the bundled corpus, indexed into a
 * temporary folder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackHttpModeTest {

  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final String QUESTION = "쿠버네티스를 활용하는 기업 비율은?";
  private static final String QA_CHANNEL = "CQANDA";
  private static final String OTHER_CHANNEL = "CGENERAL";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final AtomicInteger ids = new AtomicInteger();
  private SlackApiStub slack;
  private AnswerService answers;
  private SlackPlatform platform;
  private SignedSlackClient client;
  private Path feedbackFile;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    slack = new SlackApiStub();
    Map<String, Object> flags = new LinkedHashMap<>();
    flags.put("data", dir.resolve("data").toString());
    flags.put("logs", dir.resolve("logs").toString());
    flags.put("slack.mode", "http");
    flags.put("slack.port", "0");
    flags.put("slack.api_url", slack.apiUrl().toString());
    flags.put("slack.qa_channels", QA_CHANNEL);
    flags.put("answer.link_base", "https://example.org/gwanyong/blob/main/");
    GwanyongConfig config = new ConfigLoader(Map.of()).load(flags);
    feedbackFile = config.logs().resolve("feedback.jsonl");
    answers = AnswerService.open(config);
    Dispatcher dispatcher =
        new Dispatcher(answers, new FeedbackLog(feedbackFile, Clock.systemUTC()));
    platform =
        new SlackPlatform(
            config.slack(),
            new SlackPlatform.Credentials("xoxb-test", Optional.of(SECRET), Optional.empty()));
    platform.start(dispatcher);
    int port = platform.httpAddress().orElseThrow().getPort();
    client =
        new SignedSlackClient(
            URI.create("http://127.0.0.1:" + port + SlackHttpEndpoint.PATH), SECRET);
  }

  @AfterAll
  void stop() throws Exception {
    platform.close();
    slack.close();
    answers.close();
  }

  @BeforeEach
  void forgetCalls() {
    slack.clear();
  }

  @Test
  void signedAskIsAnsweredPrivatelyWithCitedQuoteVotesAndPostButton() throws Exception {
    HttpResponse<String> ack = ask(QUESTION, "ask-1");
    assertEquals(200, ack.statusCode());

    SlackApiStub.Call reply = slack.await(c -> c.path().equals("/respond/ask-1"));
    assertEquals("ephemeral", reply.params().get("response_type"));
    String blocks = reply.blocks().toString();
    assertTrue(blocks.contains("78%"), blocks);
    assertTrue(blocks.contains("\"text\":\"> "), "the quote is a block quote: " + blocks);
    List<String> actionIds =
        buttons(reply.blocks()).stream().map(b -> b.path("action_id").asText()).toList();
    assertEquals(
        List.of(SlackRenderer.VOTE_UP, SlackRenderer.VOTE_DOWN, SlackRenderer.POST_TO_CHANNEL),
        actionIds);
  }

  @Test
  void wrongOrStaleSignatureIsRejectedAndNothingIsAnswered() throws Exception {
    String body = SignedSlackClient.form(command(QUESTION, "forged"));
    String form = "application/x-www-form-urlencoded";
    assertEquals(401, client.post(body, form, Instant.now(), "not-the-secret").statusCode());
    assertEquals(
        401,
        client.post(body, form, Instant.now().minus(Duration.ofMinutes(10)), SECRET).statusCode());

    ask(QUESTION, "after-forged");
    slack.await(c -> c.path().equals("/respond/after-forged"));
    assertTrue(
        slack.calls().stream().noneMatch(c -> c.path().equals("/respond/forged")),
        slack.calls().toString());
  }

  @Test
  void urlVerificationChallengeIsEchoedSoSlackAcceptsTheRequestUrl() throws Exception {
    HttpResponse<String> response =
        client.postJson(
            "{\"token\":\"legacy-unused\",\"challenge\":\"3eZbrw1aB\",\"type\":\"url_verification\"}");

    assertEquals(200, response.statusCode());
    assertEquals("3eZbrw1aB", response.body());
  }

  @Test
  void mentionIsAnsweredInItsThreadWithTheCitedQuote() throws Exception {
    String ts = nextTs();
    assertEquals(
        200,
        client
            .postJson(
                event("app_mention", "UALICE", OTHER_CHANNEL, "<@UGWANYONG> " + QUESTION, ts, null))
            .statusCode());

    SlackApiStub.Call post = slack.await(c -> c.method().equals("chat.postMessage"));
    assertEquals(OTHER_CHANNEL, post.params().get("channel"));
    assertEquals(ts, post.params().get("thread_ts"));
    assertTrue(post.blocks().toString().contains("78%"), post.blocks().toString());
    assertTrue(
        post.blocks()
            .toString()
            .contains(
                "<https://example.org/gwanyong/blob/main/index/kubernetes-tolerance.txt#L7|쿠버네티스와"
                    + " ‘관용’>"),
        "the source is a mrkdwn link: " + post.blocks());

    String root = nextTs();
    client.postJson(
        event("app_mention", "UALICE", OTHER_CHANNEL, "<@UGWANYONG> " + QUESTION, nextTs(), root));
    SlackApiStub.Call inThread =
        slack.await(
            c -> c.method().equals("chat.postMessage") && root.equals(c.params().get("thread_ts")));
    assertEquals(OTHER_CHANNEL, inThread.params().get("channel"));
  }

  @Test
  void aQuestionDeletedBeforeItsAnswerGetsNoAnswerAndOneInfoLine() throws Exception {
    String ts = nextTs();
    slack.delete(QA_CHANNEL, ts);

    try (LogRecords log = new LogRecords()) {
      client.postJson(event("message", "UALICE", QA_CHANNEL, QUESTION, ts, null));

      slack.await(
          c -> c.method().equals("chat.postMessage") && ts.equals(c.params().get("thread_ts")));
      Instant deadline = Instant.now().plusSeconds(10);
      while (ownLines(log.at(Level.INFO)).isEmpty() && Instant.now().isBefore(deadline)) {
        Thread.sleep(20);
      }
      assertEquals(1, ownLines(log.at(Level.INFO)).size(), log.at(Level.INFO).toString());
      assertEquals(List.of(), ownLines(log.warnings()));
      assertEquals(List.of(), log.stackTraces());
    }
  }

  private static List<String> ownLines(List<String> lines) {
    return lines.stream().filter(l -> l.startsWith(SlackMessageListeners.class.getName())).toList();
  }

  @Test
  void ownBotEditedMessagesOtherThreadsAndMessagesThatAskNothingAreIgnored() throws Exception {
    client.postJson(event("message", SlackApiStub.BOT_USER, QA_CHANNEL, QUESTION, nextTs(), null));
    client.postJson(botMessage(QUESTION));
    client.postJson(edited(QUESTION));
    client.postJson(
        event("message", "UALICE", QA_CHANNEL, QUESTION, nextTs(), "1600000000.000001"));
    client.postJson(event("message", "UALICE", OTHER_CHANNEL, QUESTION, nextTs(), null));

    String asked = nextTs();
    client.postJson(event("message", "UALICE", QA_CHANNEL, QUESTION, asked, null));
    SlackApiStub.Call answer = slack.await(c -> c.method().equals("chat.postMessage"));
    assertEquals(asked, answer.params().get("thread_ts"));
    Thread.sleep(300);
    assertEquals(1, slack.calls("chat.postMessage").size(), slack.calls().toString());

    // A follow-up in the thread the bot was asked in is a question too, when it asks something.
    client.postJson(event("message", "UBOB", QA_CHANNEL, "ok, thanks!", nextTs(), asked));
    client.postJson(event("message", "UALICE", QA_CHANNEL, "네 알겠습니다 ㅎㅎ", nextTs(), asked));
    client.postJson(event("message", "UALICE", QA_CHANNEL, "👍", nextTs(), null));
    String followUp = nextTs();
    client.postJson(event("message", "UBOB", QA_CHANNEL, QUESTION, followUp, asked));
    slack.await(
        c ->
            c.method().equals("chat.postMessage")
                && c.params().get("thread_ts").equals(asked)
                && slack.calls("chat.postMessage").size() == 2);
    Thread.sleep(300);
    assertEquals(2, slack.calls("chat.postMessage").size(), "the remarks and 👍 are left alone");
  }

  @Test
  void retriedDeliveriesAndTheMessageBehindAMentionAreAnsweredOnce() throws Exception {
    String ts = nextTs();
    String mention =
        event("app_mention", "UALICE", QA_CHANNEL, "<@UGWANYONG> " + QUESTION, ts, null);
    client.postJson(mention);
    client.postJson(mention); // Slack's retry of the same delivery
    client.postJson(event("message", "UALICE", QA_CHANNEL, "<@UGWANYONG> " + QUESTION, ts, null));

    slack.await(c -> c.method().equals("chat.postMessage"));
    Thread.sleep(300);
    assertEquals(1, slack.calls("chat.postMessage").size(), slack.calls().toString());
  }

  @Test
  void voteClickIsRecordedInTheFeedbackLogAndThanked() throws Exception {
    ask(QUESTION, "vote-source");
    JsonNode blocks = slack.await(c -> c.path().equals("/respond/vote-source")).blocks();
    String answerId = buttons(blocks).getFirst().path("value").asText();

    assertEquals(
        200,
        client
            .postForm(Map.of("payload", click(SlackRenderer.VOTE_UP, answerId, "vote-thanks")))
            .statusCode());

    SlackApiStub.Call thanks = slack.await(c -> c.path().equals("/respond/vote-thanks"));
    assertEquals("의견 감사합니다!", thanks.params().get("text"));
    List<String> lines = Files.readAllLines(feedbackFile, StandardCharsets.UTF_8);
    JsonNode vote = JSON.readTree(lines.getLast());
    assertEquals("vote", vote.path("kind").asText());
    assertEquals("slack", vote.path("platform").asText());
    assertEquals("UALICE", vote.path("user").asText());
    assertEquals(answerId, vote.path("answer_id").asText());
    assertEquals("up", vote.path("vote").asText());
    assertEquals(QUESTION, vote.path("question").asText());
  }

  @Test
  void oneVotePerMemberWithCountsShownOnTheMessageEveryoneSees() throws Exception {
    String asked = nextTs();
    client.postJson(event("message", "UALICE", QA_CHANNEL, QUESTION, asked, null));
    SlackApiStub.Call answer = slack.await(c -> c.method().equals("chat.postMessage"));
    Map<String, Object> message =
        Map.of(
            "type",
            "message",
            "ts",
            "1700000000.000100",
            "text",
            answer.params().get("text"),
            "blocks",
            JSON.readValue(answer.params().get("blocks"), List.class));
    String answerId = buttons(answer.blocks()).getFirst().path("value").asText();
    int linesBefore = Files.readAllLines(feedbackFile, StandardCharsets.UTF_8).size();

    client.postForm(
        Map.of(
            "payload",
            click(SlackRenderer.VOTE_UP, answerId, "v1", "UALICE", Optional.of(message))));
    assertEquals(List.of("👍 1", "👎"), voteLabels(awaitUpdate(1)));
    client.postForm(
        Map.of(
            "payload",
            click(SlackRenderer.VOTE_UP, answerId, "v2", "UALICE", Optional.of(message))));
    assertEquals(
        List.of("👍 1", "👎"), voteLabels(awaitUpdate(2)), "the same click twice is one vote");
    client.postForm(
        Map.of(
            "payload",
            click(SlackRenderer.VOTE_DOWN, answerId, "v3", "UALICE", Optional.of(message))));
    assertEquals(
        List.of("👍", "👎 1"), voteLabels(awaitUpdate(3)), "a second click changes the vote");
    client.postForm(
        Map.of(
            "payload", click(SlackRenderer.VOTE_UP, answerId, "v4", "UBOB", Optional.of(message))));
    assertEquals(List.of("👍 1", "👎 1"), voteLabels(awaitUpdate(4)));

    assertEquals("1700000000.000100", slack.calls("chat.update").getLast().params().get("ts"));
    List<String> lines = Files.readAllLines(feedbackFile, StandardCharsets.UTF_8);
    List<String> votes = new java.util.ArrayList<>();
    for (String line : lines.subList(linesBefore, lines.size())) {
      JsonNode node = JSON.readTree(line);
      if (node.path("kind").asText().equals("vote")) {
        votes.add(node.path("user").asText() + ":" + node.path("vote").asText());
      }
    }
    assertEquals(List.of("UALICE:up", "UALICE:down", "UBOB:up"), votes, "only changes are logged");
  }

  @Test
  void aRefusalOffersThisShouldHaveBeenAnsweredWhichIsLoggedAsADownVote() throws Exception {
    ask("What is the recipe for kimchi stew?", "refused");
    JsonNode blocks = slack.await(c -> c.path().equals("/respond/refused")).blocks();
    JsonNode button = buttons(blocks).getFirst();
    assertEquals(SlackRenderer.SHOULD_HAVE_ANSWERED, button.path("action_id").asText());
    assertEquals("🙋 This should have been answered", button.path("text").path("text").asText());

    client.postForm(
        Map.of(
            "payload",
            click(SlackRenderer.SHOULD_HAVE_ANSWERED, button.path("value").asText(), "missing")));

    slack.await(c -> c.path().equals("/respond/missing"));
    JsonNode vote =
        JSON.readTree(Files.readAllLines(feedbackFile, StandardCharsets.UTF_8).getLast());
    assertEquals("down", vote.path("vote").asText());
    assertEquals("What is the recipe for kimchi stew?", vote.path("question").asText());
  }

  private JsonNode awaitUpdate(int count) throws InterruptedException {
    slack.await(c -> slack.calls("chat.update").size() >= count);
    return slack.calls("chat.update").get(count - 1).blocks();
  }

  private static List<String> voteLabels(JsonNode blocks) {
    return buttons(blocks).stream().map(b -> b.path("text").path("text").asText()).toList();
  }

  @Test
  void aDirectMessageIsAnsweredInTheConversationWithoutAThreadAndTheBotsOwnAreNot()
      throws Exception {
    String direct = "D0DIRECT";
    client.postJson(
        event("message", SlackApiStub.BOT_USER, direct, "im", QUESTION, nextTs(), null));
    String asked = nextTs();
    client.postJson(event("message", "UALICE", direct, "im", QUESTION, asked, null));

    SlackApiStub.Call answer = slack.await(c -> c.method().equals("chat.postMessage"));
    assertEquals(direct, answer.params().get("channel"));
    assertFalse(
        answer.params().containsKey("thread_ts"), "a direct conversation is answered in line");
    assertTrue(answer.blocks().toString().contains("78%"), answer.body());

    String inThread = nextTs();
    client.postJson(event("message", "UALICE", direct, "im", QUESTION, inThread, asked));
    SlackApiStub.Call threaded =
        slack.await(
            c -> c.method().equals("chat.postMessage") && c.params().containsKey("thread_ts"));
    assertEquals(asked, threaded.params().get("thread_ts"));
    Thread.sleep(300);
    assertEquals(
        2, slack.calls("chat.postMessage").size(), "the bot's own message is not a question");
  }

  @Test
  void showMoreGivesTheClickerTheWholeParagraphWithTheQuoteInBold() throws Exception {
    ask(QUESTION, "more-source");
    JsonNode blocks = slack.await(c -> c.path().equals("/respond/more-source")).blocks();
    JsonNode button =
        blocks
            .valueStream()
            .filter(b -> b.has("accessory"))
            .findFirst()
            .orElseThrow()
            .path("accessory");
    assertEquals(SlackRenderer.SHOW_MORE, button.path("action_id").asText());
    assertEquals("📄 더 보기", button.path("text").path("text").asText());

    client.postForm(
        Map.of("payload", click(SlackRenderer.SHOW_MORE, button.path("value").asText(), "more")));

    SlackApiStub.Call more = slack.await(c -> c.path().equals("/respond/more"));
    assertEquals("ephemeral", more.params().get("response_type"));
    assertEquals("false", more.params().get("replace_original"));
    String paragraph = more.blocks().path(0).path("text").path("text").asText();
    assertTrue(paragraph.startsWith("> "), paragraph);
    assertTrue(
        paragraph.contains("*미국 클라우드 컴퓨팅 재단 CNCF가"),
        "the quote is bold inside its paragraph: " + paragraph);

    client.postForm(
        Map.of("payload", click(SlackRenderer.SHOW_MORE, "forged-without-rank", "more-bad")));
    assertEquals(
        "That answer is too old to show more of; please ask again.",
        slack.await(c -> c.path().equals("/respond/more-bad")).params().get("text"));
  }

  @Test
  void postToChannelSharesTheAnswerWithEveryone() throws Exception {
    ask(QUESTION, "share-source");
    JsonNode blocks = slack.await(c -> c.path().equals("/respond/share-source")).blocks();
    String question = buttons(blocks).getLast().path("value").asText();

    client.postForm(Map.of("payload", click(SlackRenderer.POST_TO_CHANNEL, question, "share")));

    SlackApiStub.Call shared =
        slack.await(c -> c.path().equals("/respond/share") && c.params().containsKey("blocks"));
    assertEquals("in_channel", shared.params().get("response_type"));
    assertTrue(shared.blocks().toString().contains("78%"));
    assertFalse(shared.blocks().toString().contains(SlackRenderer.POST_TO_CHANNEL));
  }

  @Test
  void aClickWithoutAValueIsAcknowledgedAndToldTheButtonIsNoLongerValid() throws Exception {
    List<String> feedback = feedbackLines();
    List<String> actions =
        List.of(
            SlackRenderer.VOTE_UP,
            SlackRenderer.VOTE_DOWN,
            SlackRenderer.SHOULD_HAVE_ANSWERED,
            SlackRenderer.POST_TO_CHANNEL);
    for (String actionId : actions) {
      for (String value : Arrays.asList(null, " ")) { // no "value" field at all, and a blank one
        String name = "no-value-" + actionId + "-" + (value == null ? "missing" : "blank");
        try (LogRecords log = new LogRecords()) {
          assertEquals(
              200,
              client.postForm(Map.of("payload", click(actionId, value, name))).statusCode(),
              name);

          SlackApiStub.Call reply = slack.await(c -> c.path().equals("/respond/" + name));
          assertEquals(
              Phrases.of(Language.ENGLISH).buttonNotValid(), reply.params().get("text"), name);
          assertEquals("ephemeral", reply.params().get("response_type"), name);
          assertEquals(
              "false", reply.params().get("replace_original"), "the answer stays: " + name);
          assertEquals(1, log.warnings().size(), name + ": " + log.warnings());
          assertEquals(List.of(), log.stackTraces(), name);
        }
      }
    }
    assertEquals(feedback, feedbackLines(), "no vote was recorded");
    assertTrue(
        slack.calls().stream().noneMatch(c -> c.params().containsKey("blocks")),
        "nothing was posted");
  }

  @Test
  void postToChannelClickedTwiceIsPostedOnce() throws Exception {
    ask(QUESTION, "twice-source");
    JsonNode blocks = slack.await(c -> c.path().equals("/respond/twice-source")).blocks();
    String question = buttons(blocks).getLast().path("value").asText();
    String privateAnswer = nextTs();

    // A double click: two actions on the same private answer, the second before the first has
    // removed it.
    client.postForm(
        Map.of(
            "payload", click(SlackRenderer.POST_TO_CHANNEL, question, "twice-1", privateAnswer)));
    client.postForm(
        Map.of(
            "payload", click(SlackRenderer.POST_TO_CHANNEL, question, "twice-2", privateAnswer)));

    slack.await(
        c ->
            c.path().startsWith("/respond/twice-")
                && "in_channel".equals(c.params().get("response_type")));
    Thread.sleep(300);
    long posted =
        slack.calls().stream()
            .filter(
                c ->
                    c.path().startsWith("/respond/twice-")
                        && "in_channel".equals(c.params().get("response_type")))
            .count();
    assertEquals(1, posted, slack.calls().toString());
  }

  @Test
  void mentionsTypedInAQuestionStayWordsEvenWhenTheAnswerIsPostedForEveryone() throws Exception {
    ask("<!channel> @here " + QUESTION, "broadcast-source");
    JsonNode blocks = slack.await(c -> c.path().equals("/respond/broadcast-source")).blocks();
    String question = buttons(blocks).getLast().path("value").asText();

    client.postForm(Map.of("payload", click(SlackRenderer.POST_TO_CHANNEL, question, "broadcast")));

    SlackApiStub.Call shared =
        slack.await(c -> c.path().equals("/respond/broadcast") && c.params().containsKey("blocks"));
    List<JsonNode> texts =
        shared.blocks().findParents("type").stream()
            .filter(node -> node.path("type").asText().equals("mrkdwn"))
            .toList();
    String echoed = "❓ @channel @here " + QUESTION;
    assertTrue(texts.stream().anyMatch(t -> t.path("text").asText().equals(echoed)), shared.body());
    // Slack's automatic parsing would turn "@channel" written as a word into a broadcast; verbatim
    // text is not parsed.
    assertTrue(texts.stream().allMatch(t -> t.path("verbatim").asBoolean(false)), shared.body());
  }

  @Test
  void hugeOrControlCharacterQuestionGetsAClearMessageAndTheAppKeepsServing() throws Exception {
    ask("x".repeat(50_000), "huge");
    String tooLong = slack.await(c -> c.path().equals("/respond/huge")).params().get("text");
    assertTrue(tooLong.contains("too long (50000 characters)"), tooLong);

    ask("\u0000\u0007" + QUESTION + "\u001b\u0008", "control");
    SlackApiStub.Call control = slack.await(c -> c.path().equals("/respond/control"));
    assertFalse(control.params().get("text").contains("사건 번호"), "not a fault: " + control.body());
    assertFalse(
        control.blocks().toString().matches("(?s).*\\\\u00(0[0-9a-f]|1[0-9a-f]).*"),
        control.body());

    ask(QUESTION, "still-serving");
    assertTrue(
        slack
            .await(c -> c.path().equals("/respond/still-serving"))
            .blocks()
            .toString()
            .contains("78%"));
  }

  @Test
  void aQuestionOfInvisibleCharactersIsAskedForAgainNotSearchedOrLoggedAsUnanswered()
      throws Exception {
    List<String> before = feedbackLines();

    ask("\u200b\u200d\u2066\u202e\u00a0\u3000\u0007\ufeff", "invisible");

    String reply = slack.await(c -> c.path().equals("/respond/invisible")).params().get("text");
    assertEquals(Phrases.of(Language.ENGLISH).emptyQuestion(), reply);
    assertEquals(before, feedbackLines(), "no refusal was logged");
  }

  @Test
  void aQuestionWithNothingToLookUpIsAskedForAgainNotSearchedOrLoggedAsUnanswered()
      throws Exception {
    List<String> before = feedbackLines();
    // Emoji or punctuation alone are asked for again; chat's remarks alone and lone letters are
    // said to the bot, which answers in kind.
    Map<String, String> asked =
        Map.of(
            "emoji", "🙂👍🏽 ❓",
            "punctuation", "?!… ---",
            "remark", "ok thanks",
            "letters", "O O",
            "korean-remark", "네 알겠습니다, 고마워요");
    Map<String, String> expected =
        Map.of(
            "emoji", Phrases.of(Language.ENGLISH).emptyQuestion(),
            "punctuation", Phrases.of(Language.ENGLISH).emptyQuestion(),
            "remark", Phrases.of(Language.ENGLISH).remarkReply(),
            "letters", Phrases.of(Language.ENGLISH).remarkReply(),
            "korean-remark", Phrases.of(Language.KOREAN).remarkReply());
    for (Map.Entry<String, String> question : asked.entrySet()) {
      ask(question.getValue(), question.getKey());
    }

    for (String name : asked.keySet()) {
      String reply = slack.await(c -> c.path().equals("/respond/" + name)).params().get("text");
      assertEquals(expected.get(name), reply, name);
    }
    assertEquals(before, feedbackLines(), "no refusal was logged");
  }

  /** The feedback log's lines; none before the first refusal or vote has created it. */
  private List<String> feedbackLines() throws IOException {
    return Files.exists(feedbackFile)
        ? Files.readAllLines(feedbackFile, StandardCharsets.UTF_8)
        : List.of();
  }

  @Test
  void kbWithoutModerationSetUpSaysSoAndLooksUpNoGroups() throws Exception {
    Map<String, String> kb = command("list", "kb-off");
    kb.put("command", "/kb");
    assertEquals(200, client.postForm(kb).statusCode());

    String reply = slack.await(c -> c.path().equals("/respond/kb-off")).params().get("text");
    assertEquals("⚠️ Moderation is not set up on this server.", reply);
    assertTrue(
        slack.calls("usergroups.list").isEmpty(), "no moderator groups configured, so no lookup");
  }

  private HttpResponse<String> ask(String question, String name) throws Exception {
    return client.postForm(command(question, name));
  }

  private Map<String, String> command(String question, String name) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("token", "legacy-unused");
    fields.put("team_id", "T0TEST");
    fields.put("team_domain", "gwanyong-test");
    fields.put("channel_id", OTHER_CHANNEL);
    fields.put("channel_name", "general");
    fields.put("user_id", "UALICE");
    fields.put("user_name", "alice");
    fields.put("command", "/ask");
    fields.put("text", question);
    fields.put("api_app_id", "AGWANYONG");
    fields.put("response_url", slack.responseUrl(name));
    fields.put("trigger_id", "trigger-" + name + "-" + ids.incrementAndGet());
    return fields;
  }

  private String nextTs() {
    return "1700000%03d.000100".formatted(ids.incrementAndGet());
  }

  private static String event(
      String type, String user, String channel, String text, String ts, String threadTs) {
    return event(type, user, channel, "channel", text, ts, threadTs);
  }

  private static String event(
      String type,
      String user,
      String channel,
      String channelType,
      String text,
      String ts,
      String threadTs) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("type", type);
    event.put("user", user);
    event.put("text", text);
    event.put("ts", ts);
    event.put("channel", channel);
    event.put("event_ts", ts);
    event.put("channel_type", channelType);
    if (threadTs != null) {
      event.put("thread_ts", threadTs);
    }
    return envelope(event);
  }

  private String botMessage(String text) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("type", "message");
    event.put("bot_id", "BOTHER");
    event.put("text", text);
    event.put("ts", nextTs());
    event.put("channel", QA_CHANNEL);
    return envelope(event);
  }

  private String edited(String text) {
    String ts = nextTs();
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("type", "message");
    event.put("subtype", "message_changed");
    event.put("channel", QA_CHANNEL);
    event.put("ts", ts);
    event.put("message", Map.of("type", "message", "user", "UALICE", "text", text, "ts", ts));
    return envelope(event);
  }

  private static String envelope(Map<String, Object> event) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("token", "legacy-unused");
    body.put("team_id", "T0TEST");
    body.put("api_app_id", "AGWANYONG");
    body.put("event", event);
    body.put("type", "event_callback");
    body.put("event_id", "Ev" + event.get("ts").toString().replace(".", ""));
    body.put("event_time", 1_700_000_000);
    try {
      return JSON.writeValueAsString(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String click(String actionId, String value, String responseName) throws Exception {
    return click(actionId, value, responseName, nextTs());
  }

  /** A click by UALICE on the private message sent at {@code messageTs}. */
  private String click(String actionId, String value, String responseName, String messageTs)
      throws Exception {
    return click(actionId, value, responseName, "UALICE", messageTs, Optional.empty());
  }

  /**
   * A click by {@code user} on {@code message}, a message everyone sees, which Slack sends along.
   */
  private String click(
      String actionId,
      String value,
      String responseName,
      String user,
      Optional<Map<String, Object>> message)
      throws Exception {
    return click(
        actionId, value, responseName, user, message.orElseThrow().get("ts").toString(), message);
  }

  private String click(
      String actionId,
      String value,
      String responseName,
      String user,
      String messageTs,
      Optional<Map<String, Object>> message)
      throws Exception {
    Map<String, Object> action = new LinkedHashMap<>();
    action.put("action_id", actionId);
    action.put("block_id", "answer");
    action.put("type", "button");
    if (value != null) {
      action.put("value", value);
    }
    action.put("action_ts", "1700000999." + ids.incrementAndGet());
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("type", "block_actions");
    payload.put("team", Map.of("id", "T0TEST", "domain", "gwanyong-test"));
    payload.put("user", Map.of("id", user, "username", user.toLowerCase(), "team_id", "T0TEST"));
    payload.put("api_app_id", "AGWANYONG");
    payload.put("token", "legacy-unused");
    payload.put(
        "container",
        Map.of(
            "type",
            "message",
            "message_ts",
            messageTs,
            "channel_id",
            OTHER_CHANNEL,
            "is_ephemeral",
            message.isEmpty()));
    message.ifPresent(m -> payload.put("message", m));
    payload.put("trigger_id", "trigger-click-" + ids.incrementAndGet());
    payload.put("channel", Map.of("id", OTHER_CHANNEL, "name", "general"));
    payload.put("response_url", slack.responseUrl(responseName));
    payload.put("actions", List.of(action));
    return JSON.writeValueAsString(payload);
  }

  private static List<JsonNode> buttons(JsonNode blocks) {
    for (JsonNode block : blocks) {
      if (block.path("type").asText().equals("actions")) {
        return block.path("elements").valueStream().toList();
      }
    }
    throw new AssertionError("no buttons in " + blocks);
  }
}
