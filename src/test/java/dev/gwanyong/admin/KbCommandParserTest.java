package dev.gwanyong.admin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KbCommandParserTest {

  private static KbCommand parsed(String text) {
    KbCommandParser.Result result = KbCommandParser.parse(text);
    return assertInstanceOf(KbCommandParser.Parsed.class, result, result::toString).command();
  }

  private static String invalid(String text) {
    return assertInstanceOf(KbCommandParser.Invalid.class, KbCommandParser.parse(text)).message();
  }

  @Test
  void addByUrlWithQuotedTitle() {
    KbCommand.Add add =
        assertInstanceOf(
            KbCommand.Add.class,
            parsed("add url:https://example.org/k8s-history title:\"Kubernetes history\" lang:en"));
    assertEquals(new SourceInput.Url("https://example.org/k8s-history"), add.input());
    assertEquals(Optional.of("Kubernetes history"), add.fields().title());
    assertEquals(Optional.of("en"), add.fields().language());
    assertEquals(Optional.empty(), add.fields().id());
  }

  @Test
  void aBareUrlIsTheUrlWhateverItsScheme() {
    assertEquals(
        new SourceInput.Url("https://example.org/a"),
        ((KbCommand.Add) parsed("add https://example.org/a")).input());
    assertEquals(
        new SourceInput.Url("ftp://example.org/a"),
        ((KbCommand.Add) parsed("add ftp://example.org/a")).input());
  }

  @Test
  void chatLinksLoseTheirBracketsAndLabels() {
    assertEquals(
        new SourceInput.Url("https://example.org/k8s-history"),
        ((KbCommand.Add)
                parsed("add url:<https://example.org/k8s-history|Kubernetes history page> lang:en"))
            .input());
    assertEquals(
        new SourceInput.Url("https://example.org/a?b=1"),
        ((KbCommand.Add) parsed("add <https://example.org/a?b=1> title:\"A\"")).input());
    assertEquals(
        new SourceInput.Text("<b>bold</b> text"),
        ((KbCommand.Add) parsed("add text: <b>bold</b> text")).input());
  }

  @Test
  void addTextTakesTheRestVerbatimWithNewlines() {
    KbCommand.Add add =
        assertInstanceOf(
            KbCommand.Add.class,
            parsed("add id:haechi title:“광화문 해치” text: 첫 문단이다.\n이어지는 줄.\n\n둘째 문단: 콜론도 괜찮다."));
    assertEquals(new SourceInput.Text("첫 문단이다.\n이어지는 줄.\n\n둘째 문단: 콜론도 괜찮다."), add.input());
    assertEquals(Optional.of("haechi"), add.fields().id());
    assertEquals(Optional.of("광화문 해치"), add.fields().title());
  }

  @Test
  void theFirstWordThatIsNotAnOptionStartsTheText() {
    KbCommand.Add add =
        assertInstanceOf(KbCommand.Add.class, parsed("add lang:ko 해치는 상상의 동물이다. it's fine"));
    assertEquals(new SourceInput.Text("해치는 상상의 동물이다. it's fine"), add.input());
  }

  @Test
  void anAttachmentIsTheInputWhenNoTextOrUrlIsGiven() {
    SourceInput.Upload upload =
        new SourceInput.Upload("notes.md", "# Notes".getBytes(StandardCharsets.UTF_8));
    KbCommand.Add add =
        assertInstanceOf(
            KbCommand.Add.class,
            ((KbCommandParser.Parsed) KbCommandParser.parse("add id:notes", Optional.of(upload)))
                .command());
    SourceInput.Upload got = assertInstanceOf(SourceInput.Upload.class, add.input());
    assertArrayEquals(upload.bytes(), got.bytes());
  }

  @Test
  void aQuoteLeftOpenIsAMistakeNotPartOfTheValue() {
    String open = invalid("add title:\"My notes text: hello");
    assertTrue(
        open.startsWith(
            "⚠️ title: opens a quote that is never closed; close it, e.g. title:\"…\"\n"),
        open);
    assertTrue(
        invalid("update k8s author:“Kim")
            .startsWith("⚠️ author: opens a quote that is never closed"));
    assertEquals(
        Optional.of("'til"),
        ((KbCommand.Add) parsed("add title:'til text: dawn")).fields().title(),
        "an apostrophe may start a word");
    assertEquals(
        new SourceInput.Text("\"quoted hello"),
        ((KbCommand.Add) parsed("add id:x text:\"quoted hello")).input(),
        "the text is taken as typed");
  }

  @Test
  void aKeyWithASpaceBeforeItsValueIsAMistakeNotAnEmptyValueAndNewText() {
    assertTrue(
        invalid("update k8s author: Kim")
            .startsWith(
                "⚠️ author: needs its value right after the colon, e.g. author:\"…\", or"
                    + " author:\"\" to clear it.\n"));
    assertTrue(
        invalid("add url: https://example.org/k8s")
            .startsWith("⚠️ url: needs its value right after the colon, e.g. url:\"…\".\n"));
    assertTrue(
        invalid("update k8s licence:")
            .startsWith("⚠️ licence: needs its value right after the colon"));
    assertEquals(
        Optional.of(""),
        ((KbCommand.Update) parsed("update k8s author:\"\"")).fields().author(),
        "an empty value typed as such clears");
  }

  @Test
  void updateTakesTheIdFirst() {
    KbCommand.Update update =
        assertInstanceOf(
            KbCommand.Update.class, parsed("update k8s-history title:\"Kubernetes: a history\""));
    assertEquals("k8s-history", update.id());
    assertEquals(Optional.empty(), update.input());
    assertEquals(Optional.of("Kubernetes: a history"), update.fields().title());
    KbCommand.Update withText =
        assertInstanceOf(KbCommand.Update.class, parsed("update k8s-history text: 새 본문"));
    assertEquals(Optional.of(new SourceInput.Text("새 본문")), withText.input());
  }

  @Test
  void simpleCommands() {
    assertEquals(new KbCommand.Remove("k8s-histroy"), parsed("remove k8s-histroy"));
    assertEquals(new KbCommand.Show("k8s-history"), parsed("show k8s-history"));
    assertEquals(KbCommand.ListSources.ALL, parsed("list"));
    assertEquals(
        new KbCommand.ListSources("kubernetes history", 1), parsed("list kubernetes history"));
    assertEquals(new KbCommand.ListSources("쿠버네티스", 3), parsed("list page:3 쿠버네티스"));
    assertEquals(new KbCommand.ListSources("", 2), parsed("list PAGE:2"));
    assertEquals(new KbCommand.Status(), parsed("  STATUS "));
    assertEquals(new KbCommand.Reindex(), parsed("reindex"));
    assertEquals(new KbCommand.Reindex(), parsed("rebuild"));
    assertEquals(new KbCommand.Help(), parsed(""));
    assertEquals(new KbCommand.Help(), parsed("help"));
  }

  @Test
  void mistakesGetUsage() {
    assertTrue(invalid("frobnicate").contains("Unknown command \"frobnicate\""));
    assertTrue(invalid("add").contains("add needs url:"));
    assertTrue(invalid("add url:https://a.org/x text: y").contains("either url: or text:"));
    assertTrue(invalid("add titel:\"x\" url:https://a.org").contains("Unknown option \"titel:\""));
    assertTrue(invalid("remove").contains("exactly one source id"));
    assertTrue(invalid("remove a b").contains("exactly one source id"));
    assertTrue(invalid("update title:x").contains("update needs the id"));
    assertTrue(invalid("status everything").contains("takes no arguments"));
    assertTrue(invalid("list page:0").contains("page: takes a page number from 1"));
    assertTrue(invalid("list page:two").contains("page: takes a page number from 1"));
    assertTrue(invalid("list page:99999999999").contains("page: takes a page number from 1"));
    assertTrue(invalid("list page:2 page:3").contains("page: is given twice"));
    assertTrue(invalid("frobnicate").contains("/kb add url:"), "usage follows the message");
  }

  @Test
  void handleRunsParsedCommandsAndReportsUsage(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) throws Exception {
    try (Fixture fixture = new Fixture(temp)) {
      ModerationResult refused = fixture.moderation.handle(Fixture.SLACK_MEMBER, "frobnicate");
      assertInstanceOf(ModerationResult.Denied.class, refused, "permission comes before parsing");
      assertEquals(
          AuditLog.Outcome.REFUSED,
          fixture.auditEntries().getLast().outcome(),
          "every attempt is audited");
      ModerationResult removed =
          fixture.moderation.handle(Fixture.SLACK_MODERATOR, "remove k8s-histroy");
      assertEquals("⚠️ No source \"k8s-histroy\".", removed.message());
      ModerationResult typo =
          fixture.moderation.handle(Fixture.SLACK_MODERATOR, "remove kubernetes-histroy");
      assertEquals(
          "⚠️ No source \"kubernetes-histroy\". Did you mean kubernetes-history?", typo.message());
      assertInstanceOf(
          ModerationResult.Listed.class, fixture.moderation.handle(Fixture.SLACK_MEMBER, "list"));
      ModerationResult added =
          fixture.moderation.handle(
              Fixture.SLACK_MODERATOR,
              "add id:haechi title:\"광화문 해치\" text: 해치는 불을 막는다는 상상의 동물이다.");
      assertEquals(
          "✅ Added haechi — 1 paragraph, 1 passage. Searchable now. (audit #4)", added.message());
    }
  }

  private static KbCommand typed(String subcommand, Map<String, String> options) {
    KbCommandParser.Result result = KbCommandParser.parse(subcommand, options, Optional.empty());
    return assertInstanceOf(KbCommandParser.Parsed.class, result, result::toString).command();
  }

  @Test
  void typedOptionsBuildTheSameCommandsAsText() {
    KbCommand.Add add =
        assertInstanceOf(
            KbCommand.Add.class,
            typed(
                "add",
                Map.of(
                    "url",
                    "<https://example.org/k8s-history>",
                    "title",
                    "Kubernetes \"history\"")));
    assertEquals(new SourceInput.Url("https://example.org/k8s-history"), add.input());
    assertEquals(Optional.of("Kubernetes \"history\""), add.fields().title());

    assertEquals(new KbCommand.Remove("k8s-history"), typed("remove", Map.of("id", "k8s-history")));
    assertEquals(new KbCommand.Show("k8s-history"), typed("show", Map.of("id", "k8s-history")));
    assertEquals(KbCommand.ListSources.ALL, typed("list", Map.of()));
    assertEquals(
        new KbCommand.ListSources("history", 2),
        typed("list", Map.of("match", " history ", "page", "2")));
    assertEquals(new KbCommand.Reindex(), typed("reindex", Map.of()));

    KbCommand.Update update =
        assertInstanceOf(
            KbCommand.Update.class, typed("update", Map.of("id", "k8s-history", "lang", "EN")));
    assertEquals("k8s-history", update.id());
    assertEquals(Optional.empty(), update.input());
    assertEquals(Optional.of("en"), update.fields().language());
  }

  @Test
  void typedTextKeepsItsNewlinesAndAnAttachmentIsTheInput() {
    KbCommand.Add text =
        (KbCommand.Add) typed("add", Map.of("text", "첫 문단.\n\n둘째 문단.", "lang", "ko"));
    assertEquals(new SourceInput.Text("첫 문단.\n\n둘째 문단."), text.input());

    SourceInput.Upload file =
        new SourceInput.Upload("notes.md", "# Notes".getBytes(StandardCharsets.UTF_8));
    KbCommandParser.Result result =
        KbCommandParser.parse("add", Map.of("id", "notes"), Optional.of(file));
    KbCommand.Add upload = (KbCommand.Add) ((KbCommandParser.Parsed) result).command();
    assertEquals("notes.md", ((SourceInput.Upload) upload.input()).fileName());
  }

  @Test
  void typedMistakesGetTheSameMessages() {
    assertTrue(message("add", Map.of()).contains("add needs url:"));
    assertTrue(
        message("add", Map.of("url", "https://a.org", "text", "x"))
            .contains("either url: or text:"));
    SourceInput.Upload file =
        new SourceInput.Upload("notes.md", "# Notes".getBytes(StandardCharsets.UTF_8));
    for (String input : List.of("url", "text")) {
      KbCommandParser.Result withFile =
          KbCommandParser.parse("add", Map.of(input, "https://a.org/notes"), Optional.of(file));
      assertTrue(
          assertInstanceOf(KbCommandParser.Invalid.class, withFile)
              .message()
              .contains("or a file, not two"));
    }
    assertTrue(message("update", Map.of("title", "x")).contains("update needs the id"));
    assertTrue(message("remove", Map.of()).contains("exactly one source id"));
    assertTrue(message("add", Map.of("colour", "red")).contains("Unknown option \"colour:\""));
    assertTrue(message("frobnicate", Map.of()).contains("Unknown command"));
  }

  private static String message(String subcommand, Map<String, String> options) {
    return assertInstanceOf(
            KbCommandParser.Invalid.class,
            KbCommandParser.parse(subcommand, options, Optional.empty()))
        .message();
  }
}
