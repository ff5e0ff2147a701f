package dev.gwanyong.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gwanyong.LogRecords;
import dev.gwanyong.UnwritableFolder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A change to a corpus folder that cannot be written (read-only, another user's) fails before
 * anything is staged: the moderator gets the incident and a reason to pass on, without the folder's
 * path; the audit log its failed line; and the operator's log one line saying which folder and why,
 * without a stack trace for a failure that is theirs to mend, not a fault of ours.
 */
class UnwritableCorpusTest extends FixtureTest {

  @AfterEach
  void makeWritableAgain() throws Exception {
    UnwritableFolder.undo(fixture.corpus());
  }

  @Test
  void aChangeThatCannotBeStagedIsLoggedInOneLine() throws Exception {
    Map<String, String> files = fixture.files();
    assumeTrue(
        UnwritableFolder.make(fixture.corpus()), "needs a folder this process cannot write in");

    try (LogRecords log = new LogRecords()) {
      for (Supplier<ModerationResult> change :
          List.<Supplier<ModerationResult>>of(
              () ->
                  fixture.moderation.add(
                      Fixture.SLACK_MODERATOR,
                      new SourceInput.Text("해치는 불을 막는다는 상상의 동물이다."),
                      SourceFields.ofId("haechi")),
              () ->
                  fixture.moderation.update(
                      Fixture.SLACK_MODERATOR,
                      "open-governance",
                      Optional.empty(),
                      SourceFields.none().withTitle("Open governance")),
              () -> fixture.moderation.remove(Fixture.SLACK_MODERATOR, "open-governance"))) {
        ModerationResult result = change.get();
        ModerationResult.Failed failed =
            assertInstanceOf(ModerationResult.Failed.class, result, result::message);
        assertTrue(failed.message().contains("Nothing changed."), failed.message());
        assertTrue(
            failed
                .message()
                .contains(
                    "The change could not be applied: the sources folder cannot be written;"
                        + " an operator has to fix its permissions (incident "),
            () -> "a reason to pass on: " + failed.message());
        assertFalse(
            failed.message().contains(fixture.corpus().toString()), "no path: " + failed.message());
        assertEquals(AuditLog.Outcome.FAILED, fixture.auditEntries().getLast().outcome());
        String incident = failed.message().replaceFirst("(?s).*\\(incident ([0-9a-f]+)\\).*", "$1");
        assertTrue(
            log.warnings()
                .getLast()
                .contains("incident " + incident + ": nothing changed: cannot stage "),
            log.warnings().toString());
        assertTrue(
            log.warnings().getLast().contains(fixture.corpus().toString()),
            log.warnings().getLast());
      }
      assertEquals(3, log.warnings().size(), "one line each: " + log.warnings());
      assertEquals(List.of(), log.stackTraces());
    }
    assertEquals(files, fixture.files(), "nothing changed");
  }
}
