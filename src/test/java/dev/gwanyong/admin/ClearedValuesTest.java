package dev.gwanyong.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.corpus.Source;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An update clears a source's author or licence given empty ({@code author:""}) or as {@code -},
 * which Discord can send; an empty value used to count as not given, so neither could ever be
 * cleared.
 */
class ClearedValuesTest extends FixtureTest {

  private ModerationResult kb(KbCommandParser.Result parsed) {
    KbCommand.Update update =
        assertInstanceOf(
            KbCommand.Update.class,
            assertInstanceOf(KbCommandParser.Parsed.class, parsed).command());
    return fixture.moderation.update(
        Fixture.SLACK_MODERATOR, update.id(), update.input(), update.fields());
  }

  private Source source(String id) {
    return Corpus.load(fixture.corpus()).source(id).orElseThrow();
  }

  @Test
  void anEmptyAuthorOrLicenceTypedInSlackClearsIt() throws Exception {
    Source before = source("open-governance");
    assertTrue(before.author().isPresent() && !before.licence().isEmpty(), before.toString());

    ModerationResult result =
        kb(KbCommandParser.parse("update open-governance author:\"\" licence:\"\""));

    assertInstanceOf(ModerationResult.Updated.class, result, result::message);
    Source after = source("open-governance");
    assertEquals(Optional.empty(), after.author());
    assertEquals("", after.licence());
    assertEquals(before.title(), after.title(), "what was not given is kept");
    assertEquals(before.paragraphs(), after.paragraphs());
    String file = Files.readString(fixture.corpus().resolve("open-governance.txt"));
    assertTrue(!file.contains("author:") && file.contains("\nlicence: \n"), file);
  }

  @Test
  void aDashFromDiscordClearsIt() {
    ModerationResult result =
        kb(
            KbCommandParser.parse(
                "update", Map.of("id", "open-governance", "author", "-"), Optional.empty()));

    assertInstanceOf(ModerationResult.Updated.class, result, result::message);
    assertEquals(Optional.empty(), source("open-governance").author());
    assertTrue(!source("open-governance").licence().isEmpty(), "the licence, not given, is kept");
  }

  @Test
  void aValueLeftOutIsKept() {
    Source before = source("open-governance");
    ModerationResult result =
        kb(KbCommandParser.parse("update open-governance title:\"Open governance\""));

    assertInstanceOf(ModerationResult.Updated.class, result, result::message);
    assertEquals(before.author(), source("open-governance").author());
    assertEquals(before.licence(), source("open-governance").licence());
  }
}
