package dev.gwanyong.cli;

import dev.gwanyong.answer.AnswerService;
import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.eval.Calibration;
import dev.gwanyong.eval.EvalQuestion;
import dev.gwanyong.eval.Korquad;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench refusal}: how often questions about other topics (KorQuAD's Korean questions, Tatoeba's English
 * sentences) are answered instead of refused on the configured corpus, beside how many positives pass, for a sweep
 * of thresholds. The row of the configured threshold is marked.
 */
@Command(name = "refusal", mixinStandardHelpOptions = true, description = "False-answer rate and threshold sweep.")
final class RefusalBenchCommand implements Callable<Integer> {

  @Mixin SharedOptions shared;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--korquad", paramLabel = "FILE", description = "Default: ${DEFAULT-VALUE}.")
  Path korquad = Path.of("..", "shared", "bench", "korquad", "KorQuAD_v1.0_dev.json");

  @Option(names = "--tatoeba", paramLabel = "FILE", description = "English sentences. Default: ${DEFAULT-VALUE}.")
  Path tatoeba = Path.of("..", "shared", "bench", "tatoeba-kor-eng", "tatoeba.kor-eng.eng");

  @Option(names = "--positives", paramLabel = "FILE.jsonl", split = ",",
      description = "Question files that should pass. Default: ${DEFAULT-VALUE}.")
  List<Path> positives = List.of(
      Path.of("..", "shared", "eval", "essay-dev.jsonl"), Path.of("src", "test", "resources", "eval", "related-sources.jsonl"));

  @Override
  public Integer call() throws IOException {
    BenchInputs.requireFile(spec, korquad);
    BenchInputs.requireFile(spec, tatoeba);
    positives.forEach(p -> BenchInputs.requireFile(spec, p));
    GwanyongConfig config = shared.load();
    Calibration korean = new Calibration();
    Calibration english = new Calibration();
    try (AnswerService service = AnswerService.open(shared.load(Map.of("answer.min_confidence", "0")))) {
      for (Path file : positives) {
        for (EvalQuestion q : EvalQuestion.read(file)) {
          var answer = service.ask(q.question());
          korean.addPositive(q, answer);
          english.addPositive(q, answer);
        }
      }
      for (Korquad.Question q : Korquad.read(korquad).questions()) {
        korean.addNegative(service.ask(q.text()).confidence());
      }
      for (String sentence : Files.readAllLines(tatoeba, StandardCharsets.UTF_8)) {
        english.addNegative(service.ask(sentence).confidence());
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("threshold  positives passed   KorQuAD answered   Tatoeba answered");
    double configured = config.answer().minConfidence();
    for (int step = 30; step <= 90; step += 5) {
      print(out, step / 100.0, korean, english, false);
    }
    print(out, configured, korean, english, true);
    return 0;
  }

  private static void print(PrintWriter out, double t, Calibration korean, Calibration english, boolean configured) {
    Calibration.Row k = korean.at(t);
    Calibration.Row e = english.at(t);
    out.printf("%s%.3f     %3d/%-3d (%5.1f%%)   %4d/%d (%5.2f%%)   %4d/%d (%5.2f%%)%n",
        configured ? "*" : " ", t, k.positivesPassed(), k.positives(), 100.0 * k.positivesPassed() / k.positives(),
        k.negativesAnswered(), k.negatives(), 100 * k.falseAnswerRate(),
        e.negativesAnswered(), e.negatives(), 100 * e.falseAnswerRate());
  }
}
