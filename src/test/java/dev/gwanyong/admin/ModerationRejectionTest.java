package dev.gwanyong.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.admin.ModerationResult.Problem;
import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.corpus.RecordImporter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Bad moderation input, in chat or on the command line: refused with a reason, audited, and nothing
 * changed.
 */
class ModerationRejectionTest extends FixtureTest {

  /**
   * Runs a bad command and checks the outcome, the files, the served answers and the audit line.
   */
  private ModerationResult.Rejected rejects(Problem problem, Supplier<ModerationResult> bad) {
    Map<String, String> files = fixture.files();
    List<String> served = fixture.served(Fixture.KNOWN_QUESTION);
    int auditLines = fixture.auditEntries().size();

    ModerationResult result = bad.get();

    ModerationResult.Rejected rejected =
        assertInstanceOf(ModerationResult.Rejected.class, result, result::message);
    assertEquals(problem, rejected.problem(), rejected.message());
    assertTrue(rejected.message().startsWith("⚠️ "), rejected.message());
    assertEquals(files, fixture.files(), "corpus files unchanged");
    assertEquals(served, fixture.served(Fixture.KNOWN_QUESTION), "answers unchanged");
    assertEquals(auditLines + 1, fixture.auditEntries().size(), "the attempt is audited");
    assertEquals(AuditLog.Outcome.REJECTED, fixture.auditEntries().getLast().outcome());
    return rejected;
  }

  @Test
  void aParagraphOrTitleOfControlCharactersOnlyIsNeverWrittenAsABlankLine() throws Exception {
    // Written as a space, a bell on a line of its own became a blank line, and the whole file was
    // then skipped as not a valid source: the change was reported as made but was lost at the next
    // rebuild.
    ModerationResult added =
        fixture.moderation.add(
            Fixture.SLACK_MODERATOR,
            new SourceInput.Text(
                "Sourdough starters need daily feeding.\n\n\u0007\n\nKeep the jar warm."),
            SourceFields.ofId("sourdough").withTitle("Sourdough"));
    assertEquals(
        2,
        assertInstanceOf(ModerationResult.Added.class, added, added::message)
            .source()
            .paragraphs());
    assertEquals(List.of(), Corpus.load(fixture.corpus()).skipped());

    rejects(
        Problem.INVALID_VALUE,
        () ->
            fixture.moderation.update(
                Fixture.SLACK_MODERATOR,
                "sourdough",
                Optional.empty(),
                SourceFields.none().withTitle("\u0007")));
    ModerationResult.Rejected html =
        rejects(
            Problem.INVALID_VALUE,
            () ->
                fixture.moderation.add(
                    Fixture.SLACK_MODERATOR,
                    new SourceInput.Upload(
                        "bell.html",
                        "<p>Starters like warmth.</p><p>&#7;</p>".getBytes(StandardCharsets.UTF_8)),
                    SourceFields.ofId("bell").withTitle("Bell")));
    assertTrue(html.message().contains("paragraph (2) with no text"), html.message());
    assertEquals(List.of(), Corpus.load(fixture.corpus()).skipped());
  }

  @Test
  void emptyTextChangesNothing() {
    rejects(
        Problem.EMPTY_TEXT,
        () ->
            fixture.moderation.add(
                Fixture.SLACK_MODERATOR, new SourceInput.Text("  \n\n "), SourceFields.none()));
    rejects(
        Problem.EMPTY_TEXT,
        () ->
            fixture.moderation.add(
                Fixture.SLACK_MODERATOR,
                new SourceInput.Text("```\ncode only\n```\n---\n"),
                SourceFields.none()));
  }

  @Test
  void binaryFilesChangeNothing() {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    rejects(
        Problem.BINARY_FILE,
        () ->
            fixture.moderation.add(
                Fixture.SLACK_MODERATOR,
                new SourceInput.Upload("notes.txt", png),
                SourceFields.none()));
    byte[] latin1 = "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
    rejects(
        Problem.BINARY_FILE,
        () ->
            fixture.moderation.add(
                Fixture.SLACK_MODERATOR,
                new SourceInput.Upload("notes.md", latin1),
                SourceFields.none()));
  }

  @Test
  void koreanFilesSavedAsCp949OrUtf16AreReadAsWritten() throws Exception {
    // 똠 is in CP949 but not in EUC-KR's 2,350 syllables, so the file is read in the Windows
    // superset.
    String text = "해치는 불을 막는다는 상상의 동물(動物)이다.\n\n광화문 앞 똠방각하 이야기.";
    byte[] utf16le = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] marked = new byte[utf16le.length + 2];
    marked[0] = (byte) 0xFF;
    marked[1] = (byte) 0xFE;
    System.arraycopy(utf16le, 0, marked, 2, utf16le.length);
    Map<String, byte[]> uploads =
        Map.of(
            "cp949", text.getBytes(Charset.forName("x-windows-949")),
            "utf16be", text.getBytes(StandardCharsets.UTF_16),
            "utf16le", marked);

    for (Map.Entry<String, byte[]> upload : uploads.entrySet()) {
      ModerationResult added =
          fixture.moderation.add(
              Fixture.SLACK_MODERATOR,
              new SourceInput.Upload(upload.getKey() + ".txt", upload.getValue()),
              SourceFields.ofId(upload.getKey()));

      assertEquals(
          2,
          assertInstanceOf(ModerationResult.Added.class, added, added::message)
              .source()
              .paragraphs());
      String file = Files.readString(fixture.corpus().resolve(upload.getKey() + ".txt"));
      assertTrue(file.endsWith("---\n해치는 불을 막는다는 상상의 동물(動物)이다.\n광화문 앞 똠방각하 이야기.\n"), file);
      // The next encoding of the same text would be refused as this source's text.
      fixture.moderation.remove(Fixture.SLACK_MODERATOR, upload.getKey());
    }
    // Hanja alone decodes as CP949 as well, but without Hangul it may as well be Chinese in another
    // encoding.
    ModerationResult.Rejected hanja =
        rejects(
            Problem.BINARY_FILE,
            () ->
                fixture.moderation.add(
                    Fixture.SLACK_MODERATOR,
                    new SourceInput.Upload(
                        "hanja.txt", "寬容".getBytes(Charset.forName("x-windows-949"))),
                    SourceFields.none()));
    assertTrue(hanja.message().contains("CP949"), hanja.message());
  }

  @Test
  void anHtmlFileIsReadInTheCharsetItsMetaNames() throws Exception {
    byte[] latin =
        "<meta charset=\"windows-1252\"><title>Caf\u00e9s</title><p>A caf\u00e9 serves cr\u00e8me br\u00fbl\u00e9e.</p>"
            .getBytes(Charset.forName("windows-1252"));

    ModerationResult added =
        fixture.moderation.add(
            Fixture.SLACK_MODERATOR,
            new SourceInput.Upload("cafes.html", latin),
            SourceFields.ofId("cafes"));

    assertInstanceOf(ModerationResult.Added.class, added, added::message);
    String file = Files.readString(fixture.corpus().resolve("cafes.txt"));
    assertTrue(
        file.contains("title: Caf\u00e9s\n")
            && file.endsWith("A caf\u00e9 serves cr\u00e8me br\u00fbl\u00e9e.\n"),
        file);
  }

  @Test
  void chineseInGbkIsRefusedRatherThanReadAsKorean() throws Exception {
    // GBK decodes as CP949 without an error: 中文文本 comes out as 櫓匡匡굶, Hanja with about as many
    // Hangul.
    for (String chinese : List.of("中文文本，这是一个测试。", "北京是中国的首都，也是一座历史悠久的城市。")) {
      rejects(
          Problem.BINARY_FILE,
          () ->
              fixture.moderation.add(
                  Fixture.SLACK_MODERATOR,
                  new SourceInput.Upload("news.txt", chinese.getBytes(Charset.forName("GBK"))),
                  SourceFields.none()));
    }
  }

  @Test
  void oversizeTextChangesNothing() throws Exception {
    fixture.close();
    fixture = new Fixture(temp, Map.of("moderation.max_source_kib", "1"));
    String big = "이 문장은 크기 제한을 넘기려고 여러 번 되풀이된다. ".repeat(40);
    rejects(
        Problem.TOO_LARGE,
        () ->
            fixture.moderation.add(
                Fixture.SLACK_MODERATOR, new SourceInput.Text(big), SourceFields.none()));
    rejects(
        Problem.TOO_LARGE,
        () ->
            fixture.moderation.add(
                Fixture.SLACK_MODERATOR,
                new SourceInput.Upload("big.txt", big.getBytes(StandardCharsets.UTF_8)),
                SourceFields.none()));
  }

  @Test
  void duplicateIdChangesNothing() {
    rejects(
        Problem.DUPLICATE_ID,
        () ->
            fixture.moderation.add(
                Fixture.SLACK_MODERATOR,
                new SourceInput.Text("Some text."),
                SourceFields.ofId("kubernetes-history")));
  }

  @Test
  void anotherSourcesTextAddedOrUpdatedIntoASourceChangesNothingAndNamesThatSource() {
    ModerationResult first =
        fixture.moderation.add(
            Fixture.SLACK_MODERATOR,
            new SourceInput.Text("Sourdough starters need daily feeding.\n\nKeep the jar warm."),
            SourceFields.ofId("sourdough").withTitle("Sourdough"));
    assertInstanceOf(ModerationResult.Added.class, first, first::message);
    ModerationResult.Rejected again =
        rejects(
            Problem.DUPLICATE_TEXT,
            () ->
                fixture.moderation.add(
                    Fixture.SLACK_MODERATOR,
                    new SourceInput.Upload(
                        "starter.txt",
                        "Sourdough starters need daily feeding.\n\nKeep the jar warm.\n"
                            .getBytes(StandardCharsets.UTF_8)),
                    SourceFields.none()));
    assertTrue(again.message().contains("\"sourdough\" (Sourdough)"), again.message());
    ModerationResult other =
        fixture.moderation.add(
            Fixture.SLACK_MODERATOR,
            new SourceInput.Text("Sourdough starters need daily feeding."),
            SourceFields.ofId("sourdough-short"));
    assertInstanceOf(
        ModerationResult.Added.class, other, () -> "part of a source's text is a text of its own");
    rejects(
        Problem.DUPLICATE_TEXT,
        () ->
            fixture.moderation.update(
                Fixture.SLACK_MODERATOR,
                "sourdough-short",
                Optional.of(
                    new SourceInput.Text(
                        "Sourdough starters need daily feeding.\n\nKeep the jar warm.")),
                SourceFields.none()));
    ModerationResult same =
        fixture.moderation.update(
            Fixture.SLACK_MODERATOR,
            "sourdough",
            Optional.of(
                new SourceInput.Text(
                    "Sourdough starters need daily feeding.\n\nKeep the jar warm.")),
            SourceFields.none().withTitle("Sourdough starters"));
    assertInstanceOf(
        ModerationResult.Updated.class,
        same,
        () -> "a source's own text is no copy: " + same.message());
  }

  @Test
  void aTranslationFileIsNotAddedAsASourceOfItsOwn() throws Exception {
    byte[] translation =
        Files.readAllBytes(fixture.corpus().resolve("kubernetes-tolerance.en.txt"));
    ModerationResult.Rejected rejected =
        rejects(
            Problem.INVALID_VALUE,
            () ->
                fixture.moderation.add(
                    Fixture.SLACK_MODERATOR,
                    new SourceInput.Upload("essay.en.txt", translation),
                    SourceFields.none()));
    assertTrue(
        rejected.message().contains("translation of source \"kubernetes-tolerance\""),
        rejected.message());
  }

  @Test
  void unknownIdChangesNothingAndSuggestsTheNearestId() {
    ModerationResult.Rejected rejected =
        rejects(
            Problem.UNKNOWN_ID,
            () -> fixture.moderation.remove(Fixture.SLACK_MODERATOR, "kubernetes-histroy"));
    assertEquals(Optional.of("kubernetes-history"), rejected.suggestion());
    assertEquals(
        "⚠️ No source \"kubernetes-histroy\". Did you mean kubernetes-history?",
        rejected.message());
    rejects(
        Problem.UNKNOWN_ID,
        () ->
            fixture.moderation.update(
                Fixture.SLACK_MODERATOR,
                "cncf-survy",
                Optional.empty(),
                SourceFields.none().withTitle("x")));
    ModerationResult.Rejected far =
        rejects(
            Problem.UNKNOWN_ID, () -> fixture.moderation.remove(Fixture.SLACK_MODERATOR, "pizza"));
    assertEquals(Optional.empty(), far.suggestion());
  }

  @Test
  void removingTheLastSourceChangesNothing() {
    for (String id :
        List.of(
            "cncf-survey", "container-orchestration", "kubernetes-tolerance", "open-governance")) {
      assertInstanceOf(
          ModerationResult.Removed.class, fixture.moderation.remove(Fixture.SLACK_MODERATOR, id));
    }
    rejects(
        Problem.LAST_SOURCE,
        () -> fixture.moderation.remove(Fixture.SLACK_MODERATOR, "kubernetes-history"));
  }

  @Test
  void invalidIdsChangeNothing() {
    for (String id :
        List.of("../etc/passwd", "Upper-Case", "-leading", "with space", "x".repeat(65), "a.b")) {
      rejects(
          Problem.INVALID_ID,
          () ->
              fixture.moderation.add(
                  Fixture.SLACK_MODERATOR, new SourceInput.Text("Text."), SourceFields.ofId(id)));
      rejects(Problem.INVALID_ID, () -> fixture.moderation.remove(Fixture.SLACK_MODERATOR, id));
    }
  }

  @Test
  void anUnknownLanguageChangesNothing() {
    rejects(
        Problem.INVALID_VALUE,
        () ->
            fixture.moderation.add(
                Fixture.SLACK_MODERATOR,
                new SourceInput.Text("Text."),
                SourceFields.none().withLanguage("fr")));
  }

  @Test
  void newTextForATranslatedSourceChangesNothing() {
    rejects(
        Problem.TRANSLATION_MISMATCH,
        () ->
            fixture.moderation.update(
                Fixture.SLACK_MODERATOR,
                "kubernetes-tolerance",
                Optional.of(new SourceInput.Text("한 문단뿐이다.")),
                SourceFields.none()));
  }

  @Test
  void badUrlsChangeNothing() {
    rejects(
        Problem.URL_SCHEME,
        () ->
            fixture.moderation.add(
                Fixture.SLACK_MODERATOR,
                new SourceInput.Url("file:///etc/passwd"),
                SourceFields.none()));
    rejects(
        Problem.URL_SCHEME,
        () ->
            fixture.moderation.add(
                Fixture.SLACK_MODERATOR,
                new SourceInput.Url("ftp://example.org/notes.txt"),
                SourceFields.none()));
    rejects(
        Problem.URL_PRIVATE_ADDRESS,
        () ->
            fixture.moderation.add(
                Fixture.SLACK_MODERATOR,
                new SourceInput.Url("http://127.0.0.1:9/page"),
                SourceFields.none()));
  }

  @Test
  void aTitleOfMoreThanTwoHundredCharactersIsRefusedInChatUpdateAndImportAlike() {
    String tooLong = "가".repeat(201);
    Map<String, String> files = fixture.files();
    List<ModerationResult> refused =
        List.of(
            fixture.moderation.handle(
                Fixture.SLACK_MODERATOR, "add id:long-title title:\"" + tooLong + "\" text: 긴 제목."),
            fixture.moderation.update(
                Fixture.SLACK_MODERATOR,
                "open-governance",
                Optional.empty(),
                SourceFields.none().withTitle(tooLong)),
            fixture.moderation.importRecords(
                Fixture.SLACK_MODERATOR,
                List.of(
                    new RecordImporter.Record(
                        "long-title", "a".repeat(200_000), "Some text.", Optional.empty(), "en")),
                "CC0",
                false));
    for (ModerationResult result : refused) {
      ModerationResult.Rejected rejected =
          assertInstanceOf(ModerationResult.Rejected.class, result, result::message);
      assertEquals(Problem.INVALID_VALUE, rejected.problem());
      assertTrue(
          rejected.message().contains("more than the 200 a title may have"), rejected.message());
      assertEquals(1, rejected.message().lines().count(), rejected.message());
    }
    assertEquals(files, fixture.files(), "nothing was written");
    assertEquals(AuditLog.Outcome.REJECTED, fixture.auditEntries().getLast().outcome());

    ModerationResult added =
        fixture.moderation.handle(
            Fixture.SLACK_MODERATOR,
            "add id:long-title title:\"" + "가".repeat(200) + "\" text: 긴 제목.");
    assertInstanceOf(ModerationResult.Added.class, added, added::message);
    assertTrue(fixture.files().containsKey("long-title.txt"), "200 characters are a title");
  }
}
