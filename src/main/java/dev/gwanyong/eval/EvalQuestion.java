package dev.gwanyong.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gwanyong.corpus.JsonLines;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a question file: {@code {"id", "lang", "q", "expect": "answer"|"abstain"|"any",
 * "evidence": [...]}}.
 */
public record EvalQuestion(
    String id, String lang, String question, Expectation expect, List<String> evidence) {

  /** What a question expects of the bot. */
  public enum Expectation {
    ANSWER,
    ABSTAIN,
    ANY
  }

  public EvalQuestion {
    evidence = List.copyOf(evidence);
  }

  private static Expectation expectation(String value) {
    try {
      return Expectation.valueOf(value.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "\"expect\" must be answer, abstain or any, was \"" + value + "\"");
    }
  }

  /**
   * Reads a question file.
   *
   * @throws IllegalArgumentException naming the line, when a line is not a valid question, or the
   *     file, when it is not UTF-8 or holds no question
   */
  public static List<EvalQuestion> read(Path file) throws IOException {
    List<EvalQuestion> questions = new ArrayList<>();
    List<String> lines = JsonLines.read(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        questions.add(question(JsonLines.object(lines.get(i)), "line-" + (i + 1)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    if (questions.isEmpty()) {
      // Scored, an empty file passes "0/0" with exit 0: a check in CI would pass on a file
      // truncated to nothing.
      throw new IllegalArgumentException(
          file + ": no questions; write one a line, {\"q\": …, \"expect\": …}");
    }
    return questions;
  }

  private static EvalQuestion question(JsonNode node, String defaultId) {
    JsonNode items = node.path("evidence");
    if (!items.isMissingNode() && !items.isNull() && !items.isArray()) {
      // Iterated as it is, an object gives its values and a string nothing: not what the line
      // meant.
      throw new IllegalArgumentException("\"evidence\" must be an array of strings, was " + items);
    }
    List<String> evidence = new ArrayList<>();
    for (JsonNode item : items) {
      // An empty string is in every quote: the question would pass whatever was cited.
      if (!item.isTextual() || item.asText().isBlank()) {
        throw new IllegalArgumentException(
            "each \"evidence\" entry must be a non-empty string, was " + item);
      }
      evidence.add(item.asText());
    }
    Expectation expect = expectation(JsonLines.text(node, "expect").orElse("any"));
    String q =
        JsonLines.text(node, "q")
            .filter(text -> !text.isBlank())
            .orElseThrow(() -> new IllegalArgumentException("no \"q\""));
    if (expect == Expectation.ANSWER && evidence.isEmpty()) {
      throw new IllegalArgumentException("expect \"answer\" needs evidence");
    }
    String id =
        node.path("id").isIntegralNumber()
            ? node.path("id").asText()
            : JsonLines.text(node, "id").orElse(defaultId);
    return new EvalQuestion(id, JsonLines.text(node, "lang").orElse("?"), q, expect, evidence);
  }
}
