package dev.gwanyong.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gwanyong.answer.AnswerService;
import dev.gwanyong.answer.Candidate;
import dev.gwanyong.calibration.AnswerModel;
import dev.gwanyong.calibration.Calibrator;
import dev.gwanyong.calibration.Example;
import dev.gwanyong.calibration.ExampleTable;
import dev.gwanyong.calibration.RiskCoverage;
import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.eval.Probe;
import dev.gwanyong.eval.SelectiveReport;
import dev.gwanyong.eval.SelectiveRun;
import dev.gwanyong.eval.SelectiveSets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code calibrate}: fits the answer model on the selective-answering sets (never on a question
 * file that {@code eval} scores), prints its held-out figures and the trade-off of each risk
 * budget, and writes the model file.
 */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description = "Fit the answer model on generated benchmark data and write it.")
final class CalibrateCommand implements Callable<Integer> {

  /** Risk budgets whose held-out trade-off is printed, to choose {@code answer.max_risk} from. */
  private static final List<Double> BUDGETS =
      List.of(0.01, 0.02, 0.03, 0.05, 0.06, 0.07, 0.08, 0.10);

  @Mixin SharedOptions shared;

  @Mixin SelectiveInputs inputs;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--output",
      paramLabel = "FILE.json",
      description = "Default: the configured answer.model.")
  Path output;

  @Option(
      names = "--examples",
      paramLabel = "FILE.tsv",
      description =
          "Also write every candidate's features and label, for analyses such as "
              + "scripts/calibration/feature-products.py.")
  Path examplesTable;

  @Override
  public Integer call() throws IOException {
    GwanyongConfig config = shared.load();
    Path target = output != null ? output : config.answer().model();
    FileArguments.requireWritable(spec, target);
    if (examplesTable != null) {
      FileArguments.requireWritable(spec, examplesTable);
    }
    SelectiveSets sets = inputs.sets(spec, SelectiveInputs.switching(config));
    PrintWriter out = spec.commandLine().getOut();
    long started = System.nanoTime();
    List<Example> examples =
        SelectiveRun.collect(
            sets,
            SelectiveInputs.opener(shared, AnswerModel.unfitted()),
            CalibrateCommand::example);
    out.printf(
        "%d questions asked in %.0f s%n", examples.size(), (System.nanoTime() - started) / 1e9);
    if (examplesTable != null) {
      ExampleTable.write(examples, examplesTable);
      out.printf("wrote %s%n", examplesTable);
    }
    Calibrator.Fitted fitted = Calibrator.fit(examples, provenance(examples));
    out.printf("L2 penalty chosen by held-out AURC: %s%n", fitted.penalty());
    Calibrator.QuoteFigures quotes = fitted.quotes();
    out.printf(
        "Quote step, held out: of %d questions whose answering paragraph has several candidate"
            + " sentences, the quote holds the answer %.1f%% of the time when the quote step picks"
            + " the sentence, %.1f%% when the ranking does%n",
        quotes.questions(), 100 * quotes.pickedByQuoteStep(), 100 * quotes.pickedByRanking());
    SelectiveReport heldOut =
        new SelectiveReport(
            fitted.heldOut().stream()
                .map(
                    h ->
                        new SelectiveReport.Judgement(
                            h.example().set(), h.example().language(), h.judged()))
                .toList());
    out.println(
        "\n"
            + "Held-out trade-off of each risk budget (every question scored by a model fitted"
            + " without its fold):");
    out.printf(
        "%-9s %-10s %s%n",
        "max_risk", "threshold", "coverage / right of answerable / false answers, by language");
    for (double budget : BUDGETS) {
      double threshold = fitted.model().threshold(budget);
      StringBuilder line = new StringBuilder();
      for (String language : List.of("ko", "en")) {
        RiskCoverage.Point p = heldOut.curve(language).at(threshold);
        int unanswerable = p.total() - p.answerable();
        line.append(
            "  %s %.1f%% / %.1f%% / %.1f%%"
                .formatted(
                    language,
                    100 * p.coverage(),
                    100 * p.rightShare(),
                    unanswerable == 0 ? 0 : 100.0 * p.falseAnswers() / unanswerable));
      }
      out.printf("%-9.2f %-10.3f%s%n", budget, threshold, line);
    }
    out.printf(
        "%nHeld-out figures at the configured answer.max_risk %.3f:%n", config.answer().maxRisk());
    heldOut.print(out, fitted.model().threshold(config.answer().maxRisk()));
    fitted.model().write(target);
    out.printf("%nwrote %s%n", target);
    return 0;
  }

  private static Example example(AnswerService service, Probe probe) {
    List<Candidate> candidates = service.candidates(probe.question());
    return new Example(
        probe.fold(),
        probe.set(),
        probe.language(),
        probe.answerable(),
        candidates.stream().map(c -> c.hit().evidence()).toList(),
        candidates.stream().map(c -> probe.answers().test(Probe.Quoted.of(c))).toList(),
        candidates.stream().map(c -> probe.holdsAnswer().test(Probe.Quoted.of(c))).toList());
  }

  private ObjectNode provenance(List<Example> examples) {
    ObjectNode provenance = new ObjectMapper().createObjectNode();
    provenance.put("fitted", LocalDate.now().toString());
    provenance.put(
        "command",
        "java -jar target/gwanyong.jar calibrate"
            + (inputs.every > 1 ? " --every " + inputs.every : ""));
    provenance.put("korquad", inputs.korquad.toString());
    provenance.put("tatoeba", inputs.tatoeba.toString());
    Map<String, Integer> questions = new TreeMap<>();
    int candidates = 0;
    for (Example e : examples) {
      questions.merge(
          e.set() + (e.answerable() ? " (answerable)" : " (unanswerable)"), 1, Integer::sum);
      candidates += e.candidates().size();
    }
    ObjectNode sets = provenance.putObject("questions");
    questions.forEach(sets::put);
    provenance.put("candidates", candidates);
    return provenance;
  }
}
