package dev.gwanyong.cli;

import dev.gwanyong.answer.AnswerService;
import dev.gwanyong.answer.Candidate;
import dev.gwanyong.calibration.AnswerModel;
import dev.gwanyong.calibration.RiskCoverage;
import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.eval.CodeSwitching;
import dev.gwanyong.eval.Probe;
import dev.gwanyong.eval.SelectiveReport;
import dev.gwanyong.eval.SelectiveRun;
import dev.gwanyong.eval.SelectiveSets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench selective}: every question asked of a corpus that holds its answer and of one that
 * lacks it (see {@link SelectiveSets}), plus off-topic questions, code-switched KorQuAD questions
 * ({@link CodeSwitching}) and question files about the configured corpus; prints, by language, what
 * the configured risk budget answers right, wrong or falsely, with the risk–coverage figures, and
 * writes the curves as a PNG plot.
 */
@Command(
    name = "selective",
    mixinStandardHelpOptions = true,
    description =
        "Selective answering: right, wrong, refused and false answers, risk–coverage curves.")
final class SelectiveBenchCommand implements Callable<Integer> {

  @Mixin SharedOptions shared;

  @Mixin SelectiveInputs inputs;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--questions",
      paramLabel = "FILE.jsonl",
      split = ",",
      description = "Question files about the configured corpus. Default: ${DEFAULT-VALUE}.")
  List<Path> questions =
      List.of(
          Path.of("..", "shared", "eval", "essay-dev.jsonl"),
          Path.of("src", "test", "resources", "eval", "related-sources.jsonl"));

  @Option(
      names = "--plot",
      paramLabel = "FILE.png",
      description = "Where to write the curves. Default: ${DEFAULT-VALUE}.")
  Path plot = Path.of("target", "selective-risk-coverage.png");

  @Override
  public Integer call() throws IOException {
    questions.forEach(q -> FileArguments.requireFile(spec, q));
    FileArguments.requireWritable(spec, plot);
    GwanyongConfig config = shared.load();
    CodeSwitching switching = SelectiveInputs.switching(config);
    SelectiveSets sets =
        inputs
            .sets(spec, switching, true)
            .withCodeSwitched(switching)
            .withShortened()
            .withQuestionFiles(questions);
    AnswerModel model = AnswerModel.load(config.answer().model());
    double threshold = model.threshold(config.answer().maxRisk());
    long started = System.nanoTime();
    List<SelectiveReport.Judgement> judgements =
        SelectiveRun.collect(
            sets, SelectiveInputs.opener(shared, model), SelectiveBenchCommand::judge);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "%d questions asked in %.0f s; risk budget answer.max_risk %.3f%n",
        judgements.size(), (System.nanoTime() - started) / 1e9, config.answer().maxRisk());
    SelectiveReport report = new SelectiveReport(judgements);
    report.print(out, threshold);
    report.plot(plot, "Risk–coverage, max_risk %.3f".formatted(config.answer().maxRisk()));
    out.printf("%nplot: %s%n", plot);
    return 0;
  }

  private static SelectiveReport.Judgement judge(AnswerService service, Probe probe) {
    List<Candidate> candidates = service.candidates(probe.question());
    RiskCoverage.Judged judged =
        candidates.isEmpty()
            ? new RiskCoverage.Judged(0, probe.answerable(), false)
            : new RiskCoverage.Judged(
                candidates.getFirst().confidence(),
                probe.answerable(),
                probe.answers().test(Probe.Quoted.of(candidates.getFirst())));
    return new SelectiveReport.Judgement(probe.set(), probe.language(), judged);
  }
}
