package dev.gwanyong.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gwanyong.index.IndexStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Changes that fail part way (a full disk, a failed rebuild, a file that cannot be read, a crash):
 * rolled back or never made, audited, and the corpus and answers left as they were.
 */
class ModerationRecoveryTest extends FixtureTest {

  /** A short source on a topic the bundled corpus does not touch. */
  private static final SourceInput HAECHI = new SourceInput.Text(ModerationServiceTest.HAECHI);

  @Test
  void withTheLogsDiskFullNoChangeIsMadeUnaudited() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full");
    Files.createDirectories(fixture.config.logs());
    // Every write to /dev/full fails with "No space left on device", as on a full disk.
    Files.createSymbolicLink(fixture.config.logs().resolve(AuditLog.FILE), Path.of("/dev/full"));
    Map<String, String> files = fixture.files();

    ModerationResult added =
        fixture.moderation.add(
            Fixture.SLACK_MODERATOR, HAECHI, SourceFields.ofId("gwanghwamun-haechi"));
    ModerationResult removed =
        fixture.moderation.remove(Fixture.SLACK_MODERATOR, "open-governance");

    assertInstanceOf(ModerationResult.Failed.class, added, added::message);
    assertInstanceOf(ModerationResult.Failed.class, removed, removed::message);
    assertEquals(files, fixture.files(), "a change that cannot be audited is not made");
    assertFalse(
        fixture.citedSources(ModerationServiceTest.HAECHI_QUESTION).contains("gwanghwamun-haechi"));
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
            fixture.corpus(),
            fixture.answers.store(),
            new ModeratorPolicy(fixture.config.moderators()),
            new AuditLog(fixture.config.logs(), fullAfterOneLine),
            new UrlFetcher(UrlFetcher.Limits.of(fixture.config.moderation())),
            1 << 20)) {
      ModerationResult result =
          service.add(Fixture.SLACK_MODERATOR, HAECHI, SourceFields.ofId("gwanghwamun-haechi"));
      assertInstanceOf(ModerationResult.Failed.class, result, result::message);
    }
    AuditLog.Entry intent = fixture.auditEntries().getLast();
    assertEquals(
        AuditLog.Outcome.INTENT, intent.outcome(), "the log could not be written after the intent");

    // The next start closes that intent as failed, and never applies the change.
    try (ModerationService restarted =
        ModerationService.open(fixture.config, fixture.answers.store())) {
      AuditLog.Entry closing = fixture.auditEntries().getLast();
      assertEquals(AuditLog.Outcome.FAILED, closing.outcome());
      assertEquals(intent.txn(), closing.txn());
    }
    assertEquals(files, fixture.files(), "rolled back, with nothing left over");
    assertFalse(
        fixture.citedSources(ModerationServiceTest.HAECHI_QUESTION).contains("gwanghwamun-haechi"));
  }

  @Test
  void aFailedRebuildRollsTheFilesBackAndIsAudited() throws Exception {
    // A real store that cannot switch CURRENT (a folder is in the way of its temp file), so every
    // rebuild fails.
    Path blocked = temp.resolve("blocked");
    Files.createDirectories(blocked.resolve("CURRENT.tmp"));
    var store = new IndexStore(blocked, fixture.answers.store().analysis());
    Map<String, String> files = fixture.files();
    try (ModerationService broken =
        new ModerationService(
            fixture.corpus(),
            store,
            new ModeratorPolicy(fixture.config.moderators()),
            new AuditLog(fixture.config.logs(), Clock.systemUTC()),
            new UrlFetcher(UrlFetcher.Limits.of(fixture.config.moderation())),
            1 << 20)) {
      for (ModerationResult result :
          List.of(
              broken.add(Fixture.SLACK_MODERATOR, HAECHI, SourceFields.ofId("haechi")),
              broken.remove(Fixture.SLACK_MODERATOR, "kubernetes-tolerance"),
              broken.update(
                  Fixture.SLACK_MODERATOR,
                  "open-governance",
                  Optional.empty(),
                  SourceFields.none().withTitle("Changed")))) {
        ModerationResult.Failed failed =
            assertInstanceOf(ModerationResult.Failed.class, result, result::message);
        assertTrue(
            failed.message().startsWith("❌ The change could not be applied (incident "),
            failed.message());
        assertTrue(failed.message().contains("Nothing changed."), failed.message());
        assertEquals(files, fixture.files(), "rolled back");
        assertEquals(AuditLog.Outcome.FAILED, fixture.auditEntries().getLast().outcome());
      }
      assertInstanceOf(ModerationResult.Failed.class, broken.rebuild(Fixture.SLACK_MODERATOR));
    }
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
            fixture.corpus(),
            new IndexStore(blocked, fixture.answers.store().analysis()),
            new ModeratorPolicy(fixture.config.moderators()),
            new AuditLog(fixture.config.logs(), Clock.systemUTC()),
            new UrlFetcher(UrlFetcher.Limits.of(fixture.config.moderation())),
            1 << 20)) {
      ModerationResult failed = broken.remove(Fixture.SLACK_MODERATOR, "locked");
      assertInstanceOf(ModerationResult.Failed.class, failed, failed::message);
      assertEquals(
          unreadable, Files.readSymbolicLink(locked), "rolled back: the very file is back");
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
