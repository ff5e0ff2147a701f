package dev.gwanyong.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T04:00:00Z"), ZoneOffset.UTC);

  @Test
  void twoWritersSharingTheFileNeverReuseANumber(@TempDir Path logs) throws Exception {
    AuditLog server = new AuditLog(logs, CLOCK);
    AuditLog cli = new AuditLog(logs, CLOCK);
    server.record(Fixture.SLACK_MODERATOR, "add", "a", AuditLog.Outcome.ALLOWED, "1 paragraph, 1 passage");
    cli.record(Actor.cli("root"), "remove", "b", AuditLog.Outcome.REJECTED, "⚠️ No source \"b\".");
    server.record(Fixture.SLACK_MEMBER, "remove", "a", AuditLog.Outcome.REFUSED, "⛔ Only moderators …");

    List<AuditLog.Entry> entries = AuditLog.read(logs.resolve(AuditLog.FILE));
    assertEquals(List.of(1L, 2L, 3L), entries.stream().map(AuditLog.Entry::seq).toList());
    assertEquals(
        "{\"seq\":1,\"time\":\"2026-11-25T04:00:00Z\",\"platform\":\"slack\",\"user\":\"U-MOD\",\"action\":\"add\","
            + "\"source\":\"a\",\"outcome\":\"allowed\",\"message\":\"1 paragraph, 1 passage\"}",
        Files.readAllLines(logs.resolve(AuditLog.FILE)).getFirst());
    assertEquals("a", new AuditLog(logs, CLOCK).lastChange().orElseThrow().sourceId());
  }

  @Test
  void aTornLastLineIsSkippedAndNumberingGoesOn(@TempDir Path logs) throws Exception {
    AuditLog log = new AuditLog(logs, CLOCK);
    log.record(Actor.cli("root"), "rebuild", "", AuditLog.Outcome.ALLOWED, "5 sources");
    Files.writeString(logs.resolve(AuditLog.FILE), "{\"seq\":2,\"ti", java.nio.file.StandardOpenOption.APPEND);
    AuditLog reopened = new AuditLog(logs, CLOCK);
    assertEquals(2, reopened.record(Actor.cli("root"), "rebuild", "", AuditLog.Outcome.ALLOWED, "x").seq());
    assertEquals(List.of(1L, 2L), AuditLog.read(logs.resolve(AuditLog.FILE)).stream().map(AuditLog.Entry::seq).toList());
  }
}
