package dev.gwanyong.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.corpus.RecordImporter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A title of characters that show nothing (zero-width ones, direction marks, no-break or
 * ideographic spaces, a Hangul filler) is refused like a title of control characters, whichever way
 * it comes: chat add and update, and import.
 */
class InvisibleTitleTest extends FixtureTest {

  Map<String, String> before;

  @BeforeEach
  void recordFiles() {
    before = fixture.files();
  }

  private ModerationResult kb(String text) {
    KbCommandParser.Parsed parsed =
        assertInstanceOf(KbCommandParser.Parsed.class, KbCommandParser.parse(text));
    return switch (parsed.command()) {
      case KbCommand.Add add ->
          fixture.moderation.add(Fixture.SLACK_MODERATOR, add.input(), add.fields());
      case KbCommand.Update update ->
          fixture.moderation.update(
              Fixture.SLACK_MODERATOR, update.id(), update.input(), update.fields());
      default -> throw new AssertionError(parsed);
    };
  }

  private void refusedWithNoTitle(ModerationResult result, String id) throws Exception {
    ModerationResult.Rejected rejected =
        assertInstanceOf(ModerationResult.Rejected.class, result, result::message);
    assertEquals(ModerationResult.Problem.INVALID_VALUE, rejected.problem());
    assertTrue(result.message().contains("source " + id + " has no title"), result.message());
    assertEquals(before, fixture.files(), "nothing was written");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u200b",
        "\u200e\u200f",
        "\u00a0\u00a0",
        "\u2060\ufeff",
        "\u3164",
        "\u200d\ufe0f"
      })
  void aChatAddIsRefused(String title) throws Exception {
    refusedWithNoTitle(
        kb("add id:haechi title:\"" + title + "\" text: 해치는 불을 막는다는 상상의 동물이다."), "haechi");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u200b", "\u200e\u200f", "\u00a0"})
  void aChatAddWithoutAnIdIsRefused(String title) throws Exception {
    ModerationResult result = kb("add title:\"" + title + "\" text: 해치는 불을 막는다는 상상의 동물이다.");
    assertInstanceOf(ModerationResult.Rejected.class, result, result::message);
    assertTrue(result.message().contains("has no title"), result.message());
    assertEquals(before, fixture.files(), "nothing was written");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u200b", "\u202a\u202c", "\u00a0"})
  void aChatUpdateIsRefused(String title) throws Exception {
    refusedWithNoTitle(kb("update open-governance title:\"" + title + "\""), "open-governance");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u200b", "\u00a0\u200e"})
  void anImportIsRefused(String title) throws Exception {
    ModerationResult result =
        fixture.moderation.importRecords(
            Fixture.SLACK_MODERATOR,
            List.of(
                new RecordImporter.Record(
                    "haechi", title, "해치는 상상의 동물이다.", Optional.empty(), "ko")),
            "CC0",
            false);
    assertInstanceOf(ModerationResult.Rejected.class, result, result::message);
    assertTrue(
        result.message().contains("record 'haechi': source haechi has no title"), result.message());
    assertEquals(before, fixture.files(), "nothing was written");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u200b", "\u00a0"})
  void anAuthorThatShowsNothingIsNone(String author) throws Exception {
    ModerationResult result =
        kb("add id:haechi author:\"" + author + "\" text: 해치는 불을 막는다는 상상의 동물이다.");
    assertInstanceOf(ModerationResult.Added.class, result, result::message);
    assertEquals(
        Optional.empty(), Corpus.load(fixture.corpus()).source("haechi").orElseThrow().author());
  }
}
