package dev.gwanyong.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gwanyong.admin.ModerationResult.Problem;
import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.corpus.RecordImporter;
import dev.gwanyong.index.IndexStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModerationServiceTest {

  /** A short Korean source on a topic the bundled corpus does not touch. */
  static final String HAECHI =
      """
      # 광화문 해치 조각상

      광화문 앞에 놓인 해치 조각상은 화재를 막아 준다는 전설을 지닌 상상의 동물을 새긴 것이다.
      조선 사람들은 관악산의 화기를 누르려고 해치를 궁궐 앞에 두었다고 전한다.

      해치는 옳고 그름을 가려내는 정의로운 동물로도 알려져 있어, 사헌부 관리의 관복에도 새겨졌다.
      """;
  static final String HAECHI_QUESTION = "광화문 해치 조각상은 무엇을 막아 준다는 전설이 있나요?";

  @TempDir Path temp;
  Fixture fixture;

  @BeforeEach
  void open() {
    fixture = new Fixture(temp);
  }

  @AfterEach
  void close() throws Exception {
    fixture.close();
  }

  private ModerationResult addHaechi(Actor actor) {
    return fixture.moderation.add(
        actor, new SourceInput.Text(HAECHI), SourceFields.ofId("gwanghwamun-haechi").withLicence("CC0"));
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
        "✅ Added gwanghwamun-haechi — 2 paragraphs, 3 passages. Searchable now. (audit #1)", result.message());
    List<String> cited = fixture.citedSources(HAECHI_QUESTION);
    assertEquals("gwanghwamun-haechi", cited.getFirst(), "the next question cites it at once: " + cited);
    assertTrue(fixture.answers.ask(HAECHI_QUESTION).citations().getFirst().quote().contains("화재를 막아"));
  }

  @Test
  void removeThenAskNoLongerCitesIt() {
    addHaechi(Fixture.SLACK_MODERATOR);
    assertEquals("gwanghwamun-haechi", fixture.citedSources(HAECHI_QUESTION).getFirst());

    ModerationResult result = fixture.moderation.remove(Fixture.DISCORD_MODERATOR_BY_ROLE, "gwanghwamun-haechi");

    assertInstanceOf(ModerationResult.Removed.class, result);
    assertFalse(fixture.citedSources(HAECHI_QUESTION).contains("gwanghwamun-haechi"));
    assertFalse(fixture.files().containsKey("gwanghwamun-haechi.txt"));
  }

  @Test
  void removingASourceRemovesItsTranslationToo() {
    ModerationResult result = fixture.moderation.remove(Fixture.SLACK_MODERATOR, "kubernetes-tolerance");

    assertInstanceOf(ModerationResult.Removed.class, result);
    assertFalse(fixture.files().containsKey("kubernetes-tolerance.txt"));
    assertFalse(fixture.files().containsKey("kubernetes-tolerance.en.txt"));
    assertEquals(4, ((ModerationResult.Listed) fixture.moderation.list("", 1, 100)).sources().size());
  }

  @Test
  void updateReplacesTheTextAndKeepsTheRestOfTheHeader() {
    addHaechi(Fixture.SLACK_MODERATOR);

    ModerationResult result =
        fixture.moderation.update(
            Fixture.SLACK_MODERATOR, "gwanghwamun-haechi",
            Optional.of(new SourceInput.Text("해태라고도 부르는 해치는 물을 다스리는 신수로 그려지기도 했다.")),
            SourceFields.none().withTitle("해치 이야기"));

    ModerationResult.Updated updated = assertInstanceOf(ModerationResult.Updated.class, result);
    assertEquals(1, updated.source().paragraphs());
    String file = new String(HexFormat.of().parseHex(fixture.files().get("gwanghwamun-haechi.txt")),
        StandardCharsets.UTF_8);
    assertTrue(file.contains("title: 해치 이야기\n"), file);
    assertTrue(file.contains("licence: CC0\n"), file);
    assertEquals("gwanghwamun-haechi", fixture.citedSources("해태라고도 부르는 해치는 무엇을 다스리나요?").getFirst());
  }

  @Test
  void anUploadedHtmlFileIsReducedToText() {
    byte[] html =
        ("<html><head><title>Haechi</title><script>x()</script></head><body><p>The haechi statue guards against fire."
                + "</p><p>It stands before Gwanghwamun.</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    ModerationResult.Added added =
        assertInstanceOf(
            ModerationResult.Added.class,
            fixture.moderation.add(
                Fixture.DISCORD_MODERATOR_BY_ROLE, new SourceInput.Upload("haechi.html", html), SourceFields.none()));
    assertEquals("haechi", added.source().id());
    assertEquals(2, added.source().paragraphs());
    assertEquals("haechi", fixture.citedSources("What does the haechi statue guard against?").getFirst());
  }

  @Test
  void aTranslatedSourceMayChangeItsHeaderAndKeepsItsTranslation() {
    ModerationResult result =
        fixture.moderation.update(
            Fixture.SLACK_MODERATOR, "kubernetes-tolerance", Optional.empty(),
            SourceFields.none().withAuthor("Gwanyong contributors"));
    ModerationResult.Updated updated = assertInstanceOf(ModerationResult.Updated.class, result, result::message);
    assertTrue(updated.source().translated());
    assertTrue(fixture.files().containsKey("kubernetes-tolerance.en.txt"));
  }

  @Test
  void anIdIsDerivedFromTheUrlOrTitleWhenNotGiven() {
    ModerationResult result =
        fixture.moderation.add(
            Fixture.SLACK_MODERATOR, new SourceInput.Text("Sourdough starters need daily feeding with flour."),
            SourceFields.none().withTitle("Sourdough Basics"));
    assertEquals("sourdough-basics", ((ModerationResult.Added) result).source().id());
    assertEquals("en", ((ModerationResult.Added) result).source().language());
  }

  @Test
  void controlCharactersInAPasteAreWrittenAsSpaces() throws Exception {
    // An escape sequence in a title would recolour or rewrite the terminal of whoever lists the sources.
    ModerationResult result =
        fixture.moderation.add(
            Fixture.SLACK_MODERATOR,
            new SourceInput.Text("Sourdough starters\u0007 need daily\u007f feeding.\n\nKeep the jar\u001b[2J warm."),
            SourceFields.none().withTitle("Sour\u001b[31mdough").withAuthor("A\u0000B\u0085C"));
    String id = assertInstanceOf(ModerationResult.Added.class, result).source().id();

    String file = Files.readString(fixture.corpus().resolve(id + ".txt"), StandardCharsets.UTF_8);
    assertTrue(file.contains("title: Sour [31mdough\n"), file);
    assertTrue(file.contains("author: A B C\n"), file);
    assertTrue(file.contains("Sourdough starters  need daily  feeding.\nKeep the jar [2J warm.\n"), file);
    assertTrue(file.chars().allMatch(c -> c == '\n' || !Character.isISOControl(c)), file);
    String listed = fixture.moderation.list("", 1, 100).message();
    assertTrue(listed.contains("Sour [31mdough") && listed.chars().allMatch(c -> c == '\n' || !Character.isISOControl(c)),
        listed);
  }

  @Test
  void aParagraphOrTitleOfControlCharactersOnlyIsNeverWrittenAsABlankLine() throws Exception {
    // Written as a space, a bell on a line of its own became a blank line, and the whole file was then skipped as not
    // a valid source: the change was reported as made but was lost at the next rebuild.
    ModerationResult added =
        fixture.moderation.add(
            Fixture.SLACK_MODERATOR,
            new SourceInput.Text("Sourdough starters need daily feeding.\n\n\u0007\n\nKeep the jar warm."),
            SourceFields.ofId("sourdough").withTitle("Sourdough"));
    assertEquals(2, assertInstanceOf(ModerationResult.Added.class, added, added::message).source().paragraphs());
    assertEquals(List.of(), Corpus.load(fixture.corpus()).skipped());

    rejects(Problem.INVALID_VALUE,
        () -> fixture.moderation.update(
            Fixture.SLACK_MODERATOR, "sourdough", Optional.empty(), SourceFields.none().withTitle("\u0007")));
    ModerationResult.Rejected html =
        rejects(Problem.INVALID_VALUE,
            () -> fixture.moderation.add(
                Fixture.SLACK_MODERATOR,
                new SourceInput.Upload("bell.html",
                    "<p>Starters like warmth.</p><p>&#7;</p>".getBytes(StandardCharsets.UTF_8)),
                SourceFields.ofId("bell").withTitle("Bell")));
    assertTrue(html.message().contains("paragraph (2) with no text"), html.message());
    assertEquals(List.of(), Corpus.load(fixture.corpus()).skipped());
  }

  @Test
  void listShowAndStatusReportTheCorpus() {
    addHaechi(Fixture.SLACK_MODERATOR);

    ModerationResult.Listed listed = assertInstanceOf(ModerationResult.Listed.class, fixture.moderation.list("", 1, 100));
    assertEquals(6, listed.sources().size());
    assertTrue(listed.message().contains("• gwanghwamun-haechi — 광화문 해치 조각상 (ko) · 2 paragraphs, 3 passages"));
    assertTrue(listed.message().contains("kubernetes-tolerance") && listed.message().contains("translated"));

    ModerationResult shown = fixture.moderation.show("gwanghwamun-haechi");
    assertTrue(shown.message().startsWith("📄 gwanghwamun-haechi — 광화문 해치 조각상"), shown.message());

    ModerationResult.Status status = assertInstanceOf(ModerationResult.Status.class, fixture.moderation.status());
    assertEquals(6, status.sources());
    assertTrue(status.current());
    assertEquals("U-MOD", status.lastChange().orElseThrow().user());
    assertTrue(status.message().contains("Last change: add gwanghwamun-haechi by slack:U-MOD"), status.message());
  }

  @Test
  void aListingIsNarrowedByWordsOfIdsOrTitlesAndPaged() {
    addHaechi(Fixture.SLACK_MODERATOR);

    ModerationResult.Listed kubernetes =
        assertInstanceOf(ModerationResult.Listed.class, fixture.moderation.list("ＫＵＢＥＲＮＥＴＥＳ", 1, 100));
    assertTrue(kubernetes.sources().stream().allMatch(s -> (s.id() + s.title()).toLowerCase().contains("kubernetes")));
    assertTrue(kubernetes.message().startsWith("📚 %d of 6 sources match \"ＫＵＢＥＲＮＥＴＥＳ\"\n"
        .formatted(kubernetes.sources().size())), kubernetes.message());
    assertEquals(List.of("gwanghwamun-haechi"),
        assertInstanceOf(ModerationResult.Listed.class, fixture.moderation.list("해치 광화문", 1, 100))
            .sources().stream().map(SourceSummary::id).toList(),
        "every word, in the title or the id");

    String first = fixture.moderation.list("", 1, 4).message();
    String second = fixture.moderation.list("", 2, 4).message();
    assertTrue(first.startsWith("📚 6 sources · page 1 of 2 (page:2 for more)\n"), first);
    assertTrue(second.startsWith("📚 6 sources · page 2 of 2\n"), second);
    assertEquals(4, first.lines().filter(l -> l.startsWith("• ")).count());
    assertEquals(2, second.lines().filter(l -> l.startsWith("• ")).count());
    assertTrue(second.lines().skip(1).noneMatch(first::contains), "no source is on both pages");
    assertEquals("📚 6 sources; page 3 is past the last, 2.", fixture.moderation.list("", 3, 4).message());
    assertEquals(first, fixture.moderation.list("\u00a0\u202f", 1, 4).message(), "no-break spaces are no words either");
    assertEquals("📚 No source's id or title contains \"sourdough\" (of 6 sources).",
        fixture.moderation.list("sourdough", 1, 4).message());
  }

  @Test
  void aChatListingOfThousandsOfSourcesIsPagedToFitOneMessage() throws Exception {
    for (int i = 0; i < 400; i++) {
      Files.writeString(fixture.corpus().resolve("note-%03d.txt".formatted(i)),
          "---\nid: note-%03d\ntitle: %s\nlang: en\nlicence: CC0\n---\nA note about sourdough starters.\n"
              .formatted(i, "A long title ".repeat(20)),
          StandardCharsets.UTF_8);
    }

    String listed = fixture.moderation.handle(Fixture.SLACK_MEMBER, "list note").message();

    assertTrue(listed.startsWith("📚 400 of 405 sources match \"note\" · page 1 of 40 (page:2 for more)\n"), listed);
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
      Files.writeString(fixture.corpus().resolve(id + ".txt"),
          "---\nid: %s\ntitle: %s\nlang: en\nlicence: CC0\n---\nA note about sourdough starters.\n"
              .formatted(id, "A title far longer than a listing shows. ".repeat(5)),
          StandardCharsets.UTF_8);
    }
    assertEquals(64, (prefix + "00").length(), "the longest id a source may have");

    Set<String> listed = new TreeSet<>();
    for (int page = 1; page <= ids.size(); page++) {
      String message = fixture.moderation.handle(Fixture.SLACK_MEMBER,
          "list " + prefix + " a title far longer than a listing shows page:" + page).message();
      if (message.contains("is past the last")) {
        break;
      }
      assertTrue(message.length() <= 2_000, "fits a Discord message: " + message.length() + "\n" + message);
      message.lines().filter(l -> l.startsWith("• ")).forEach(l -> listed.add(l.substring(2, l.indexOf(" — "))));
    }
    assertEquals(ids, listed, "every source is on a page");
  }

  @Test
  void rebuildIsAuditedAndKeepsAnswering() {
    List<String> before = fixture.served(Fixture.KNOWN_QUESTION);
    ModerationResult.Rebuilt rebuilt =
        assertInstanceOf(ModerationResult.Rebuilt.class, fixture.moderation.rebuild(Fixture.SLACK_MODERATOR));
    assertEquals(5, rebuilt.sources());
    assertEquals(before, fixture.served(Fixture.KNOWN_QUESTION));
    assertEquals("rebuild", fixture.auditEntries().getLast().action());
  }

  // --- permission ---------------------------------------------------------------------------------------------

  @Test
  void nonModeratorsAreRefusedAuditedAndNothingChanges() {
    Map<String, String> files = fixture.files();
    List<String> served = fixture.served(Fixture.KNOWN_QUESTION);

    List<ModerationResult> results =
        List.of(
            addHaechi(Fixture.SLACK_MEMBER),
            fixture.moderation.remove(Fixture.DISCORD_MEMBER, "kubernetes-history"),
            fixture.moderation.update(
                Fixture.SLACK_MEMBER, "kubernetes-history", Optional.empty(), SourceFields.none().withTitle("x")),
            fixture.moderation.rebuild(Fixture.DISCORD_MEMBER),
            fixture.moderation.handle(new Actor("matrix", "U-MOD", Set.of()), "remove kubernetes-history"));

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
    assertTrue(policy.mayChange(new Actor("slack", "U-ANY", Set.of("S-MODS"))));
    assertTrue(policy.mayChange(new Actor("discord", "1001", Set.of())));
    assertTrue(policy.mayChange(Fixture.DISCORD_MODERATOR_BY_ROLE));
    assertTrue(policy.mayChange(Actor.cli("operator")));
    assertFalse(policy.mayChange(Fixture.SLACK_MEMBER));
    assertFalse(policy.mayChange(Fixture.DISCORD_MEMBER));
    assertFalse(policy.mayChange(new Actor("discord", "U-MOD", Set.of())), "ids are per platform");
    assertFalse(policy.mayChange(new Actor("slack", "1001", Set.of("2002"))), "ids are per platform");
  }

  @Test
  void theAuditNumberGoesOnAcrossRestarts() throws Exception {
    addHaechi(Fixture.SLACK_MODERATOR);
    fixture.close();
    fixture = new Fixture(temp);
    ModerationResult removed = fixture.moderation.remove(Fixture.SLACK_MODERATOR, "gwanghwamun-haechi");
    assertEquals(Optional.of(2L), removed.auditSeq());
    ModerationResult.Status status = assertInstanceOf(ModerationResult.Status.class, fixture.moderation.status());
    assertEquals("remove", status.lastChange().orElseThrow().action());
  }

  // --- bad input changes nothing ------------------------------------------------------------------------------

  /** Runs a bad command and checks the outcome, the files, the served answers and the audit line. */
  private ModerationResult.Rejected rejects(Problem problem, Supplier<ModerationResult> bad) {
    Map<String, String> files = fixture.files();
    List<String> served = fixture.served(Fixture.KNOWN_QUESTION);
    int auditLines = fixture.auditEntries().size();

    ModerationResult result = bad.get();

    ModerationResult.Rejected rejected = assertInstanceOf(ModerationResult.Rejected.class, result, result::message);
    assertEquals(problem, rejected.problem(), rejected.message());
    assertTrue(rejected.message().startsWith("⚠️ "), rejected.message());
    assertEquals(files, fixture.files(), "corpus files unchanged");
    assertEquals(served, fixture.served(Fixture.KNOWN_QUESTION), "answers unchanged");
    assertEquals(auditLines + 1, fixture.auditEntries().size(), "the attempt is audited");
    assertEquals(AuditLog.Outcome.REJECTED, fixture.auditEntries().getLast().outcome());
    return rejected;
  }

  @Test
  void emptyTextChangesNothing() {
    rejects(Problem.EMPTY_TEXT,
        () -> fixture.moderation.add(Fixture.SLACK_MODERATOR, new SourceInput.Text("  \n\n "), SourceFields.none()));
    rejects(Problem.EMPTY_TEXT,
        () -> fixture.moderation.add(
            Fixture.SLACK_MODERATOR, new SourceInput.Text("```\ncode only\n```\n---\n"), SourceFields.none()));
  }

  @Test
  void binaryFilesChangeNothing() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    rejects(Problem.BINARY_FILE,
        () -> fixture.moderation.add(
            Fixture.SLACK_MODERATOR, new SourceInput.Upload("notes.txt", png), SourceFields.none()));
    byte[] latin1 = "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
    rejects(Problem.BINARY_FILE,
        () -> fixture.moderation.add(
            Fixture.SLACK_MODERATOR, new SourceInput.Upload("notes.md", latin1), SourceFields.none()));
  }

  @Test
  void koreanFilesSavedAsCp949OrUtf16AreReadAsWritten() throws Exception {
    // 똠 is in CP949 but not in EUC-KR's 2,350 syllables, so the file is read in the Windows superset.
    String text = "해치는 불을 막는다는 상상의 동물(動物)이다.\n\n광화문 앞 똠방각하 이야기.";
    byte[] utf16le = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] marked = new byte[utf16le.length + 2];
    marked[0] = (byte) 0xFF;
    marked[1] = (byte) 0xFE;
    System.arraycopy(utf16le, 0, marked, 2, utf16le.length);
    Map<String, byte[]> uploads = Map.of(
        "cp949", text.getBytes(Charset.forName("x-windows-949")),
        "utf16be", text.getBytes(StandardCharsets.UTF_16),
        "utf16le", marked);

    for (Map.Entry<String, byte[]> upload : uploads.entrySet()) {
      ModerationResult added = fixture.moderation.add(Fixture.SLACK_MODERATOR,
          new SourceInput.Upload(upload.getKey() + ".txt", upload.getValue()), SourceFields.ofId(upload.getKey()));

      assertEquals(2, assertInstanceOf(ModerationResult.Added.class, added, added::message).source().paragraphs());
      String file = Files.readString(fixture.corpus().resolve(upload.getKey() + ".txt"));
      assertTrue(file.endsWith("---\n해치는 불을 막는다는 상상의 동물(動物)이다.\n광화문 앞 똠방각하 이야기.\n"), file);
    }
    // Hanja alone decodes as CP949 as well, but without Hangul it may as well be Chinese in another encoding.
    ModerationResult.Rejected hanja = rejects(Problem.BINARY_FILE,
        () -> fixture.moderation.add(Fixture.SLACK_MODERATOR,
            new SourceInput.Upload("hanja.txt", "寬容".getBytes(Charset.forName("x-windows-949"))),
            SourceFields.none()));
    assertTrue(hanja.message().contains("CP949"), hanja.message());
  }

  @Test
  void anHtmlFileIsReadInTheCharsetItsMetaNames() throws Exception {
    byte[] latin = "<meta charset=\"windows-1252\"><title>Caf\u00e9s</title><p>A caf\u00e9 serves cr\u00e8me br\u00fbl\u00e9e.</p>"
        .getBytes(Charset.forName("windows-1252"));

    ModerationResult added = fixture.moderation.add(
        Fixture.SLACK_MODERATOR, new SourceInput.Upload("cafes.html", latin), SourceFields.ofId("cafes"));

    assertInstanceOf(ModerationResult.Added.class, added, added::message);
    String file = Files.readString(fixture.corpus().resolve("cafes.txt"));
    assertTrue(file.contains("title: Caf\u00e9s\n") && file.endsWith("A caf\u00e9 serves cr\u00e8me br\u00fbl\u00e9e.\n"), file);
  }

  @Test
  void chineseInGbkIsRefusedRatherThanReadAsKorean() throws Exception {
    // GBK decodes as CP949 without an error: 中文文本 comes out as 櫓匡匡굶, Hanja with about as many Hangul.
    for (String chinese : List.of("中文文本，这是一个测试。", "北京是中国的首都，也是一座历史悠久的城市。")) {
      rejects(Problem.BINARY_FILE,
          () -> fixture.moderation.add(Fixture.SLACK_MODERATOR,
              new SourceInput.Upload("news.txt", chinese.getBytes(Charset.forName("GBK"))),
              SourceFields.none()));
    }
  }

  @Test
  void oversizeTextChangesNothing() throws Exception {
    fixture.close();
    fixture = new Fixture(temp, Map.of("moderation.max_source_kib", "1"));
    String big = "이 문장은 크기 제한을 넘기려고 여러 번 되풀이된다. ".repeat(40);
    rejects(Problem.TOO_LARGE,
        () -> fixture.moderation.add(Fixture.SLACK_MODERATOR, new SourceInput.Text(big), SourceFields.none()));
    rejects(Problem.TOO_LARGE,
        () -> fixture.moderation.add(
            Fixture.SLACK_MODERATOR, new SourceInput.Upload("big.txt", big.getBytes(StandardCharsets.UTF_8)),
            SourceFields.none()));
  }

  @Test
  void duplicateIdChangesNothing() {
    rejects(Problem.DUPLICATE_ID,
        () -> fixture.moderation.add(
            Fixture.SLACK_MODERATOR, new SourceInput.Text("Some text."), SourceFields.ofId("kubernetes-history")));
  }

  @Test
  void unknownIdChangesNothingAndSuggestsTheNearestId() {
    ModerationResult.Rejected rejected =
        rejects(Problem.UNKNOWN_ID, () -> fixture.moderation.remove(Fixture.SLACK_MODERATOR, "kubernetes-histroy"));
    assertEquals(Optional.of("kubernetes-history"), rejected.suggestion());
    assertEquals("⚠️ No source \"kubernetes-histroy\". Did you mean kubernetes-history?", rejected.message());
    rejects(Problem.UNKNOWN_ID,
        () -> fixture.moderation.update(Fixture.SLACK_MODERATOR, "cncf-survy", Optional.empty(),
            SourceFields.none().withTitle("x")));
    ModerationResult.Rejected far =
        rejects(Problem.UNKNOWN_ID, () -> fixture.moderation.remove(Fixture.SLACK_MODERATOR, "pizza"));
    assertEquals(Optional.empty(), far.suggestion());
  }

  @Test
  void removingTheLastSourceChangesNothing() {
    for (String id : List.of("cncf-survey", "container-orchestration", "kubernetes-tolerance", "open-governance")) {
      assertInstanceOf(ModerationResult.Removed.class, fixture.moderation.remove(Fixture.SLACK_MODERATOR, id));
    }
    rejects(Problem.LAST_SOURCE, () -> fixture.moderation.remove(Fixture.SLACK_MODERATOR, "kubernetes-history"));
  }

  @Test
  void invalidIdsChangeNothing() {
    for (String id : List.of("../etc/passwd", "Upper-Case", "-leading", "with space", "x".repeat(65), "a.b")) {
      rejects(Problem.INVALID_ID,
          () -> fixture.moderation.add(Fixture.SLACK_MODERATOR, new SourceInput.Text("Text."), SourceFields.ofId(id)));
      rejects(Problem.INVALID_ID, () -> fixture.moderation.remove(Fixture.SLACK_MODERATOR, id));
    }
  }

  @Test
  void anUnknownLanguageChangesNothing() {
    rejects(Problem.INVALID_VALUE,
        () -> fixture.moderation.add(
            Fixture.SLACK_MODERATOR, new SourceInput.Text("Text."), SourceFields.none().withLanguage("fr")));
  }

  @Test
  void newTextForATranslatedSourceChangesNothing() {
    rejects(Problem.TRANSLATION_MISMATCH,
        () -> fixture.moderation.update(
            Fixture.SLACK_MODERATOR, "kubernetes-tolerance", Optional.of(new SourceInput.Text("한 문단뿐이다.")),
            SourceFields.none()));
  }

  @Test
  void badUrlsChangeNothing() {
    rejects(Problem.URL_SCHEME,
        () -> fixture.moderation.add(
            Fixture.SLACK_MODERATOR, new SourceInput.Url("file:///etc/passwd"), SourceFields.none()));
    rejects(Problem.URL_SCHEME,
        () -> fixture.moderation.add(
            Fixture.SLACK_MODERATOR, new SourceInput.Url("ftp://example.org/notes.txt"), SourceFields.none()));
    rejects(Problem.URL_PRIVATE_ADDRESS,
        () -> fixture.moderation.add(
            Fixture.SLACK_MODERATOR, new SourceInput.Url("http://127.0.0.1:9/page"), SourceFields.none()));
  }

  @Test
  void withTheLogsDiskFullNoChangeIsMadeUnaudited() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full");
    Files.createDirectories(fixture.config.logs());
    // Every write to /dev/full fails with "No space left on device", as on a full disk.
    Files.createSymbolicLink(fixture.config.logs().resolve(AuditLog.FILE), Path.of("/dev/full"));
    Map<String, String> files = fixture.files();

    ModerationResult added = addHaechi(Fixture.SLACK_MODERATOR);
    ModerationResult removed = fixture.moderation.remove(Fixture.SLACK_MODERATOR, "open-governance");

    assertInstanceOf(ModerationResult.Failed.class, added, added::message);
    assertInstanceOf(ModerationResult.Failed.class, removed, removed::message);
    assertEquals(files, fixture.files(), "a change that cannot be audited is not made");
    assertFalse(fixture.citedSources(HAECHI_QUESTION).contains("gwanghwamun-haechi"));
  }

  @Test
  void aFailureToRecordTheDoneLineRollsTheChangeBack() throws Exception {
    Map<String, String> files = fixture.files();
    // The log takes the time once per line: the intent gets it, the done line meets a full disk.
    AtomicInteger lines = new AtomicInteger();
    Clock fullAfterOneLine =
        new Clock() {
          @Override
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            if (lines.incrementAndGet() > 1) {
              throw new UncheckedIOException(new IOException("No space left on device"));
            }
            return Instant.parse("2026-11-30T00:00:00Z");
          }
        };
    try (ModerationService service =
        new ModerationService(
            fixture.corpus(), fixture.answers.store(), new ModeratorPolicy(fixture.config.moderators()),
            new AuditLog(fixture.config.logs(), fullAfterOneLine),
            new UrlFetcher(UrlFetcher.Limits.of(fixture.config.moderation())), 1 << 20)) {
      ModerationResult result =
          service.add(Fixture.SLACK_MODERATOR, new SourceInput.Text(HAECHI), SourceFields.ofId("gwanghwamun-haechi"));
      assertInstanceOf(ModerationResult.Failed.class, result, result::message);
    }
    AuditLog.Entry intent = fixture.auditEntries().getLast();
    assertEquals(AuditLog.Outcome.INTENT, intent.outcome(), "the log could not be written after the intent");

    // The next start closes that intent as failed, and never applies the change.
    try (ModerationService restarted = ModerationService.open(fixture.config, fixture.answers.store())) {
      AuditLog.Entry closing = fixture.auditEntries().getLast();
      assertEquals(AuditLog.Outcome.FAILED, closing.outcome());
      assertEquals(intent.txn(), closing.txn());
    }
    assertEquals(files, fixture.files(), "rolled back, with nothing left over");
    assertFalse(fixture.citedSources(HAECHI_QUESTION).contains("gwanghwamun-haechi"));
  }

  @Test
  void aFailedRebuildRollsTheFilesBackAndIsAudited() throws Exception {
    // A real store that cannot switch CURRENT (a folder is in the way of its temp file), so every rebuild fails.
    Path blocked = temp.resolve("blocked");
    Files.createDirectories(blocked.resolve("CURRENT.tmp"));
    var store = new IndexStore(
        blocked, fixture.answers.store().analysis());
    Map<String, String> files = fixture.files();
    try (ModerationService broken =
        new ModerationService(
            fixture.corpus(), store, new ModeratorPolicy(fixture.config.moderators()),
            new AuditLog(fixture.config.logs(), Clock.systemUTC()),
            new UrlFetcher(UrlFetcher.Limits.of(fixture.config.moderation())), 1 << 20)) {
      for (ModerationResult result :
          List.of(
              broken.add(Fixture.SLACK_MODERATOR, new SourceInput.Text(HAECHI), SourceFields.ofId("haechi")),
              broken.remove(Fixture.SLACK_MODERATOR, "kubernetes-tolerance"),
              broken.update(Fixture.SLACK_MODERATOR, "open-governance", Optional.empty(),
                  SourceFields.none().withTitle("Changed")))) {
        ModerationResult.Failed failed = assertInstanceOf(ModerationResult.Failed.class, result, result::message);
        assertTrue(failed.message().startsWith("❌ The change could not be applied (incident "), failed.message());
        assertTrue(failed.message().contains("Nothing changed."), failed.message());
        assertEquals(files, fixture.files(), "rolled back");
        assertEquals(AuditLog.Outcome.FAILED, fixture.auditEntries().getLast().outcome());
      }
      assertInstanceOf(ModerationResult.Failed.class, broken.rebuild(Fixture.SLACK_MODERATOR));
    }
  }

  @Test
  void aTitleOfMoreThanTwoHundredCharactersIsRefusedInChatUpdateAndImportAlike() {
    String tooLong = "가".repeat(201);
    Map<String, String> files = fixture.files();
    List<ModerationResult> refused = List.of(
        fixture.moderation.handle(Fixture.SLACK_MODERATOR, "add id:long-title title:\"" + tooLong + "\" text: 긴 제목."),
        fixture.moderation.update(
            Fixture.SLACK_MODERATOR, "open-governance", Optional.empty(), SourceFields.none().withTitle(tooLong)),
        fixture.moderation.importRecords(
            Fixture.SLACK_MODERATOR,
            List.of(new RecordImporter.Record(
                "long-title", "a".repeat(200_000), "Some text.", Optional.empty(), "en")),
            "CC0", false));
    for (ModerationResult result : refused) {
      ModerationResult.Rejected rejected = assertInstanceOf(ModerationResult.Rejected.class, result, result::message);
      assertEquals(Problem.INVALID_VALUE, rejected.problem());
      assertTrue(rejected.message().contains("more than the 200 a title may have"), rejected.message());
      assertEquals(1, rejected.message().lines().count(), rejected.message());
    }
    assertEquals(files, fixture.files(), "nothing was written");
    assertEquals(AuditLog.Outcome.REJECTED, fixture.auditEntries().getLast().outcome());

    ModerationResult added = fixture.moderation.handle(
        Fixture.SLACK_MODERATOR, "add id:long-title title:\"" + "가".repeat(200) + "\" text: 긴 제목.");
    assertInstanceOf(ModerationResult.Added.class, added, added::message);
    assertTrue(fixture.files().containsKey("long-title.txt"), "200 characters are a title");
  }

  @Test
  void aFileThatCannotBeReadIsRemovedAndComesBackWhenTheRebuildFails() throws Exception {
    Path unreadable = Path.of("/proc/self/mem"); // reading it fails for every user, root included
    assumeTrue(Files.isRegularFile(unreadable), "needs Linux");
    Path locked = Files.createSymbolicLink(fixture.corpus().resolve("locked.txt"), unreadable);
    Path blocked = temp.resolve("blocked"); // a store whose every rebuild fails, as above
    Files.createDirectories(blocked.resolve("CURRENT.tmp"));
    try (ModerationService broken =
        new ModerationService(
            fixture.corpus(), new IndexStore(blocked, fixture.answers.store().analysis()),
            new ModeratorPolicy(fixture.config.moderators()),
            new AuditLog(fixture.config.logs(), Clock.systemUTC()),
            new UrlFetcher(UrlFetcher.Limits.of(fixture.config.moderation())), 1 << 20)) {
      ModerationResult failed = broken.remove(Fixture.SLACK_MODERATOR, "locked");
      assertInstanceOf(ModerationResult.Failed.class, failed, failed::message);
      assertEquals(unreadable, Files.readSymbolicLink(locked), "rolled back: the very file is back");
    }

    ModerationResult removed = fixture.moderation.remove(Fixture.SLACK_MODERATOR, "locked");
    assertInstanceOf(ModerationResult.Removed.class, removed, removed::message);
    assertFalse(Files.exists(locked, LinkOption.NOFOLLOW_LINKS));
    assertEquals(AuditLog.Outcome.ALLOWED, fixture.auditEntries().getLast().outcome());
  }

  @Test
  void leftoverTempFilesFromACrashAreCleanedAndNeverRead() throws Exception {
    Files.writeString(fixture.corpus().resolve(".torn.txt.1234.tmp"), "---\nid: torn");
    fixture.close();
    fixture = new Fixture(temp);
    assertFalse(fixture.files().containsKey(".torn.txt.1234.tmp"));
  }
}
