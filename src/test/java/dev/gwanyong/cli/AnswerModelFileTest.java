package dev.gwanyong.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A damaged or hand-edited answer model ({@code config/answer-model.json}) stops {@code ask} with
 * one line naming the file and the value, instead of answering with weights read as 0 or refusing
 * every question.
 */
class AnswerModelFileTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SHIPPED = Path.of("config", "answer-model.json");

  @TempDir static Path data;
  @TempDir Path folder;

  static Stream<Arguments> damages() throws IOException {
    // As many weights as the shipped model has features, which grows with each feature fitted.
    int features = JSON.readTree(SHIPPED.toFile()).get("features").size();
    return Stream.of(
        damage("weights[0] must be a finite number, was \"NaN\"", m -> weights(m).set(0, "NaN")),
        damage("weights[3] must be a finite number, was null", m -> weights(m).setNull(3)),
        damage(
            "weights must be an array of %d numbers, was an array of %d"
                .formatted(features, features - 1),
            m -> weights(m).remove(features - 1)),
        damage(
            "weights must be an array of %d numbers, was an object".formatted(features),
            m -> m.putObject("weights").put("0", 0.1)),
        damage("intercept must be a finite number, was missing", m -> m.remove("intercept")),
        damage(
            "confidence.intercept must be a finite number, was \"1\"",
            m -> ((ObjectNode) m.get("confidence")).put("intercept", "1")),
        damage(
            "quotes.weights must be an array of %d numbers, was missing".formatted(features),
            m -> ((ObjectNode) m.get("quotes")).remove("weights")),
        damage(
            "risk_coverage must be a non-empty array of points, was missing",
            m -> m.remove("risk_coverage")),
        damage(
            "risk_coverage must be a non-empty array of points, was an array of 0",
            m -> m.putArray("risk_coverage")),
        damage(
            "risk_coverage[0].threshold must be a finite number, was \"NaN\"",
            m -> ((ObjectNode) m.get("risk_coverage").get(0)).put("threshold", "NaN")));
  }

  private static Arguments damage(String problem, Consumer<ObjectNode> damage) {
    return Arguments.of(problem, damage);
  }

  private static ArrayNode weights(ObjectNode model) {
    return (ArrayNode) model.get("weights");
  }

  @ParameterizedTest
  @MethodSource("damages")
  void aModelValueMissingMistypedOrNotFiniteIsNamed(String problem, Consumer<ObjectNode> damage)
      throws IOException {
    ObjectNode model = (ObjectNode) JSON.readTree(SHIPPED.toFile());
    damage.accept(model);
    Path file = folder.resolve("answer-model.json");
    JSON.writeValue(file.toFile(), model);
    assertRefusedInOneLine(file, file + ": " + problem + "; ");
  }

  static Stream<Arguments> damagedFiles() throws IOException {
    String shipped = Files.readString(SHIPPED);
    return Stream.of(
        Arguments.of(shipped.substring(0, shipped.length() / 2), "is not valid JSON at line "),
        Arguments.of(shipped + "}", "is not valid JSON at line "),
        Arguments.of(
            shipped.replaceFirst("\"intercept\" : [-0-9.eE]+", "\"intercept\" : NaN"),
            "is not valid JSON at line "),
        Arguments.of(
            shipped.replace("gwanyong-answer-model/3", "gwanyong-answer-model/4"),
            "is an answer model of format gwanyong-answer-model/4, and this version reads"
                + " gwanyong-answer-model/3"));
  }

  @ParameterizedTest
  @MethodSource("damagedFiles")
  void aTruncatedMalformedOrNewerModelFileIsNamedInOneLine(String text, String problem)
      throws IOException {
    Path file = Files.writeString(folder.resolve("answer-model.json"), text);
    assertRefusedInOneLine(file, file + " " + problem);
  }

  private void assertRefusedInOneLine(Path model, String message) throws IOException {
    Path config =
        Files.writeString(folder.resolve("gwanyong.yml"), "answer:\n  model: " + model + "\n");

    CliRun run =
        CliRun.withConfig(
            config, "ask", "--json", "--data", data.toString(), "쿠버네티스를 활용하는 기업 비율은?");

    assertEquals(1, run.code(), run.out() + run.err());
    assertEquals("", run.out());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("error: " + message), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }
}
