package dev.gwanyong.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gwanyong.answer.AnswerService;
import dev.gwanyong.answer.Candidate;
import dev.gwanyong.config.ConfigLoader;
import dev.gwanyong.eval.EvalQuestion.Expectation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring question files against the real answering service over the bundled corpus. */
class EvaluatorTest {

  @TempDir Path dir;

  private static EvalQuestion q(
      String id, String lang, String question, Expectation expect, String... evidence) {
    return new EvalQuestion(id, lang, question, expect, List.of(evidence));
  }

  @Test
  void foldIgnoresQuoteStylesWidthSpacingAndCase() {
    assertEquals(Evaluator.fold("'구글의상대적인부재'"), Evaluator.fold("‘구글의  상대적인\n부재’"));
    assertEquals(Evaluator.fold("\"cncf 78%\""), Evaluator.fold("“ＣＮＣＦ ７８％”"));
  }

  @Test
  void judgesEachExpectationAndTalliesThem() throws IOException {
    List<EvalQuestion> questions =
        List.of(
            q("a1", "ko", "쿠버네티스를 활용하는 기업 비율은?", Expectation.ANSWER, "78% 가 쿠버네티스를 활용"),
            q("a2", "ko", "쿠버네티스를 활용하는 기업 비율은?", Expectation.ANSWER, "이 문장은 어디에도 없다"),
            q("r1", "ko", "김치찌개 끓이는 법", Expectation.ABSTAIN),
            q("r2", "en", "쿠버네티스를 활용하는 기업 비율은?", Expectation.ABSTAIN),
            q("n1", "en", "*:*", Expectation.ANY));
    Evaluator.Report report;
    Map<String, Object> flags = Map.of("data", dir.toString());
    try (AnswerService service = AnswerService.open(new ConfigLoader(Map.of()).load(flags))) {
      report = new Evaluator(service).run(questions);
    }
    assertEquals(
        List.of("a2", "r2"), report.failures().stream().map(o -> o.question().id()).toList());
    assertEquals("first quote lacks the evidence", report.failures().get(0).why());
    assertEquals(Map.of(Evaluator.Miss.OTHER_QUOTE, 1), report.misses());
    assertEquals("answered, expected a refusal", report.failures().get(1).why());
    assertEquals(3, report.passed());
    assertEquals(new Evaluator.Tally(1, 2), report.byExpectation().get("answer"));
    assertEquals(new Evaluator.Tally(1, 2), report.byExpectation().get("abstain"));
    assertEquals(new Evaluator.Tally(1, 1), report.byExpectation().get("any"));
    assertEquals(new Evaluator.Tally(2, 3), report.byLanguage().get("ko"));
    assertEquals(new Evaluator.Tally(1, 2), report.byLanguage().get("en"));
  }

  @Test
  void aRefusalSaysWhereItsEvidenceStoodAmongTheCandidates() throws IOException {
    // The shipped model with a confidence step that never reaches the threshold: every question is
    // refused, and the candidates keep the order the ranking gives them.
    ObjectMapper json = new ObjectMapper();
    ObjectNode model = (ObjectNode) json.readTree(Path.of("config/answer-model.json").toFile());
    ((ObjectNode) model.path("confidence")).put("intercept", -1000.0);
    Path refusing = dir.resolve("refusing-model.json");
    json.writeValue(refusing.toFile(), model);
    String question = "쿠버네티스를 활용하는 기업 비율은?";
    Evaluator.Report report;
    int lowerRank;
    ConfigLoader loader = new ConfigLoader(Map.of("GWANYONG_ANSWER_MODEL", refusing.toString()));
    try (AnswerService service =
        AnswerService.open(loader.load(Map.of("data", dir.resolve("data").toString())))) {
      List<String> quotes = service.candidates(question).stream().map(Candidate::quote).toList();
      String lower =
          quotes.stream()
              .filter(quote -> !Evaluator.containsEvidence(quotes.getFirst(), List.of(quote)))
              .findFirst()
              .orElseThrow();
      lowerRank =
          1
              + IntStream.range(0, quotes.size())
                  .filter(i -> Evaluator.containsEvidence(quotes.get(i), List.of(lower)))
                  .findFirst()
                  .orElseThrow();
      report =
          new Evaluator(service)
              .run(
                  List.of(
                      q("first", "ko", question, Expectation.ANSWER, quotes.getFirst()),
                      q("lower", "ko", question, Expectation.ANSWER, lower),
                      q("unfound", "ko", question, Expectation.ANSWER, "이 문장은 어디에도 없다"),
                      q("refused", "ko", question, Expectation.ABSTAIN)));
    }
    List<Evaluator.Outcome> outcomes = report.outcomes();
    assertEquals(
        List.of(
            Evaluator.Miss.REFUSED_FIRST,
            Evaluator.Miss.REFUSED_LOWER,
            Evaluator.Miss.REFUSED_UNFOUND,
            Evaluator.Miss.NONE),
        outcomes.stream().map(Evaluator.Outcome::miss).toList());
    assertTrue(
        outcomes.get(0).why().endsWith("though its first candidate quotes the evidence"),
        outcomes.get(0).why());
    assertTrue(
        outcomes.get(1).why().contains("; candidate " + lowerRank + " of "), outcomes.get(1).why());
    assertTrue(outcomes.get(2).why().contains("; none of its "), outcomes.get(2).why());
    assertEquals(
        Map.of(
            Evaluator.Miss.REFUSED_FIRST,
            1,
            Evaluator.Miss.REFUSED_LOWER,
            1,
            Evaluator.Miss.REFUSED_UNFOUND,
            1),
        report.misses());
  }

  @Test
  void readsQuestionFilesAndNamesTheBadLine() throws IOException {
    String lines =
        """
        {"id": "x", "lang": "ko", "q": "질문", "expect": "answer", "evidence": ["증거"]}

        {"q": "둘째"}
        """;
    List<EvalQuestion> read =
        EvalQuestion.read(Files.writeString(dir.resolve("good.jsonl"), lines));
    assertEquals(
        List.of(
            q("x", "ko", "질문", Expectation.ANSWER, "증거"), q("line-3", "?", "둘째", Expectation.ANY)),
        read);

    Path noEvidence =
        Files.writeString(
            dir.resolve("bad.jsonl"), "{\"q\": \"a\"}\n{\"q\": \"b\", \"expect\": \"answer\"}\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EvalQuestion.read(noEvidence));
    assertTrue(e.getMessage().contains("bad.jsonl: line 2"), e.getMessage());
  }

  @Test
  void textAfterAQuestionOnItsLineIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("joined.jsonl"), "{\"q\": \"a\"} {\"q\": \"b\"}\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EvalQuestion.read(file));
    assertTrue(
        e.getMessage().endsWith("joined.jsonl: line 1: not one JSON object"), e.getMessage());
  }

  @Test
  void evidenceThatEveryQuoteHoldsIsRefused() throws IOException {
    for (String evidence : List.of("[\"\"]", "[\" \"]", "[{}]", "[\"증거\", 7]")) {
      Path file =
          Files.writeString(
              dir.resolve("empty.jsonl"),
              "{\"q\": \"k8s\", \"expect\": \"answer\", \"evidence\": " + evidence + "}\n");
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> EvalQuestion.read(file));
      assertTrue(
          e.getMessage()
              .contains("empty.jsonl: line 1: each \"evidence\" entry must be a non-empty string"),
          e.getMessage());
    }
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstQuestionAndOtherBytesThanUtf8AreNamed() throws IOException {
    Path bom =
        Files.write(
            dir.resolve("bom.jsonl"), "\uFEFF{\"q\": \"첫째\"}\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(q("line-1", "?", "첫째", Expectation.ANY)), EvalQuestion.read(bom));

    Path latin1 =
        Files.write(
            dir.resolve("latin1.jsonl"),
            "{\"q\": \"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EvalQuestion.read(latin1));
    assertTrue(e.getMessage().contains("latin1.jsonl: not UTF-8 text"), e.getMessage());
  }
}
