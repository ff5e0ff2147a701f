package dev.gwanyong.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.admin.ModerationResult.Problem;
import dev.gwanyong.corpus.RecordImporter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An author or licence longer than a header line may hold is refused wherever a moderator can give
 * one.
 */
class HeaderLimitTest extends FixtureTest {

  Map<String, String> before;

  @BeforeEach
  void recordFiles() {
    before = fixture.files();
  }

  @Test
  void anAuthorOfMoreThanTwoHundredCharactersIsRefusedInChatAndUpdateAlike() {
    String tooLong = "가".repeat(201);
    assertRefused(
        "author has 201 characters, more than the 200 an author may have",
        List.of(
            fixture.moderation.handle(
                Fixture.SLACK_MODERATOR, "add id:haechi author:\"" + tooLong + "\" text: 해치."),
            fixture.moderation.update(
                Fixture.SLACK_MODERATOR,
                "open-governance",
                Optional.empty(),
                SourceFields.none().withAuthor(tooLong))));

    ModerationResult added =
        fixture.moderation.handle(
            Fixture.SLACK_MODERATOR, "add id:haechi author:\"" + "가".repeat(200) + "\" text: 해치.");
    assertInstanceOf(ModerationResult.Added.class, added, added::message);
  }

  @Test
  void aLicenceOfMoreThanFiveHundredCharactersIsRefusedInChatUpdateAndImportAlike() {
    String tooLong = "CC BY 4.0 ".repeat(50) + "x";
    assertRefused(
        "licence has 501 characters, more than the 500 a licence may have",
        List.of(
            fixture.moderation.handle(
                Fixture.SLACK_MODERATOR, "add id:haechi licence:\"" + tooLong + "\" text: 해치."),
            fixture.moderation.update(
                Fixture.SLACK_MODERATOR,
                "open-governance",
                Optional.empty(),
                SourceFields.none().withLicence(tooLong)),
            fixture.moderation.importRecords(
                Fixture.SLACK_MODERATOR,
                List.of(
                    new RecordImporter.Record(
                        "haechi", "Haechi", "Some text.", Optional.empty(), "en")),
                tooLong,
                false)));

    ModerationResult added =
        fixture.moderation.handle(
            Fixture.SLACK_MODERATOR, "add id:haechi licence:\"" + "l".repeat(500) + "\" text: 해치.");
    assertInstanceOf(ModerationResult.Added.class, added, added::message);
  }

  private void assertRefused(String why, List<ModerationResult> results) {
    for (ModerationResult result : results) {
      ModerationResult.Rejected rejected =
          assertInstanceOf(ModerationResult.Rejected.class, result, result::message);
      assertEquals(Problem.INVALID_VALUE, rejected.problem());
      assertTrue(rejected.message().contains(why), rejected.message());
      assertEquals(1, rejected.message().lines().count(), rejected.message());
    }
    assertEquals(before, fixture.files(), "nothing was written");
    assertEquals(AuditLog.Outcome.REJECTED, fixture.auditEntries().getLast().outcome());
  }
}
