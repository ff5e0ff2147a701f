package dev.gwanyong.cli;

import dev.gwanyong.answer.AnswerService;
import dev.gwanyong.eval.EvalQuestion;
import dev.gwanyong.eval.Evaluator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eval FILE.jsonl}: scores the bot on a question file and prints each failure and a summary.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score answers on a JSONL question file.")
final class EvalCommand implements Callable<Integer> {

  @Mixin SharedOptions shared;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "FILE.jsonl",
      description = "Questions: {id, lang, q, expect, evidence} a line.")
  Path file;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), "no such question file: " + file);
    }
    var questions = EvalQuestion.read(file);
    PrintWriter out = spec.commandLine().getOut();
    try (AnswerService service = AnswerService.open(shared.load())) {
      Evaluator.Report report = new Evaluator(service).run(questions);
      for (Evaluator.Outcome failure : report.failures()) {
        out.printf(
            "FAIL %s [%s] %s%n     %s%n",
            failure.question().id(),
            failure.question().lang(),
            failure.question().question(),
            failure.why());
        if (failure.answer().answered()) {
          out.printf("     first quote: %s%n", failure.answer().citations().getFirst().quote());
        }
      }
      out.println();
      report
          .byExpectation()
          .forEach((k, t) -> out.printf("expect %-8s %3d/%d%n", k, t.passed(), t.total()));
      report
          .byLanguage()
          .forEach((k, t) -> out.printf("lang   %-8s %3d/%d%n", k, t.passed(), t.total()));
      out.printf("score: %d/%d passed%n", report.passed(), report.outcomes().size());
      Map<Evaluator.Miss, Integer> misses = report.misses();
      if (!misses.isEmpty()) {
        out.printf(
            "answers missed: %d refused with the evidence first (the answer decision), %d refused"
                + " with it lower (the ranking), %d refused with it in no candidate (the search),"
                + " %d quoting another sentence%n",
            misses.getOrDefault(Evaluator.Miss.REFUSED_FIRST, 0),
            misses.getOrDefault(Evaluator.Miss.REFUSED_LOWER, 0),
            misses.getOrDefault(Evaluator.Miss.REFUSED_UNFOUND, 0),
            misses.getOrDefault(Evaluator.Miss.OTHER_QUOTE, 0));
      }
    }
    return 0;
  }
}
