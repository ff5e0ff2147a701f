package dev.gwanyong.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gwanyong.answer.Answer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feedback log with text no UTF-8 encoder accepts as it is: unpaired surrogates, which chat
 * platforms can deliver through JSON escapes. They must not turn a refusal into an error, and the
 * log must stay readable UTF-8.
 */
class FeedbackLogTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KIMCHI = "What is the recipe for kimchi stew?";

  @TempDir Path temp;
  private KbFixture fixture;

  @BeforeEach
  void open() {
    fixture = new KbFixture(temp, Map.of());
  }

  @AfterEach
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aQuestionWithALoneSurrogateIsRefusedNotFailedAndLoggedWithAReplacementCharacter()
      throws Exception {
    ChatReply reply =
        fixture.dispatcher.handle(
            new ChatRequest("discord", "event-1", "U1", "C1", "\uD800 " + KIMCHI));

    assertInstanceOf(ChatReply.Refused.class, reply, reply::toString);
    JsonNode line = lastLine(fixture.config.logs().resolve("feedback.jsonl"));
    assertEquals("refused", line.path("kind").asText());
    assertEquals("\uFFFD " + KIMCHI, line.path("question").asText());
  }

  @Test
  void theLogWriterReplacesLoneSurrogatesInAnyField() throws Exception {
    Path file = temp.resolve("own-log.jsonl");
    FeedbackLog log = new FeedbackLog(file, Clock.systemUTC());
    Answer refused = fixture.answers.ask(KIMCHI + " \uDFFF");

    log.recordRefusal("slack", "U\uD83D", "answer-1", refused);
    log.recordVote(new Vote("slack", "U\uDC00", "answer-1", true), Optional.of(refused));

    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(2, lines.size());
    assertEquals("U\uFFFD", JSON.readTree(lines.get(0)).path("user").asText());
    assertTrue(
        JSON.readTree(lines.get(0)).path("question").asText().endsWith("\uFFFD"), lines.get(0));
    assertEquals("U\uFFFD", JSON.readTree(lines.get(1)).path("user").asText());
  }

  private static JsonNode lastLine(Path file) throws Exception {
    return JSON.readTree(Files.readAllLines(file, StandardCharsets.UTF_8).getLast());
  }
}
