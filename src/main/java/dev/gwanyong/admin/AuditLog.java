package dev.gwanyong.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The append-only moderation log, {@code audit.jsonl} in the logs folder: one JSON object a line
 * with a sequence number ({@code seq}, shown to moderators as "audit #N"), the time, platform,
 * user, action, source id, outcome and message. Every attempt to change the corpus is written,
 * allowed or refused. A change is bracketed: an {@code intent} line (no number) before it and a
 * closing line with the same {@code txn} after it, so a start can tell a change that was
 * interrupted (see {@code CorpusTransactions}). Lines are appended and forced to disk; the file is
 * never rewritten, so operators can read it with ordinary tools.
 */
public final class AuditLog {

  /** The file name inside the logs folder. */
  public static final String FILE = "audit.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Longest user id, action or source id kept in a line: user input of any length must not make
   * lines unbounded.
   */
  private static final int MAX_FIELD = 200;

  /** Longest message kept in a line; messages quote ids and reasons given by users. */
  private static final int MAX_MESSAGE = 1_000;

  /** The actions that change the corpus, as opposed to rebuilding the index or reading. */
  private static final java.util.Set<String> CHANGES =
      java.util.Set.of("add", "update", "remove", "import");

  /** How much of the file's end is read at a time when looking for the last number. */
  private static final int TAIL = 64 * 1024;

  /** How an attempt ended. */
  public enum Outcome {
    /** Permitted and done. */
    ALLOWED,
    /** Not a moderator: nothing changed. */
    REFUSED,
    /** A moderator's input was not acceptable (unknown id, empty text …): nothing changed. */
    REJECTED,
    /** A fault on our side; the change was rolled back. */
    FAILED,
    /**
     * A change about to be made, written before it: a line with the same {@code txn} closes it
     * (allowed or failed). It has no number of its own; the attempt's number is the closing line's.
     */
    INTENT;

    String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One line of the log.
   *
   * @param txn the change this line opens or closes ({@link Outcome#INTENT} and its closing line),
   *     or empty
   */
  public record Entry(
      long seq,
      Instant time,
      String platform,
      String user,
      String action,
      String sourceId,
      Outcome outcome,
      String message,
      String txn) {}

  private final Path file;
  private final Clock clock;
  private long lastSeq;

  /**
   * Opens (or starts) the log in a folder; numbers are read from the file when a line is written.
   */
  public AuditLog(Path logsFolder, Clock clock) {
    this.file = logsFolder.resolve(FILE);
    this.clock = clock;
  }

  public Path file() {
    return file;
  }

  /**
   * Appends one attempt and returns its entry, whose {@code seq} is the audit number. The file is
   * locked while the last number is read back and the line appended, so a CLI run and a server
   * sharing the logs folder never hand out the same number. User input in the line is capped, so
   * every line stays short.
   */
  public Entry record(
      Actor actor, String action, String sourceId, Outcome outcome, String message) {
    return record(actor, action, sourceId, outcome, message, "");
  }

  /** Appends a line that opens ({@link Outcome#INTENT}) or closes the change {@code txn}. */
  synchronized Entry record(
      Actor actor, String action, String sourceId, Outcome outcome, String message, String txn) {
    try {
      Files.createDirectories(file.getParent());
      try (FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
        FileLock held = channel.lock();
        try {
          lastSeq = Math.max(lastSeq, lastSeqIn(channel));
          Entry entry =
              new Entry(
                  outcome == Outcome.INTENT ? 0 : lastSeq + 1,
                  clock.instant(),
                  cap(actor.platform(), MAX_FIELD),
                  cap(actor.userId(), MAX_FIELD),
                  cap(action, MAX_FIELD),
                  cap(sourceId, MAX_FIELD),
                  outcome,
                  cap(message, MAX_MESSAGE),
                  txn);
          long at = channel.size();
          // A torn last line (a writer killed mid-write) is closed off, so this line stays readable
          // on its own.
          String prefix = at > 0 && !endsWithNewline(channel, at) ? "\n" : "";
          ByteBuffer line = StandardCharsets.UTF_8.encode(prefix + json(entry) + "\n");
          while (line.hasRemaining()) {
            at += channel.write(line, at);
          }
          channel.force(true);
          lastSeq = Math.max(lastSeq, entry.seq());
          return entry;
        } finally {
          held.release();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the audit log " + file, e);
    }
  }

  private static boolean endsWithNewline(FileChannel channel, long size) throws IOException {
    ByteBuffer last = ByteBuffer.allocate(1);
    channel.read(last, size - 1);
    return last.get(0) == '\n';
  }

  private static String json(Entry entry) {
    ObjectNode line = JSON.createObjectNode();
    if (entry.outcome() != Outcome.INTENT) {
      line.put("seq", entry.seq());
    }
    line.put("time", entry.time().toString());
    line.put("platform", entry.platform());
    line.put("user", entry.user());
    line.put("action", entry.action());
    line.put("source", entry.sourceId());
    line.put("outcome", entry.outcome().word());
    line.put("message", entry.message());
    if (!entry.txn().isEmpty()) {
      line.put("txn", entry.txn());
    }
    return line.toString();
  }

  private static String cap(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }

  /**
   * The highest sequence number in the file. Numbers only grow down the file, so it reads backwards
   * from the end, a larger tail each time, until it holds a complete line (a line written before
   * input was capped may be long).
   */
  private static long lastSeqIn(FileChannel channel) throws IOException {
    long size = channel.size();
    for (long tail = Math.min(size, TAIL); tail > 0; tail = Math.min(size, tail * 4)) {
      long highest = highestIn(channel, size - tail, (int) tail);
      if (highest > 0 || tail == size) {
        return highest;
      }
    }
    return 0;
  }

  private static long highestIn(FileChannel channel, long at, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining() && channel.read(buffer, at + buffer.position()) > 0) {
      // reads until the tail is in the buffer
    }
    // Decoding replaces torn characters, so a torn or cut line is just a line that does not parse.
    String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    long highest = 0;
    for (String line : text.split("\n")) {
      Optional<Entry> entry = parse(line);
      if (entry.isPresent()) {
        highest = Math.max(highest, entry.get().seq());
      }
    }
    return highest;
  }

  /**
   * The last change that went through, if any: for the status report's "last change, by whom". Read
   * from the file each time, so a change another process made (a command-line run beside a server)
   * counts too.
   */
  public Optional<Entry> lastChange() {
    return read(file).stream().filter(AuditLog::isChange).reduce((a, b) -> b);
  }

  /**
   * Every entry in the file, oldest first. A line that is not valid JSON or not valid UTF-8 (a torn
   * last write, even in the middle of a character) is skipped.
   */
  public static List<Entry> read(Path file) {
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      return text.lines()
          .filter(l -> !l.isBlank())
          .map(AuditLog::parse)
          .flatMap(Optional::stream)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the audit log " + file, e);
    }
  }

  private static Optional<Entry> parse(String line) {
    try {
      JsonNode node = JSON.readTree(line);
      return Optional.of(
          new Entry(
              node.path("seq").asLong(),
              Instant.parse(node.path("time").asText()),
              node.path("platform").asText(),
              node.path("user").asText(),
              node.path("action").asText(),
              node.path("source").asText(),
              Outcome.valueOf(node.path("outcome").asText().toUpperCase(java.util.Locale.ROOT)),
              node.path("message").asText(),
              node.path("txn").asText("")));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static boolean isChange(Entry entry) {
    return entry.outcome() == Outcome.ALLOWED && CHANGES.contains(entry.action());
  }
}
