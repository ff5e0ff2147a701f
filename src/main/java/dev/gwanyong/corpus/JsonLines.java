package dev.gwanyong.corpus;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON lines as people write or export them, one object a line: records to import, questions to
 * score, questions to answer in a batch.
 */
public final class JsonLines {

  /**
   * Text after the value, such as a second object pasted on the same line, makes the line
   * malformed; so does a key written twice, of which Jackson would keep the last: {@code {"id":
   * "a", …, "id": "b"}} imported b, with no word.
   */
  private static final ObjectReader ONE_VALUE =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build()
          .reader()
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final String NOT_ONE_OBJECT = "not one JSON object";

  private JsonLines() {}

  /**
   * Reads a UTF-8 file's lines. Editors on some systems save UTF-8 with a byte-order mark; it is
   * not part of the first line.
   *
   * @throws IllegalArgumentException naming the file, when it is not UTF-8
   */
  public static List<String> read(Path file) throws IOException {
    List<String> lines;
    try {
      lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(file + ": not UTF-8 text; save it as UTF-8", e);
    }
    if (!lines.isEmpty() && lines.getFirst().startsWith("\uFEFF")) {
      lines.set(0, lines.getFirst().substring(1));
    }
    return lines;
  }

  /**
   * The one JSON object a line holds.
   *
   * @throws IllegalArgumentException "not one JSON object", when the line holds anything else or
   *     more
   */
  public static ObjectNode object(String line) {
    try {
      JsonNode node = ONE_VALUE.readTree(line);
      if (node instanceof ObjectNode object) {
        return object;
      }
    } catch (StreamReadException e) {
      // Jackson names the key in its message, the one way to say which; every other parse error has
      // only the phrase.
      boolean repeatedKey = String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field ");
      throw new IllegalArgumentException(
          NOT_ONE_OBJECT + (repeatedKey ? ": " + e.getOriginalMessage() : ""), e);
    } catch (IOException e) {
      throw new IllegalArgumentException(NOT_ONE_OBJECT, e);
    }
    throw new IllegalArgumentException(NOT_ONE_OBJECT);
  }

  /**
   * A field that must be a string when it is there; empty when it is missing or null. Read as text
   * with Jackson's {@code asText}, a number or {@code true} became that word and an object or array
   * an empty string.
   *
   * @throws IllegalArgumentException naming the field, when it holds anything but a string
   */
  public static Optional<String> text(JsonNode object, String field) {
    JsonNode value = object.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a string, was " + value);
    }
    return Optional.of(value.asText());
  }
}
