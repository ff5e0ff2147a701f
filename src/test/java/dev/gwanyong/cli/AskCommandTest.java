package dev.gwanyong.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ask --json} and {@code ask --jsonl}: machine-readable answers through the real command
 * line.
 */
class AskCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SURVEY_QUESTION = "쿠버네티스를 활용하는 기업 비율은?";
  private static final Set<String> CITATION_FIELDS =
      Set.of("quote", "source", "title", "paragraph", "start", "end", "url", "score");

  @TempDir static Path data;

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.lines().toList()) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  private static void assertAnswerShape(JsonNode answer, String question) {
    assertEquals(question, answer.get("question").asText());
    assertTrue(
        Set.of("answered", "abstained").contains(answer.get("status").asText()), answer.toString());
    assertTrue(answer.get("took_ms").isIntegralNumber(), answer.toString());
    assertTrue(answer.get("citations").isArray(), answer.toString());
    assertEquals(
        answer.get("status").asText().equals("answered"), !answer.get("citations").isEmpty());
    for (JsonNode c : answer.get("citations")) {
      for (String field : CITATION_FIELDS) {
        assertTrue(c.has(field), "citation lacks " + field + ": " + c);
      }
      for (String number : List.of("paragraph", "start", "end")) {
        assertTrue(c.get(number).isIntegralNumber(), c.toString());
      }
      assertTrue(c.get("score").isNumber(), c.toString());
      assertEquals(c.get("end").asInt() - c.get("start").asInt(), c.get("quote").asText().length());
    }
  }

  @Test
  void jsonIsOneObjectWithTheDocumentedFields() throws IOException {
    CliRun run = MainTest.run("ask", "--json", "--data", data.toString(), SURVEY_QUESTION);
    assertEquals(0, run.code(), run.err());
    List<JsonNode> objects = lines(run.out());
    assertEquals(1, objects.size(), run.out());
    JsonNode answer = objects.getFirst();
    assertAnswerShape(answer, SURVEY_QUESTION);
    assertEquals("answered", answer.get("status").asText());
    JsonNode first = answer.get("citations").get(0);
    assertTrue(first.get("quote").asText().contains("78%"), first.toString());
    assertEquals("kubernetes-tolerance", first.get("source").asText());
    assertEquals("쿠버네티스와 ‘관용’", first.get("title").asText());
    assertFalse(answer.has("corrected_question"), "a question spelled right is searched as it is");
  }

  @Test
  void aMisspelledQuestionSaysWhichSpellingWasSearched() throws IOException {
    CliRun json = MainTest.run("ask", "--json", "--data", data.toString(), "쿠버네티즈 역사");
    assertEquals(0, json.code(), json.err());
    JsonNode answer = lines(json.out()).getFirst();
    assertAnswerShape(answer, "쿠버네티즈 역사");
    assertEquals("쿠버네티스 역사", answer.get("corrected_question").asText());
    CliRun text = MainTest.run("ask", "--data", data.toString(), "kubernets histroy");
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().startsWith("🔎 Showing results for kubernetes history\n"), text.out());
  }

  @Test
  void aRefusalOfAMisspelledQuestionSaysWhichSpellingWasSearchedToo() throws IOException {
    CliRun text = MainTest.run("ask", "--data", data.toString(), "kimchi stwe recipe");
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().startsWith("🔎 Showing results for kimchi stew recipe\n🤷 "), text.out());
  }

  @Test
  void aDataFolderThatCannotBeMadeIsSaidBeforeAnythingElse(@TempDir Path scratch)
      throws IOException {
    Path notAFolder = Files.writeString(scratch.resolve("not-a-folder"), "a file");
    Path under = notAFolder.resolve("data");
    CliRun run = MainTest.run("ask", "--data", under.toString(), "쿠버네티스는 누가 만들었어?");
    assertEquals(1, run.code(), run.err());
    assertEquals(
        "error: cannot make the data folder " + under + ": Not a directory", run.firstErrorLine());
    assertEquals("", run.out());
  }

  @Test
  void jsonOfARefusalHasNoCitations() throws IOException {
    CliRun run = MainTest.run("ask", "--json", "--data", data.toString(), "김치찌개 끓이는 법");
    assertEquals(0, run.code(), run.err());
    JsonNode answer = lines(run.out()).getFirst();
    assertAnswerShape(answer, "김치찌개 끓이는 법");
    assertEquals("abstained", answer.get("status").asText());
  }

  @Test
  void jsonOfARefusalNamesTheClosestSourceAndWhatItMentions() throws IOException {
    String question = "What were the Kubernetes steering committee election rules in 1850?";
    CliRun run = MainTest.run("ask", "--json", "--data", data.toString(), question);
    assertEquals(0, run.code(), run.err());
    JsonNode answer = lines(run.out()).getFirst();
    assertEquals("abstained", answer.get("status").asText());
    assertEquals("오픈소스의 벤더 중립성과 개방형 거버넌스", answer.get("closest_source").asText());
    JsonNode mentions = answer.get("closest_source_mentions");
    assertTrue(mentions.isArray() && !mentions.isEmpty(), answer.toString());
    mentions.forEach(word -> assertTrue(question.contains(word.asText()), word.asText()));
  }

  @Test
  void jsonlAnswersEachLineInOrderPassingFieldsThrough() throws IOException {
    String input =
        """
        {"id": "first", "q": "쿠버네티스를 활용하는 기업 비율은?", "lang": "ko"}
        {"id": "second", "q": "김치찌개 끓이는 법"}

        {"id": "third", "q": "*:* AND \\"((("}
        """;
    CliRun run = CliRun.withInput(input, "ask", "--jsonl", "--data", data.toString());
    assertEquals(0, run.code(), run.err());
    List<JsonNode> answers = lines(run.out());
    assertEquals(
        List.of("first", "second", "third"),
        answers.stream().map(a -> a.get("id").asText()).toList());
    assertAnswerShape(answers.get(0), SURVEY_QUESTION);
    assertEquals("answered", answers.get(0).get("status").asText());
    assertEquals("ko", answers.get(0).get("lang").asText());
    assertEquals("abstained", answers.get(1).get("status").asText());
    assertAnswerShape(answers.get(2), "*:* AND \"(((");
  }

  @Test
  void jsonlSkipsALineTooLongToKeepAndGoesOn() throws IOException {
    String huge =
        "{\"id\": \"big\", \"q\": \"" + "쿠버네티스 ".repeat(InputLines.MAX_CHARS / 6 + 1) + "\"}";
    String input = huge + "\r\n{\"id\": \"b\", \"q\": \"쿠버네티스를 활용하는 기업 비율은?\"}\r\n";
    CliRun run = CliRun.withInput(input, "ask", "--jsonl", "--data", data.toString());
    assertEquals(1, run.code(), "a batch with a skipped line exits 1");
    List<JsonNode> out = lines(run.out());
    assertEquals(2, out.size(), run.out());
    assertEquals(1, out.get(0).get("line").asInt());
    assertEquals("longer than 65,536 characters; skipped", out.get(0).get("error").asText());
    assertEquals(
        "b",
        out.get(1).get("id").asText(),
        "the line after it is answered, its carriage return dropped");
    assertEquals("answered", out.get(1).get("status").asText());
  }

  @Test
  void jsonlReadsPastAByteOrderMarkBeforeTheFirstLine() throws IOException {
    CliRun run =
        CliRun.withInput(
            "\uFEFF{\"id\": \"a\", \"q\": \"쿠버네티스를 활용하는 기업 비율은?\"}\n",
            "ask",
            "--jsonl",
            "--data",
            data.toString());
    assertEquals(0, run.code(), run.out());
    assertEquals("answered", lines(run.out()).getFirst().get("status").asText(), run.out());
  }

  @Test
  void jsonlReportsAMalformedLineAndGoesOn() throws IOException {
    String input =
        """
        {"id": "a", "q": "쿠버네티스를 활용하는 기업 비율은?"}
        this is not json
        {"id": "c", "text": "no q field"}
        {"id": "d", "q": "김치찌개 끓이는 법"}
        """;
    CliRun run = CliRun.withInput(input, "ask", "--jsonl", "--data", data.toString());
    assertEquals(1, run.code(), "a batch with bad lines exits 1");
    List<JsonNode> out = lines(run.out());
    assertEquals(4, out.size(), run.out());
    assertEquals("a", out.get(0).get("id").asText());
    assertEquals(2, out.get(1).get("line").asInt());
    assertFalse(out.get(1).get("error").asText().isBlank());
    assertEquals(3, out.get(2).get("line").asInt());
    assertEquals("c", out.get(2).get("id").asText(), "an error carries the line's id");
    assertTrue(out.get(2).get("error").asText().contains("q"), out.get(2).toString());
    assertEquals("d", out.get(3).get("id").asText());
    assertEquals("abstained", out.get(3).get("status").asText());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void jsonlReportsTextAfterTheObjectAsAMalformedLine() throws IOException {
    String input =
        """
        {"id": "a", "q": "쿠버네티스를 활용하는 기업 비율은?"} garbage
        {"id": "b", "q": "김치찌개 끓이는 법"} {"id": "c", "q": "x"}
        {"id": "d", "q": "김치찌개 끓이는 법"}\t
        """;
    CliRun run = CliRun.withInput(input, "ask", "--jsonl", "--data", data.toString());
    assertEquals(1, run.code(), run.out());
    List<JsonNode> out = lines(run.out());
    assertEquals(3, out.size(), run.out());
    for (int i = 0; i < 2; i++) {
      assertEquals(i + 1, out.get(i).get("line").asInt(), out.get(i).toString());
      assertEquals("not one JSON object", out.get(i).get("error").asText(), out.get(i).toString());
    }
    assertEquals("d", out.get(2).get("id").asText(), "white space after the object is not text");
    assertEquals("abstained", out.get(2).get("status").asText());
  }

  @Test
  void jsonlReportsALineThatIsNotUtf8AndGoesOn() throws IOException {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes("{\"id\": \"a\", \"q\": \"김치찌개 끓이는 법\"}\n".getBytes(StandardCharsets.UTF_8));
    input.writeBytes(
        "{\"id\": \"b\", \"q\": \"쿠버네티스를 활용하는 기업 비율은?\"}\r\n".getBytes(Charset.forName("CP949")));
    input.writeBytes(
        "{\"id\": \"c\", \"q\": \"쿠버네티스를 활용하는 기업 비율은?\"}\n".getBytes(StandardCharsets.UTF_8));
    CliRun run = CliRun.withInput(input.toByteArray(), "ask", "--jsonl", "--data", data.toString());
    assertEquals(1, run.code(), run.out());
    List<JsonNode> out = lines(run.out());
    assertEquals(3, out.size(), run.out());
    assertEquals("a", out.get(0).get("id").asText());
    assertEquals(2, out.get(1).get("line").asInt(), out.get(1).toString());
    assertEquals("not UTF-8 text; save the questions as UTF-8", out.get(1).get("error").asText());
    assertEquals("c", out.get(2).get("id").asText());
    assertEquals("answered", out.get(2).get("status").asText());
  }

  @Test
  void jsonlReportsAnEmptyQuestionInsteadOfRefusingIt() throws IOException {
    String input =
        """
        {"id": "a", "q": ""}
        {"id": "b", "q": " \\t "}
        {"id": "c", "q": "👍 ???"}
        {"id": "d", "q": "ok thanks"}
        {"id": "e", "q": "쿠버네티스를 활용하는 기업 비율은?"}
        """;
    CliRun run = CliRun.withInput(input, "ask", "--jsonl", "--data", data.toString());
    assertEquals(1, run.code(), run.out());
    List<JsonNode> out = lines(run.out());
    assertEquals(5, out.size(), run.out());
    List<String> expected =
        List.of(
            "\"q\" is empty",
            "\"q\" is empty",
            "\"q\" has no letter or digit to search for",
            "\"q\" asks nothing to look up (ok, thanks and lone letters are not searched)");
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), out.get(i).path("error").asText(), out.get(i).toString());
      assertFalse(out.get(i).has("status"), out.get(i).toString());
    }
    assertEquals("b", out.get(1).get("id").asText());
    assertEquals("answered", out.get(4).get("status").asText());
  }

  @Test
  void jsonlReportsAQuestionLongerThanChatTakesAndAsksOneAsLongAsItTakes() throws IOException {
    String longest = (SURVEY_QUESTION + " ").repeat(50).strip() + "!";
    assertEquals(1_000, longest.length());
    String input =
        JSON.createObjectNode().put("id", "a").put("q", longest + "?")
            + "\n"
            + JSON.createObjectNode().put("id", "b").put("q", "  " + longest + "  ")
            + "\n";
    CliRun run = CliRun.withInput(input, "ask", "--jsonl", "--data", data.toString());
    assertEquals(1, run.code(), run.out());
    List<JsonNode> out = lines(run.out());
    assertEquals(2, out.size(), run.out());
    assertEquals("a", out.get(0).get("id").asText());
    assertEquals(
        "\"q\" is 1,001 characters long; a question may have 1,000",
        out.get(0).path("error").asText());
    assertEquals("b", out.get(1).get("id").asText());
    assertTrue(
        out.get(1).has("status"),
        "the white space around a question is not counted: " + out.get(1));
  }
}
