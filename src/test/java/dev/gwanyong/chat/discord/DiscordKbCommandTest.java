package dev.gwanyong.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gwanyong.admin.AuditLog;
import dev.gwanyong.answer.Answer;
import dev.gwanyong.answer.Language;
import dev.gwanyong.chat.Commands;
import dev.gwanyong.chat.FeedbackLog;
import dev.gwanyong.chat.KbFixture;
import dev.gwanyong.chat.UnansweredReport;
import dev.gwanyong.config.GwanyongConfig.DiscordConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /kb} on Discord end to end: interactions with the member's roles arrive through the
 * stand-in gateway, the real moderation service decides and changes a temporary copy of the bundled
 * corpus, and the private reply is read back from the stand-in's REST calls. Moderators are the
 * role {@link StandInJson#MODERATOR_ROLE}.
 */
class DiscordKbCommandTest {

  private static final String ORIGINAL = "/webhooks/\\d+/%s/messages/@original";
  private static final String CALLBACK = "/interactions/%s/%s/callback";
  private static final List<String> MODERATOR = List.of(StandInJson.MODERATOR_ROLE);
  private static final List<String> NOBODY = List.of();

  @TempDir Path temp;

  private KbFixture fixture;
  private DiscordStandIn discord;
  private DiscordPlatform platform;

  @BeforeEach
  void connect() throws Exception {
    fixture =
        new KbFixture(
            temp,
            Map.of(
                "moderators.discord_roles",
                StandInJson.MODERATOR_ROLE,
                "moderation.max_source_kib",
                "4"));
    discord = new DiscordStandIn();
    platform =
        new DiscordPlatform(
            new DiscordConfig(
                Optional.of(discord.apiUrl()),
                Optional.of(discord.gatewayUrl()),
                List.of(),
                List.of()),
            "stand-in-token",
            4 * 1024);
    platform.start(fixture.dispatcher);
  }

  @AfterEach
  void disconnect() throws Exception {
    platform.close();
    discord.close();
    fixture.close();
  }

  @Test
  void kbIsRegisteredWithItsSubcommandsBesideAsk() throws Exception {
    RestCall registration =
        discord.await("PUT", "/applications/" + StandInJson.APPLICATION + "/commands");
    JsonNode kb = registration.body().path(1);
    assertEquals("kb", kb.path("name").asText());
    List<String> subcommands =
        kb.path("options").valueStream().map(o -> o.path("name").asText()).toList();
    assertEquals(
        List.of("add", "update", "remove", "show", "list", "reindex", "status", "unanswered"),
        subcommands);
  }

  @Test
  void aRetriedKbRunsOnceAndLeavesTheReplyInPlace() throws Exception {
    JsonNode kb = discord.kb("list", Map.of(), MODERATOR);
    String listed = reply(kb);

    discord.redeliverInteraction(kb);
    JsonNode next = discord.kb("list", Map.of(), MODERATOR);
    assertEquals(listed, reply(next));
    Thread.sleep(300);

    String kbCallback = "/interactions/" + kb.path("id").asText() + "/.*";
    assertEquals(
        1,
        discord.calls().stream().filter(c -> c.is("POST", kbCallback)).count(),
        discord.calls().toString());
    assertTrue(
        discord.calls().stream().noneMatch(c -> c.method().equals("DELETE")),
        discord.calls().toString());
  }

  @Test
  void aMemberWithoutTheModeratorRoleIsRefusedAndNothingChanges() throws Exception {
    Map<String, String> before = fixture.corpusFiles();

    JsonNode kb = discord.kb("add", haechiOptions(), List.of("9999"));

    RestCall deferred =
        discord.await(
            "POST", CALLBACK.formatted(kb.path("id").asText(), kb.path("token").asText()));
    assertEquals(5, deferred.body().path("type").asInt(), deferred.toString());
    assertEquals(
        64, deferred.body().path("data").path("flags").asInt(), "only the sender sees /kb replies");
    assertEquals("⛔ Only moderators can change the sources.", reply(kb));
    assertEquals(before, fixture.corpusFiles());
    AuditLog.Entry entry = fixture.audit().getLast();
    assertEquals(AuditLog.Outcome.REFUSED, entry.outcome());
    assertEquals("discord", entry.platform());
    assertEquals(StandInJson.MEMBER, entry.user());
    assertEquals("add", entry.action());
  }

  @Test
  void aModeratorAddsAKoreanSourceAndTheNextQuestionCitesIt() throws Exception {
    JsonNode kb = discord.kb("add", haechiOptions(), MODERATOR);

    String added = reply(kb);
    assertTrue(added.startsWith("✅ Added " + KbFixture.HAECHI_ID + " — "), added);
    assertEquals(AuditLog.Outcome.ALLOWED, fixture.audit().getLast().outcome());

    JsonNode ask = discord.ask(KbFixture.HAECHI_QUESTION, false);
    RestCall answer = discord.await("PATCH", ORIGINAL.formatted(ask.path("token").asText()));
    String cited =
        answer.body().path("embeds").path(0).path("fields").path(0).path("value").asText();
    assertTrue(cited.replace("**", "").contains("화재를 막아 준다는 전설"), answer.toString());
    assertTrue(cited.contains(KbFixture.HAECHI_TITLE + " · ¶1"), "cites the new source: " + cited);
  }

  @Test
  void aModeratorAddsAnAttachedFileAndAnOversizeOneIsTurnedAway() throws Exception {
    byte[] text = KbFixture.HAECHI.getBytes(StandardCharsets.UTF_8);
    String url = discord.host("haechi.md", text);
    JsonNode kb =
        discord.kb(
            "add",
            Map.of("id", KbFixture.HAECHI_ID, "title", KbFixture.HAECHI_TITLE),
            MODERATOR,
            Optional.of(new StandInJson.Upload("haechi.md", text.length, url)));
    assertTrue(reply(kb).startsWith("✅ Added " + KbFixture.HAECHI_ID), reply(kb));

    Map<String, String> before = fixture.corpusFiles();
    byte[] big = "가".repeat(3_000).getBytes(StandardCharsets.UTF_8); // 9 KB, over the 4 KiB cap
    String bigUrl = discord.host("big.txt", big);
    // Discord's declared size is not trusted: this one claims to be small.
    JsonNode tooBig =
        discord.kb(
            "add",
            Map.of(),
            MODERATOR,
            Optional.of(new StandInJson.Upload("big.txt", 100, bigUrl)));
    assertTrue(reply(tooBig).startsWith("⚠️ big.txt is larger than 4 KiB"), reply(tooBig));
    assertEquals(before, fixture.corpusFiles());
  }

  @Test
  void aFileWithTextIsRefusedRatherThanDroppedInSilence() throws Exception {
    byte[] text = KbFixture.HAECHI.getBytes(StandardCharsets.UTF_8);
    String url = discord.host("haechi.md", text);
    Map<String, String> before = fixture.corpusFiles();

    JsonNode withText =
        discord.kb(
            "add",
            Map.of("id", KbFixture.HAECHI_ID, "text", "The legend of Haechi."),
            MODERATOR,
            Optional.of(new StandInJson.Upload("haechi.md", text.length, url)));
    JsonNode update =
        discord.kb(
            "update",
            Map.of("id", "kubernetes-history", "text", "A new opening."),
            MODERATOR,
            Optional.of(new StandInJson.Upload("haechi.md", text.length, url)));

    assertTrue(reply(withText).startsWith("⚠️ Give either url:, text: or a file"), reply(withText));
    assertTrue(reply(update).startsWith("⚠️ Give either url:, text: or a file"), reply(update));
    assertEquals(before, fixture.corpusFiles());
    assertEquals(AuditLog.Outcome.REJECTED, fixture.audit().getLast().outcome());
  }

  @Test
  void aMembersAttachmentIsNeverDownloadedAndTheRefusalIsAudited() throws Exception {
    byte[] text = KbFixture.HAECHI.getBytes(StandardCharsets.UTF_8);
    String url = discord.host("haechi.md", text);
    JsonNode kb =
        discord.kb(
            "add",
            Map.of("id", KbFixture.HAECHI_ID),
            List.of("9999"),
            Optional.of(new StandInJson.Upload("haechi.md", text.length, url)));

    assertEquals("⛔ Only moderators can change the sources.", reply(kb));
    assertTrue(
        discord.calls().stream().noneMatch(c -> c.path().contains("/attachments/")),
        "the permission is checked before the file is fetched: " + discord.calls());
    assertEquals(AuditLog.Outcome.REFUSED, fixture.audit().getLast().outcome());
  }

  @Test
  void readingIsOpenToEveryoneAndMistakesGetUsage() throws Exception {
    JsonNode list = discord.kb("list", Map.of(), NOBODY);
    assertTrue(reply(list).startsWith("📚 "), reply(list));
    String history = reply(discord.kb("list", Map.of("match", "history", "page", "1"), NOBODY));
    assertTrue(
        history.startsWith("📚 1 of ") && history.contains("• kubernetes-history — "), history);
    String pastTheEnd = reply(discord.kb("list", Map.of("page", "9"), NOBODY));
    assertTrue(pastTheEnd.contains("page 9 is past the last, 1."), pastTheEnd);

    JsonNode show = discord.kb("show", Map.of("id", "kubernetes-histroy"), NOBODY);
    assertTrue(reply(show).startsWith("⚠️ "), reply(show));

    JsonNode both =
        discord.kb("add", Map.of("url", "https://example.org/a", "text", "hello"), MODERATOR);
    assertTrue(reply(both).contains("either url: or text:"), reply(both));
  }

  @Test
  void moderatorsSeeTheUnansweredQuestionsWithTheDaysOptionAndMembersDoNot() throws Exception {
    fixture.dispatcher.handle(
        new dev.gwanyong.chat.ChatRequest("discord", "q1", "U1", "C1", "김치찌개 끓이는 법?"));

    assertEquals(
        "⛔ Only moderators can see the unanswered questions.",
        reply(discord.kb("unanswered", Map.of(), NOBODY)));
    String report = reply(discord.kb("unanswered", Map.of("days", "7"), MODERATOR));
    assertTrue(report.startsWith("Unanswered questions in the last 7 days"), report);
    assertTrue(report.contains("김치찌개 끓이는 법? — refused 1×"), report);
  }

  @Test
  void aReportLineOverDiscordsLimitIsCutBetweenCharactersNotInsideAnEmoji() throws Exception {
    // Escaped, the stars double: the report's one line is over 2,000 characters, and its 1,999th is
    // half an emoji. Logged as the dispatcher logs a refusal: a question of one letter is no longer
    // searched or logged, and a chat question can hold no more.
    FeedbackLog log =
        new FeedbackLog(fixture.config.logs().resolve(FeedbackLog.FILE), Clock.systemUTC());
    String question = "*".repeat(997) + "a🤔";
    log.recordRefusal(
        "discord",
        "U1",
        "q1",
        new Answer(
            question, Language.ENGLISH, List.of(), 0, Optional.empty(), Optional.empty(), 0));
    String report = new UnansweredReport(log, Clock.systemUTC()).text(30);
    String line = DiscordMarkdown.escape(report.lines().toList().get(1));
    assertTrue(Character.isHighSurrogate(line.charAt(Message.MAX_CONTENT_LENGTH - 2)), line);

    JsonNode kb = discord.kb("unanswered", Map.of(), MODERATOR);

    assertEquals(report.lines().findFirst().orElseThrow(), reply(kb));
    String rest = followUp(kb);
    assertEquals(line.substring(0, Message.MAX_CONTENT_LENGTH - 2) + "…", rest);
    assertTrue(
        rest.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE),
        "no half emoji");
  }

  @Test
  void aPageOfMarkdownTitlesTooLongOnceEscapedGoesOnInASecondMessageLosingNoSource()
      throws Exception {
    // Ten sources that sort first, with the longest ids and titles a page shows, every title
    // character escaped.
    String title = "*_".repeat(30);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String id = "a" + i + "-" + "x".repeat(61);
      ids.add(id);
      Files.writeString(
          fixture.config.corpus().resolve(id + ".txt"),
          """
          ---
          id: %s
          title: %s
          lang: en
          licence: CC0, written for this test
          ---
          A source whose title is all markdown.
          """
              .formatted(id, title),
          StandardCharsets.UTF_8);
    }
    assertTrue(
        DiscordMarkdown.escape(fixture.moderation.list("", 1, 10).message()).length()
            > Message.MAX_CONTENT_LENGTH,
        "the page only overflows once escaped");

    JsonNode kb = discord.kb("list", Map.of(), NOBODY);

    String first = reply(kb);
    String second = followUp(kb);
    assertTrue(first.startsWith("📚 15 sources · page 1 of 2 (page:2 for more)\n"), first);
    for (String message : List.of(first, second)) {
      assertTrue(message.length() <= Message.MAX_CONTENT_LENGTH, message.length() + " characters");
      assertFalse(message.endsWith("…"), "nothing is cut: " + message);
    }
    String page = first + "\n" + second;
    for (String id : ids) {
      assertTrue(
          page.contains("• " + id + " — " + DiscordMarkdown.escape(title) + " (en)"),
          id + " in " + page);
    }
  }

  @Test
  void titlesAndTypedIdsInRepliesShowAsWrittenNotAsMarkdownMentionsOrLinks() throws Exception {
    String title =
        "**bold** _x_ ~~y~~ ||spoiler|| `code` [link](http://x) @everyone <@123> <@&2002>";
    Map<String, String> options = new LinkedHashMap<>(haechiOptions());
    options.put("title", title);
    assertTrue(reply(discord.kb("add", options, MODERATOR)).startsWith("✅ Added"));

    String listed = reply(discord.kb("list", Map.of("match", "haechi"), NOBODY));
    String shown = reply(discord.kb("show", Map.of("id", KbFixture.HAECHI_ID), NOBODY));
    String typed = reply(discord.kb("remove", Map.of("id", "<@123> _gone_"), MODERATOR));

    for (String reply : List.of(listed, shown, typed)) {
      String unescaped = reply.replaceAll("\\\\\\p{Punct}", "");
      assertTrue(
          unescaped.chars().noneMatch(c -> "*_~|`[]<@".indexOf(c) >= 0),
          "left unescaped: " + reply);
    }
    assertTrue(
        asDiscordShows(listed)
            .contains("• " + KbFixture.HAECHI_ID + " — " + title.substring(0, 59)),
        listed);
    assertTrue(
        asDiscordShows(shown).startsWith("📄 " + KbFixture.HAECHI_ID + " — " + title + "\n"),
        shown);
    assertTrue(asDiscordShows(typed).contains("\"<@123> _gone_\""), typed);
  }

  @Test
  void aRightToLeftOverrideInATitleDoesNotTurnTheRestOfTheLineAround() throws Exception {
    Map<String, String> options = new LinkedHashMap<>(haechiOptions());
    options.put("title", "Haechi \u202Etxt.exe\u2066 notes https://h.example/\u202Eexe.txt");
    assertTrue(reply(discord.kb("add", options, MODERATOR)).startsWith("✅ Added"));

    String listed = reply(discord.kb("list", Map.of("match", "haechi"), NOBODY));

    assertTrue(
        listed.contains(
            "• " + KbFixture.HAECHI_ID + " — Haechi txt.exe notes https://h.example/exe.txt (ko)"),
        listed);
  }

  /**
   * The text Discord shows for message content: every backslash escape as the character it escapes.
   */
  private static String asDiscordShows(String content) {
    return content.replaceAll("\\\\(\\p{Punct})", "$1");
  }

  private static Map<String, String> haechiOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("text", KbFixture.HAECHI);
    options.put("id", KbFixture.HAECHI_ID);
    options.put("title", KbFixture.HAECHI_TITLE);
    options.put("lang", "ko");
    return options;
  }

  /**
   * The content of the private message that follows the reply to {@code interaction}, once the bot
   * has sent it.
   */
  private String followUp(JsonNode interaction) throws InterruptedException {
    RestCall call = discord.await("POST", "/webhooks/\\d+/" + interaction.path("token").asText());
    assertEquals(64, call.body().path("flags").asInt(), "only the sender sees it: " + call);
    assertEquals(0, call.body().path("allowed_mentions").path("parse").size(), call.toString());
    return call.body().path("content").asText();
  }

  /** The content of the deferred reply to {@code interaction}, once the bot has edited it in. */
  @Test
  void optionsOfAnotherTypeThanRegisteredAreReadAndAFileSentAsTextIsNamedNotLeftThinking()
      throws Exception {
    // As a command registered by another version sends them: days as an integer, file as a string.
    ObjectNode unanswered =
        discord.json().kbInteraction("unanswered", Map.of(), MODERATOR, Optional.empty());
    ((ObjectNode) unanswered.path("data").path("options").get(0))
        .withArray("options")
        .addObject()
        .put("name", Commands.DAYS)
        .put("type", 4)
        .put("value", 7);
    ObjectNode add =
        discord.json().kbInteraction("add", Map.of("title", "Notes"), MODERATOR, Optional.empty());
    ((ObjectNode) add.path("data").path("options").get(0))
        .withArray("options")
        .addObject()
        .put("name", Commands.FILE)
        .put("type", 3)
        .put("value", "notes.txt");

    discord.interact(unanswered);
    discord.interact(add);

    assertTrue(
        reply(unanswered).contains("the last 7 days"), "days read, not dropped for its type");
    String refused = reply(add);
    assertTrue(refused.contains("Unknown option \"file:\""), refused);
  }

  private String reply(JsonNode interaction) throws InterruptedException {
    RestCall call = discord.await("PATCH", ORIGINAL.formatted(interaction.path("token").asText()));
    assertEquals(0, call.body().path("allowed_mentions").path("parse").size(), call.toString());
    return call.body().path("content").asText();
  }
}
