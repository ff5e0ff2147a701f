package dev.gwanyong.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gwanyong.answer.Answer;
import dev.gwanyong.answer.Citation;
import dev.gwanyong.corpus.PrintableText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An append-only JSON-lines log of votes and refused questions, one object a line, so maintainers
 * can see with ordinary tools what members found useful and what the corpus lacks. Shared by every
 * chat platform. A vote line is written each time a member's vote on an answer changes; the last
 * one counts.
 */
public final class FeedbackLog {

  /** The log's name in the logs folder. */
  public static final String FILE = "feedback.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final Clock clock;

  public FeedbackLog(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  public Path file() {
    return file;
  }

  /** Records a vote, with the question and the cited passages when the answer is still known. */
  public void recordVote(Vote vote, Optional<Answer> answer) {
    ObjectNode line = entry("vote", vote.platform(), vote.userId());
    line.put("answer_id", vote.answerId());
    line.put("vote", vote.helpful() ? "up" : "down");
    answer.ifPresent(
        a -> {
          line.put("question", a.question());
          var cited = line.putArray("citations");
          for (Citation c : a.citations()) {
            cited.add(c.sourceId() + "#p" + c.paragraph() + ":" + c.start() + "-" + c.end());
          }
        });
    append(line);
  }

  /** Records a question the sources did not cover. */
  public void recordRefusal(String platform, String userId, String answerId, Answer answer) {
    ObjectNode line = entry("refused", platform, userId);
    line.put("answer_id", answerId);
    line.put("question", answer.question());
    line.put("confidence", answer.confidence());
    answer.closestSource().ifPresent(s -> line.put("closest_source", s.title()));
    answer.correctedQuestion().ifPresent(q -> line.put("corrected_question", q));
    append(line);
  }

  /**
   * One line as read back: {@code kind} is {@code vote} or {@code refused}; {@code helpful} is set
   * for a vote, and {@code question} when it was known when the line was written.
   */
  public record Line(
      Instant time,
      String kind,
      String user,
      String answerId,
      Optional<String> question,
      Optional<Boolean> helpful) {}

  /**
   * Every readable line, oldest first. A line that is not a JSON object with a time, a kind and an
   * answer id (a torn last line, a hand edit) is skipped: the log serves people and reports, and
   * one bad line must not hide the rest.
   */
  public synchronized List<Line> lines() {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<Line> lines = new ArrayList<>();
    // Decoding replaces torn characters (a writer killed inside a Korean question), so such a line
    // is just a line that does not parse; the strict reader of Files.newBufferedReader would fail
    // the whole log on it.
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        parse(text).ifPresent(lines::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read feedback log " + file, e);
    }
    return lines;
  }

  private static Optional<Line> parse(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      if (node == null || !node.isObject() || !node.path("answer_id").isTextual()) {
        return Optional.empty();
      }
      String question = node.path("question").asText("");
      String vote = node.path("vote").asText("");
      return Optional.of(
          new Line(
              Instant.parse(node.path("time").asText()),
              node.path("kind").asText(),
              node.path("user").asText(),
              node.path("answer_id").asText(),
              Optional.of(question).filter(q -> !q.isEmpty()),
              vote.isEmpty() ? Optional.empty() : Optional.of(vote.equals("up"))));
    } catch (IOException | DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private boolean endsTorn() throws IOException {
    if (!Files.exists(file)) {
      return false;
    }
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      if (channel.size() == 0) {
        return false;
      }
      ByteBuffer last = ByteBuffer.allocate(1);
      channel.position(channel.size() - 1).read(last);
      return last.get(0) != '\n';
    }
  }

  private ObjectNode entry(String kind, String platform, String userId) {
    ObjectNode line = JSON.createObjectNode();
    line.put("time", clock.instant().toString());
    line.put("kind", kind);
    line.put("platform", platform);
    line.put("user", userId);
    return line;
  }

  private synchronized void append(ObjectNode line) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      // A torn last line (a writer killed mid-write) is closed off, so this line stays readable on
      // its own.
      String prefix = endsTorn() ? "\n" : "";
      Files.writeString(
          file,
          // Member text can hold unpaired surrogates, which the strict UTF-8 encoder below refuses.
          prefix + PrintableText.wellFormed(JSON.writeValueAsString(line)) + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.SYNC);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to feedback log " + file, e);
    }
  }
}
