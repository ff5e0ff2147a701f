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
    server.record(
        Fixture.SLACK_MODERATOR, "add", "a", AuditLog.Outcome.ALLOWED, "1 paragraph, 1 passage");
    cli.record(Actor.cli("root"), "remove", "b", AuditLog.Outcome.REJECTED, "⚠️ No source \"b\".");
    server.record(
        Fixture.SLACK_MEMBER, "remove", "a", AuditLog.Outcome.REFUSED, "⛔ Only moderators …");

    List<AuditLog.Entry> entries = AuditLog.read(logs.resolve(AuditLog.FILE));
    assertEquals(List.of(1L, 2L, 3L), entries.stream().map(AuditLog.Entry::seq).toList());
    assertEquals(
        "{\"seq\":1,\"time\":\"2026-11-25T04:00:00Z\",\"platform\":\"slack\",\"user\":\"UMOD\",\"action\":\"add\",\"source\":\"a\",\"outcome\":\"allowed\",\"message\":\"1"
            + " paragraph, 1 passage\"}",
        Files.readAllLines(logs.resolve(AuditLog.FILE)).getFirst());
    assertEquals("a", new AuditLog(logs, CLOCK).lastChange().orElseThrow().sourceId());
  }

  @Test
  void aTornLastLineIsSkippedAndNumberingGoesOn(@TempDir Path logs) throws Exception {
    AuditLog log = new AuditLog(logs, CLOCK);
    log.record(Actor.cli("root"), "rebuild", "", AuditLog.Outcome.ALLOWED, "5 sources");
    Files.writeString(
        logs.resolve(AuditLog.FILE), "{\"seq\":2,\"ti", java.nio.file.StandardOpenOption.APPEND);
    AuditLog reopened = new AuditLog(logs, CLOCK);
    assertEquals(
        2, reopened.record(Actor.cli("root"), "rebuild", "", AuditLog.Outcome.ALLOWED, "x").seq());
    assertEquals(
        List.of(1L, 2L),
        AuditLog.read(logs.resolve(AuditLog.FILE)).stream().map(AuditLog.Entry::seq).toList());
  }

  @Test
  void aTornMultiByteCharacterAtTheEndStopsNothing(@TempDir Path logs) throws Exception {
    AuditLog log = new AuditLog(logs, CLOCK);
    log.record(Actor.cli("root"), "add", "a", AuditLog.Outcome.ALLOWED, "1 paragraph, 1 passage");
    byte[] hangul = "{\"seq\":2,\"message\":\"해".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Files.write(
        logs.resolve(AuditLog.FILE),
        java.util.Arrays.copyOf(hangul, hangul.length - 1),
        java.nio.file.StandardOpenOption
            .APPEND); // a writer killed in the middle of a three-byte character

    AuditLog reopened = new AuditLog(logs, CLOCK);
    assertEquals("a", reopened.lastChange().orElseThrow().sourceId());
    assertEquals(
        2,
        reopened
            .record(Actor.cli("root"), "remove", "a", AuditLog.Outcome.ALLOWED, "removed")
            .seq());
    assertEquals(
        List.of(1L, 2L),
        AuditLog.read(logs.resolve(AuditLog.FILE)).stream().map(AuditLog.Entry::seq).toList());
  }

  @Test
  void aHugeIdNeitherBloatsTheLineNorMakesTwoWritersShareANumber(@TempDir Path logs)
      throws Exception {
    AuditLog server = new AuditLog(logs, CLOCK);
    AuditLog cli = new AuditLog(logs, CLOCK);
    String hugeId = "x".repeat(100_000);
    server.record(
        Fixture.SLACK_MODERATOR,
        "remove",
        hugeId,
        AuditLog.Outcome.REJECTED,
        "⚠️ \"" + hugeId + "\" is not");
    cli.record(Actor.cli("root"), "rebuild", "", AuditLog.Outcome.ALLOWED, "6 sources");
    server.record(Fixture.SLACK_MODERATOR, "rebuild", "", AuditLog.Outcome.ALLOWED, "6 sources");

    List<AuditLog.Entry> entries = AuditLog.read(logs.resolve(AuditLog.FILE));
    assertEquals(List.of(1L, 2L, 3L), entries.stream().map(AuditLog.Entry::seq).toList());
    for (String line : Files.readAllLines(logs.resolve(AuditLog.FILE))) {
      org.junit.jupiter.api.Assertions.assertTrue(
          line.length() < 4_096, "a line stays short: " + line.length());
    }
  }

  @Test
  void numbersStayUniqueAfterALineLongerThanTheTailThatIsRead(@TempDir Path logs) throws Exception {
    AuditLog server = new AuditLog(logs, CLOCK);
    AuditLog cli = new AuditLog(logs, CLOCK);
    server.record(Fixture.SLACK_MODERATOR, "add", "a", AuditLog.Outcome.ALLOWED, "1 paragraph");
    // A line written by an older version, before user input was capped.
    Files.writeString(
        logs.resolve(AuditLog.FILE),
        "{\"seq\":2,\"time\":\"2026-11-25T04:00:00Z\",\"platform\":\"slack\",\"user\":\"U\",\"action\":\"remove\","
            + "\"source\":\""
            + "y".repeat(100_000)
            + "\",\"outcome\":\"rejected\",\"message\":\"m\"}\n",
        java.nio.file.StandardOpenOption.APPEND);
    assertEquals(
        3, cli.record(Actor.cli("root"), "rebuild", "", AuditLog.Outcome.ALLOWED, "x").seq());
  }
}
