package dev.gwanyong.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Moderators change the corpus (add, update, remove, list, rebuild) and questions see the change at
 * once; no one else may. Bad input is {@link ModerationRejectionTest}'s, changes that fail part way
 * {@link ModerationRecoveryTest}'s.
 */
class ModerationServiceTest extends FixtureTest {

  /** A short Korean source on a topic the bundled corpus does not touch. */
  static final String HAECHI =
      """
      # 광화문 해치 조각상

      광화문 앞에 놓인 해치 조각상은 화재를 막아 준다는 전설을 지닌 상상의 동물을 새긴 것이다.
      조선 사람들은 관악산의 화기를 누르려고 해치를 궁궐 앞에 두었다고 전한다.

      해치는 옳고 그름을 가려내는 정의로운 동물로도 알려져 있어, 사헌부 관리의 관복에도 새겨졌다.
      """;

  static final String HAECHI_QUESTION = "광화문 해치 조각상은 무엇을 막아 준다는 전설이 있나요?";

  private ModerationResult addHaechi(Actor actor) {
    return fixture.moderation.add(
        actor,
        new SourceInput.Text(HAECHI),
        SourceFields.ofId("gwanghwamun-haechi").withLicence("CC0"));
  }

  @Test
  void addThenAskCitesTheNewKoreanSource() {
    assertFalse(fixture.citedSources(HAECHI_QUESTION).contains("gwanghwamun-haechi"));

    ModerationResult result = addHaechi(Fixture.SLACK_MODERATOR);

    ModerationResult.Added added = assertInstanceOf(ModerationResult.Added.class, result);
    assertEquals("gwanghwamun-haechi", added.source().id());
    assertEquals("광화문 해치 조각상", added.source().title());
    assertEquals("ko", added.source().language());
    assertEquals(2, added.source().paragraphs());
    assertEquals(3, added.source().passages());
    assertEquals(
        "✅ Added gwanghwamun-haechi — 2 paragraphs, 3 passages. Searchable now. (audit #1)",
        result.message());
    List<String> cited = fixture.citedSources(HAECHI_QUESTION);
    assertEquals(
        "gwanghwamun-haechi", cited.getFirst(), "the next question cites it at once: " + cited);
    assertTrue(
        fixture.answers.ask(HAECHI_QUESTION).citations().getFirst().quote().contains("화재를 막아"));
  }

  @Test
  void aSourceFileFromAnotherCorpusIsAddedAsItsOwnFormatSays() throws Exception {
    byte[] file = Files.readAllBytes(fixture.corpus().resolve("cncf-survey.txt"));
    fixture.moderation.remove(Fixture.SLACK_MODERATOR, "cncf-survey");

    ModerationResult result =
        fixture.moderation.add(
            Fixture.SLACK_MODERATOR,
            new SourceInput.Upload("copied.txt", file),
            SourceFields.none());

    ModerationResult.Added added =
        assertInstanceOf(ModerationResult.Added.class, result, result::message);
    assertEquals("cncf-survey", added.source().id(), "the file's own id");
    assertEquals(
        9, added.source().paragraphs(), "one paragraph a line, not the lines run together");
    assertEquals(
        new String(file, StandardCharsets.UTF_8),
        Files.readString(fixture.corpus().resolve("cncf-survey.txt")),
        "header values and body as they were");

    ModerationResult renamed =
        fixture.moderation.add(
            Fixture.SLACK_MODERATOR,
            new SourceInput.Text(
                new String(file, StandardCharsets.UTF_8).replace("CNCF", "The CNCF")),
            SourceFields.ofId("cncf-copy").withTitle("A copy"));
    ModerationResult.Added copy =
        assertInstanceOf(ModerationResult.Added.class, renamed, renamed::message);
    assertEquals(
        List.of("cncf-copy", "A copy", "en"),
        List.of(copy.source().id(), copy.source().title(), copy.source().language()),
        "what the moderator gives wins");
  }

  @Test
  void removeThenAskNoLongerCitesIt() {
    addHaechi(Fixture.SLACK_MODERATOR);
    assertEquals("gwanghwamun-haechi", fixture.citedSources(HAECHI_QUESTION).getFirst());

    ModerationResult result =
        fixture.moderation.remove(Fixture.DISCORD_MODERATOR_BY_ROLE, "gwanghwamun-haechi");

    assertInstanceOf(ModerationResult.Removed.class, result);
    assertFalse(fixture.citedSources(HAECHI_QUESTION).contains("gwanghwamun-haechi"));
    assertFalse(fixture.files().containsKey("gwanghwamun-haechi.txt"));
  }

  @Test
  void removingASourceRemovesItsTranslationToo() {
    ModerationResult result =
        fixture.moderation.remove(Fixture.SLACK_MODERATOR, "kubernetes-tolerance");

    assertInstanceOf(ModerationResult.Removed.class, result);
    assertFalse(fixture.files().containsKey("kubernetes-tolerance.txt"));
    assertFalse(fixture.files().containsKey("kubernetes-tolerance.en.txt"));
    assertEquals(
        4, ((ModerationResult.Listed) fixture.moderation.list("", 1, 100)).sources().size());
  }

  @Test
  void updateReplacesTheTextAndKeepsTheRestOfTheHeader() {
    addHaechi(Fixture.SLACK_MODERATOR);

    ModerationResult result =
        fixture.moderation.update(
            Fixture.SLACK_MODERATOR,
            "gwanghwamun-haechi",
            Optional.of(new SourceInput.Text("해태라고도 부르는 해치는 물을 다스리는 신수로 그려지기도 했다.")),
            SourceFields.none().withTitle("해치 이야기"));

    ModerationResult.Updated updated = assertInstanceOf(ModerationResult.Updated.class, result);
    assertEquals(1, updated.source().paragraphs());
    String file =
        new String(
            HexFormat.of().parseHex(fixture.files().get("gwanghwamun-haechi.txt")),
            StandardCharsets.UTF_8);
    assertTrue(file.contains("title: 해치 이야기\n"), file);
    assertTrue(file.contains("licence: CC0\n"), file);
    assertEquals("gwanghwamun-haechi", fixture.citedSources("해태라고도 부르는 해치는 무엇을 다스리나요?").getFirst());
  }

  @Test
  void anUploadedHtmlFileIsReducedToText() {
    byte[] html =
        ("<html><head><title>Haechi</title><script>x()</script></head><body><p>The haechi statue"
                + " guards against fire.</p><p>It stands before Gwanghwamun.</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    ModerationResult.Added added =
        assertInstanceOf(
            ModerationResult.Added.class,
            fixture.moderation.add(
                Fixture.DISCORD_MODERATOR_BY_ROLE,
                new SourceInput.Upload("haechi.html", html),
                SourceFields.none()));
    assertEquals("haechi", added.source().id());
    assertEquals(2, added.source().paragraphs());
    assertEquals(
        "haechi", fixture.citedSources("What does the haechi statue guard against?").getFirst());
  }

  @Test
  void aTranslatedSourceMayChangeItsHeaderAndKeepsItsTranslation() {
    ModerationResult result =
        fixture.moderation.update(
            Fixture.SLACK_MODERATOR,
            "kubernetes-tolerance",
            Optional.empty(),
            SourceFields.none().withAuthor("Gwanyong contributors"));
    ModerationResult.Updated updated =
        assertInstanceOf(ModerationResult.Updated.class, result, result::message);
    assertTrue(updated.source().translated());
    assertTrue(fixture.files().containsKey("kubernetes-tolerance.en.txt"));
  }

  @Test
  void anIdIsDerivedFromTheUrlOrTitleWhenNotGiven() {
    ModerationResult result =
        fixture.moderation.add(
            Fixture.SLACK_MODERATOR,
            new SourceInput.Text("Sourdough starters need daily feeding with flour."),
            SourceFields.none().withTitle("Sourdough Basics"));
    assertEquals("sourdough-basics", ((ModerationResult.Added) result).source().id());
    assertEquals("en", ((ModerationResult.Added) result).source().language());
  }

  @Test
  void controlCharactersInAPasteAreWrittenAsSpaces() throws Exception {
    // An escape sequence in a title would recolour or rewrite the terminal of whoever lists the
    // sources.
    ModerationResult result =
        fixture.moderation.add(
            Fixture.SLACK_MODERATOR,
            new SourceInput.Text(
                "Sourdough starters\u0007 need daily\u007f feeding.\n\n"
                    + "Keep the jar\u001b[2J warm."),
            SourceFields.none().withTitle("Sour\u001b[31mdough").withAuthor("A\u0000B\u0085C"));
    String id = assertInstanceOf(ModerationResult.Added.class, result).source().id();

    String file = Files.readString(fixture.corpus().resolve(id + ".txt"), StandardCharsets.UTF_8);
    assertTrue(file.contains("title: Sour [31mdough\n"), file);
    assertTrue(file.contains("author: A B C\n"), file);
    assertTrue(
        file.contains("Sourdough starters  need daily  feeding.\nKeep the jar [2J warm.\n"), file);
    assertTrue(file.chars().allMatch(c -> c == '\n' || !Character.isISOControl(c)), file);
    String listed = fixture.moderation.list("", 1, 100).message();
    assertTrue(
        listed.contains("Sour [31mdough")
            && listed.chars().allMatch(c -> c == '\n' || !Character.isISOControl(c)),
        listed);
  }

  @Test
  void listShowAndStatusReportTheCorpus() {
    addHaechi(Fixture.SLACK_MODERATOR);

    ModerationResult.Listed listed =
        assertInstanceOf(ModerationResult.Listed.class, fixture.moderation.list("", 1, 100));
    assertEquals(6, listed.sources().size());
    assertTrue(
        listed
            .message()
            .contains("• gwanghwamun-haechi — 광화문 해치 조각상 (ko) · 2 paragraphs, 3 passages"));
    assertTrue(
        listed.message().contains("kubernetes-tolerance")
            && listed.message().contains("translated"));

    ModerationResult shown = fixture.moderation.show("gwanghwamun-haechi");
    assertTrue(shown.message().startsWith("📄 gwanghwamun-haechi — 광화문 해치 조각상"), shown.message());

    ModerationResult.Status status =
        assertInstanceOf(ModerationResult.Status.class, fixture.moderation.status());
    assertEquals(6, status.sources());
    assertTrue(status.current());
    assertEquals("UMOD", status.lastChange().orElseThrow().user());
    assertTrue(
        status.message().contains("Last change: add gwanghwamun-haechi by slack:UMOD"),
        status.message());
  }

  @Test
  void aListingIsNarrowedByWordsOfIdsOrTitlesAndPaged() {
    addHaechi(Fixture.SLACK_MODERATOR);

    ModerationResult.Listed kubernetes =
        assertInstanceOf(
            ModerationResult.Listed.class, fixture.moderation.list("ＫＵＢＥＲＮＥＴＥＳ", 1, 100));
    assertTrue(
        kubernetes.sources().stream()
            .allMatch(s -> (s.id() + s.title()).toLowerCase().contains("kubernetes")));
    assertTrue(
        kubernetes
            .message()
            .startsWith(
                "📚 %d of 6 sources match \"ＫＵＢＥＲＮＥＴＥＳ\"\n".formatted(kubernetes.sources().size())),
        kubernetes.message());
    assertEquals(
        List.of("gwanghwamun-haechi"),
        assertInstanceOf(ModerationResult.Listed.class, fixture.moderation.list("해치 광화문", 1, 100))
            .sources()
            .stream()
            .map(SourceSummary::id)
            .toList(),
        "every word, in the title or the id");

    String first = fixture.moderation.list("", 1, 4).message();
    String second = fixture.moderation.list("", 2, 4).message();
    assertTrue(first.startsWith("📚 6 sources · page 1 of 2 (page:2 for more)\n"), first);
    assertTrue(second.startsWith("📚 6 sources · page 2 of 2\n"), second);
    assertEquals(4, first.lines().filter(l -> l.startsWith("• ")).count());
    assertEquals(2, second.lines().filter(l -> l.startsWith("• ")).count());
    assertTrue(second.lines().skip(1).noneMatch(first::contains), "no source is on both pages");
    assertEquals(
        "📚 6 sources; page 3 is past the last, 2.", fixture.moderation.list("", 3, 4).message());
    assertEquals(
        first,
        fixture.moderation.list("\u00a0\u202f", 1, 4).message(),
        "no-break spaces are no words either");
    assertEquals(
        "📚 No source's id or title contains \"sourdough\" (of 6 sources).",
        fixture.moderation.list("sourdough", 1, 4).message());
  }

  @Test
  void aChatListingOfThousandsOfSourcesIsPagedToFitOneMessage() throws Exception {
    for (int i = 0; i < 400; i++) {
      Files.writeString(
          fixture.corpus().resolve("note-%03d.txt".formatted(i)),
          "---\nid: note-%03d\ntitle: %s\nlang: en\nlicence: CC0\n---\nA note about sourdough starters.\n"
              .formatted(i, "A long title ".repeat(20)),
          StandardCharsets.UTF_8);
    }

    String listed = fixture.moderation.handle(Fixture.SLACK_MEMBER, "list note").message();

    assertTrue(
        listed.startsWith(
            "📚 400 of 405 sources match \"note\" · page 1 of 40 (page:2 for more)\n"),
        listed);
    assertTrue(listed.length() <= 2_000, "fits a Discord message: " + listed.length());
    assertTrue(listed.contains("• note-000 — A long title A long title"), listed);
  }

  @Test
  void aChatPageOfTheLongestIdsAndTitlesStillFitsOneDiscordMessage() throws Exception {
    String prefix = "a-source-id-as-long-as-ids-may-be-and-all-in-one-listing-page-";
    Set<String> ids = new TreeSet<>();
    for (int i = 0; i < 30; i++) {
      String id = prefix + "%02d".formatted(i);
      ids.add(id);
      Files.writeString(
          fixture.corpus().resolve(id + ".txt"),
          "---\nid: %s\ntitle: %s\nlang: en\nlicence: CC0\n---\nA note about sourdough starters.\n"
              .formatted(id, "A title far longer than a listing shows. ".repeat(5)),
          StandardCharsets.UTF_8);
    }
    assertEquals(64, (prefix + "00").length(), "the longest id a source may have");

    Set<String> listed = new TreeSet<>();
    for (int page = 1; page <= ids.size(); page++) {
      String message =
          fixture
              .moderation
              .handle(
                  Fixture.SLACK_MEMBER,
                  "list " + prefix + " a title far longer than a listing shows page:" + page)
              .message();
      if (message.contains("is past the last")) {
        break;
      }
      assertTrue(
          message.length() <= 2_000,
          "fits a Discord message: " + message.length() + "\n" + message);
      message
          .lines()
          .filter(l -> l.startsWith("• "))
          .forEach(l -> listed.add(l.substring(2, l.indexOf(" — "))));
    }
    assertEquals(ids, listed, "every source is on a page");
  }

  @Test
  void rebuildIsAuditedAndKeepsAnswering() {
    List<String> before = fixture.served(Fixture.KNOWN_QUESTION);
    ModerationResult.Rebuilt rebuilt =
        assertInstanceOf(
            ModerationResult.Rebuilt.class, fixture.moderation.rebuild(Fixture.SLACK_MODERATOR));
    assertEquals(5, rebuilt.sources());
    assertEquals(before, fixture.served(Fixture.KNOWN_QUESTION));
    assertEquals("rebuild", fixture.auditEntries().getLast().action());
  }

  // --- permission
  // ---------------------------------------------------------------------------------------------

  @Test
  void nonModeratorsAreRefusedAuditedAndNothingChanges() {
    Map<String, String> files = fixture.files();
    List<String> served = fixture.served(Fixture.KNOWN_QUESTION);

    List<ModerationResult> results =
        List.of(
            addHaechi(Fixture.SLACK_MEMBER),
            fixture.moderation.remove(Fixture.DISCORD_MEMBER, "kubernetes-history"),
            fixture.moderation.update(
                Fixture.SLACK_MEMBER,
                "kubernetes-history",
                Optional.empty(),
                SourceFields.none().withTitle("x")),
            fixture.moderation.rebuild(Fixture.DISCORD_MEMBER),
            fixture.moderation.handle(
                new Actor("matrix", "UMOD", Set.of()), "remove kubernetes-history"));

    for (ModerationResult result : results) {
      assertInstanceOf(ModerationResult.Denied.class, result);
      assertEquals("⛔ Only moderators can change the sources.", result.message());
    }
    assertEquals(files, fixture.files());
    assertEquals(served, fixture.served(Fixture.KNOWN_QUESTION));
    List<AuditLog.Entry> audit = fixture.auditEntries();
    assertEquals(5, audit.size());
    assertTrue(audit.stream().allMatch(e -> e.outcome() == AuditLog.Outcome.REFUSED));
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L), audit.stream().map(AuditLog.Entry::seq).toList());
    assertEquals("U-MEMBER", audit.getFirst().user());
    assertEquals("slack", audit.getFirst().platform());
    assertEquals("add", audit.getFirst().action());
    assertEquals("kubernetes-history", audit.get(1).sourceId());
  }

  @Test
  void moderatorsAreRecognisedByUserOrGroupOnBothPlatforms() {
    ModeratorPolicy policy = new ModeratorPolicy(fixture.config.moderators());
    assertTrue(policy.mayChange(Fixture.SLACK_MODERATOR));
    assertTrue(policy.mayChange(new Actor("slack", "UANY", Set.of("SMODS"))));
    assertTrue(policy.mayChange(new Actor("discord", "1001", Set.of())));
    assertTrue(policy.mayChange(Fixture.DISCORD_MODERATOR_BY_ROLE));
    assertTrue(policy.mayChange(Actor.cli("operator")));
    assertFalse(policy.mayChange(Fixture.SLACK_MEMBER));
    assertFalse(policy.mayChange(Fixture.DISCORD_MEMBER));
    assertFalse(policy.mayChange(new Actor("discord", "UMOD", Set.of())), "ids are per platform");
    assertFalse(
        policy.mayChange(new Actor("slack", "1001", Set.of("2002"))), "ids are per platform");
  }

  @Test
  void theAuditNumberGoesOnAcrossRestarts() throws Exception {
    addHaechi(Fixture.SLACK_MODERATOR);
    fixture.close();
    fixture = new Fixture(temp);
    ModerationResult removed =
        fixture.moderation.remove(Fixture.SLACK_MODERATOR, "gwanghwamun-haechi");
    assertEquals(Optional.of(2L), removed.auditSeq());
    ModerationResult.Status status =
        assertInstanceOf(ModerationResult.Status.class, fixture.moderation.status());
    assertEquals("remove", status.lastChange().orElseThrow().action());
  }
}
