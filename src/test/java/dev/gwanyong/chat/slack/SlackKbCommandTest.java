package dev.gwanyong.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gwanyong.admin.AuditLog;
import dev.gwanyong.chat.KbFixture;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /kb} on Slack end to end: signed slash commands go to the running app in HTTP mode, the
 * real moderation service decides and changes a temporary copy of the bundled corpus, and the
 * private reply is read from the response_url on the loopback stand-in. Moderators: the user {@code
 * UMOD} and members of the user group {@code SMODS}.
 */
class SlackKbCommandTest {

  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final String HAECHI_ADD =
      "add id:%s title:\"%s\" lang:ko text: %s"
          .formatted(KbFixture.HAECHI_ID, KbFixture.HAECHI_TITLE, KbFixture.HAECHI);

  @TempDir Path temp;

  private final AtomicInteger ids = new AtomicInteger();
  private SlackApiStub slack;
  private KbFixture fixture;
  private SlackPlatform platform;
  private SignedSlackClient client;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackApiStub();
    Map<String, Object> flags = new LinkedHashMap<>();
    flags.put("slack.mode", "http");
    flags.put("slack.port", "0");
    flags.put("slack.api_url", slack.apiUrl().toString());
    flags.put("moderators.slack_users", "UMOD");
    flags.put("moderators.slack_groups", "SMODS");
    fixture = new KbFixture(temp, flags);
    platform =
        new SlackPlatform(
            fixture.config.slack(),
            new SlackPlatform.Credentials("xoxb-test", Optional.of(SECRET), Optional.empty()),
            fixture.config.moderators().slackGroups());
    platform.start(fixture.dispatcher);
    int port = platform.httpAddress().orElseThrow().getPort();
    client =
        new SignedSlackClient(
            URI.create("http://127.0.0.1:" + port + SlackHttpEndpoint.PATH), SECRET);
  }

  @AfterEach
  void stop() throws Exception {
    platform.close();
    slack.close();
    fixture.close();
  }

  @Test
  void aNonModeratorIsRefusedNothingChangesAndTheRefusalIsAudited() throws Exception {
    Map<String, String> before = fixture.corpusFiles();

    HttpResponse<String> ack = client.postForm(command("/kb", HAECHI_ADD, "UALICE", "refused"));

    assertEquals(200, ack.statusCode());
    assertTrue(
        ack.body().contains(SlackCommandListeners.WORKING) && ack.body().contains("ephemeral"),
        ack.body());
    SlackApiStub.Call reply = slack.await(c -> c.path().equals("/respond/refused"));
    assertEquals("ephemeral", reply.params().get("response_type"));
    assertEquals("⛔ Only moderators can change the sources.", reply.params().get("text"));
    assertEquals(before, fixture.corpusFiles());
    AuditLog.Entry entry = fixture.audit().getLast();
    assertEquals(AuditLog.Outcome.REFUSED, entry.outcome());
    assertEquals("slack", entry.platform());
    assertEquals("UALICE", entry.user());
    assertEquals("add", entry.action());
  }

  @Test
  void aCommandWithoutAUserIdIsRefusedAndAudited() throws Exception {
    Map<String, String> fields = command("/kb", HAECHI_ADD, "UNUSED", "anonymous");
    fields.remove("user_id");
    fields.remove("user_name");

    client.postForm(fields);

    String reply = slack.await(c -> c.path().equals("/respond/anonymous")).params().get("text");
    assertEquals("⛔ Only moderators can change the sources.", reply);
    AuditLog.Entry entry = fixture.audit().getLast();
    assertEquals(AuditLog.Outcome.REFUSED, entry.outcome());
    assertEquals("", entry.user());
  }

  @Test
  void aModeratorAddsAKoreanSourceAndTheNextAskCitesIt() throws Exception {
    client.postForm(command("/kb", HAECHI_ADD, "UMOD", "added"));

    String added = slack.await(c -> c.path().equals("/respond/added")).params().get("text");
    assertTrue(added.startsWith("✅ Added " + KbFixture.HAECHI_ID + " — "), added);
    assertEquals(AuditLog.Outcome.ALLOWED, fixture.audit().getLast().outcome());

    client.postForm(command("/ask", KbFixture.HAECHI_QUESTION, "UALICE", "asked"));
    String blocks =
        slack
            .await(c -> c.path().equals("/respond/asked"))
            .blocks()
            .toString()
            .replace("*", "")
            .replace("\u200b", ""); // emphasis marks and the zero-width spaces that end them
    assertTrue(blocks.contains("화재를 막아 준다는 전설"), blocks);
    assertTrue(blocks.contains(KbFixture.HAECHI_TITLE), "cites the new source: " + blocks);
  }

  @Test
  void aMemberOfTheModeratorGroupMayChangeTheSources() throws Exception {
    slack.answer(
        "usergroups.list",
        """
        {"ok":true,"usergroups":[{"id":"SMODS","handle":"mods","users":["UGROUPIE"]},
                                 {"id":"SOTHER","handle":"other","users":["UALICE"]}]}\
        """);

    client.postForm(command("/kb", "remove kubernetes-histroy", "UGROUPIE", "by-group"));

    // A typo gets a suggestion, which only a permitted member sees: the group made UGROUPIE a
    // moderator.
    String reply = slack.await(c -> c.path().equals("/respond/by-group")).params().get("text");
    assertTrue(reply.startsWith("⚠️ No source"), reply);
    String includeUsers =
        slack.await(c -> c.method().equals("usergroups.list")).params().get("include_users");
    assertTrue(Set.of("1", "true").contains(includeUsers), includeUsers);
    assertEquals(AuditLog.Outcome.REJECTED, fixture.audit().getLast().outcome());
  }

  @Test
  void moderatorsSeeTheUnansweredQuestionsAndMembersDoNot() throws Exception {
    fixture.dispatcher.handle(
        new dev.gwanyong.chat.ChatRequest("slack", "q1", "UALICE", "C1", "김치찌개 끓이는 법?"));

    client.postForm(command("/kb", "unanswered", "UALICE", "member"));
    assertEquals(
        "⛔ Only moderators can see the unanswered questions.",
        slack.await(c -> c.path().equals("/respond/member")).params().get("text"));

    client.postForm(command("/kb", "unanswered 7", "UMOD", "moderator"));
    String report = slack.await(c -> c.path().equals("/respond/moderator")).params().get("text");
    assertTrue(report.startsWith("Unanswered questions in the last 7 days"), report);
    assertTrue(report.contains("1. 김치찌개 끓이는 법? — refused 1×"), report);

    client.postForm(command("/kb", "unanswered lots", "UMOD", "bad-days"));
    String bad = slack.await(c -> c.path().equals("/respond/bad-days")).params().get("text");
    assertTrue(bad.startsWith("⚠️ \"lots\" is not a number of days"), bad);
  }

  @Test
  void aListingIsNarrowedByTypedWordsAndABadPageGetsUsage() throws Exception {
    client.postForm(command("/kb", "list history", "UALICE", "history"));
    String history = slack.await(c -> c.path().equals("/respond/history")).params().get("text");
    assertTrue(
        history.startsWith("📚 1 of ") && history.contains("• kubernetes-history — "), history);

    client.postForm(command("/kb", "list page:first", "UALICE", "bad-page"));
    String bad = slack.await(c -> c.path().equals("/respond/bad-page")).params().get("text");
    assertTrue(bad.contains("page: takes a page number from 1"), bad);
  }

  @Test
  void slackEscapingIsUndoneBeforeParsing() throws Exception {
    client.postForm(
        command(
            "/kb",
            "update kubernetes-history title:\"Kubernetes &amp; Swarm &lt;history&gt;\"",
            "UMOD",
            "esc"));

    String reply = slack.await(c -> c.path().equals("/respond/esc")).params().get("text");
    assertTrue(reply.startsWith("✅ Updated kubernetes-history"), reply);
    String file =
        Files.readString(
            fixture.config.corpus().resolve("kubernetes-history.txt"), StandardCharsets.UTF_8);
    assertTrue(
        file.contains("title: Kubernetes & Swarm <history>"),
        file.lines().limit(8).toList().toString());
  }

  @Test
  void aRightToLeftOverrideInATitleDoesNotTurnTheRestOfTheLineAround() throws Exception {
    client.postForm(
        command(
            "/kb",
            "update kubernetes-history title:\"History \u202Etxt.exe\u2067 notes\"",
            "UMOD",
            "rlo"));
    assertTrue(
        slack
            .await(c -> c.path().equals("/respond/rlo"))
            .params()
            .get("text")
            .startsWith("✅ Updated"));

    client.postForm(command("/kb", "list history", "UALICE", "rlo-list"));

    String listed = slack.await(c -> c.path().equals("/respond/rlo-list")).params().get("text");
    assertTrue(listed.contains("• kubernetes-history — History txt.exe notes (ko)"), listed);
  }

  @Test
  void titlesInRepliesShowAsWrittenNotAsFormattingOrLinks() throws Exception {
    String title = "*bold* _it_ ~strike~ `code` <https://x.io|link> & :tada:";
    // As Slack delivers what the moderator typed: & < > escaped.
    String typed = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    client.postForm(
        command("/kb", "update kubernetes-history title:\"" + typed + "\"", "UMOD", "formatted"));
    String updated = slack.await(c -> c.path().equals("/respond/formatted")).params().get("text");
    assertTrue(updated.startsWith("✅ Updated"), updated);

    client.postForm(command("/kb", "list history", "UALICE", "formatted-list"));
    client.postForm(command("/kb", "show kubernetes-history", "UALICE", "formatted-show"));

    String listed = shownAsWritten(slack.await(c -> c.path().equals("/respond/formatted-list")));
    String shown = shownAsWritten(slack.await(c -> c.path().equals("/respond/formatted-show")));
    assertTrue(listed.contains("• kubernetes-history — " + title + " (ko)"), listed);
    assertTrue(shown.startsWith("📄 kubernetes-history — " + title + "\n"), shown);
  }

  @Test
  void aTitleWithAmpersandAndAngleBracketsIsEscapedInAnswersAndSentAsWrittenInKbReplies()
      throws Exception {
    String title = "R&D <draft>";
    String add =
        "add id:%s title:\"%s\" lang:ko text: %s"
            .formatted(
                KbFixture.HAECHI_ID,
                title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"),
                KbFixture.HAECHI);
    client.postForm(command("/kb", add, "UMOD", "rnd-added"));
    String added = slack.await(c -> c.path().equals("/respond/rnd-added")).params().get("text");
    assertTrue(added.startsWith("✅"), added);

    client.postForm(command("/kb", "show " + KbFixture.HAECHI_ID, "UALICE", "rnd-show"));
    client.postForm(command("/ask", KbFixture.HAECHI_QUESTION, "UALICE", "rnd-asked"));

    SlackApiStub.Call shown = slack.await(c -> c.path().equals("/respond/rnd-show"));
    assertTrue(
        shownAsWritten(shown).startsWith("📄 " + KbFixture.HAECHI_ID + " — R&D <draft>\n"),
        shown.body());
    assertTrue(
        shown.params().get("text").contains("R&amp;D &lt;draft&gt;"),
        "the mrkdwn fallback is escaped");
    String answer = slack.await(c -> c.path().equals("/respond/rnd-asked")).blocks().toString();
    assertTrue(
        answer.contains("R&amp;D &lt;draft&gt; · ¶") && !answer.contains("&amp;amp;"),
        "the source line, mrkdwn, is escaped once: " + answer);
  }

  /**
   * The text of a reply as Slack shows it, after checking that it is drawn as written: every text
   * object plain_text without emoji codes, which Slack shows as sent, entities included.
   */
  private static String shownAsWritten(SlackApiStub.Call reply) {
    assertEquals("ephemeral", reply.params().get("response_type"));
    StringBuilder text = new StringBuilder();
    for (JsonNode block : reply.blocks()) {
      JsonNode object = block.path("text");
      assertEquals("plain_text", object.path("type").asText(), reply.body());
      assertFalse(object.path("emoji").asBoolean(true), reply.body());
      text.append(object.path("text").asText()).append('\n');
    }
    return text.toString();
  }

  private Map<String, String> command(String command, String text, String user, String name) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("token", "legacy-unused");
    fields.put("team_id", "T0TEST");
    fields.put("team_domain", "gwanyong-test");
    fields.put("channel_id", "CGENERAL");
    fields.put("channel_name", "general");
    fields.put("user_id", user);
    fields.put("user_name", user.toLowerCase());
    fields.put("command", command);
    fields.put("text", text);
    fields.put("api_app_id", "AGWANYONG");
    fields.put("response_url", slack.responseUrl(name));
    fields.put("trigger_id", "trigger-" + name + "-" + ids.incrementAndGet());
    return fields;
  }
}
