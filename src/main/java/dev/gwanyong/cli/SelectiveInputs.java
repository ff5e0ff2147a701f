package dev.gwanyong.cli;

import dev.gwanyong.answer.AnswerService;
import dev.gwanyong.calibration.AnswerModel;
import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.corpus.RecordImporter;
import dev.gwanyong.eval.CodeSwitching;
import dev.gwanyong.eval.Korquad;
import dev.gwanyong.eval.ScratchFolder;
import dev.gwanyong.eval.SelectiveRun;
import dev.gwanyong.eval.SelectiveSets;
import dev.gwanyong.eval.Tatoeba;
import dev.gwanyong.index.Analysis;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The external data that {@code bench selective} and {@code calibrate} build their question sets
 * from.
 */
final class SelectiveInputs {

  @Option(
      names = "--korquad",
      paramLabel = "FILE",
      description = "KorQuAD 1.0 dev. Default: ${DEFAULT-VALUE}.")
  Path korquad = Path.of("..", "shared", "bench", "korquad", "KorQuAD_v1.0_dev.json");

  @Option(
      names = "--tatoeba",
      paramLabel = "DIR",
      description = "Folder of tatoeba.kor-eng.{eng,kor}. Default: ${DEFAULT-VALUE}.")
  Path tatoeba = Path.of("..", "shared", "bench", "tatoeba-kor-eng");

  @Option(
      names = "--every",
      paramLabel = "N",
      description =
          "Keep every N-th question of each benchmark, for a quicker run. Default:"
              + " ${DEFAULT-VALUE}.")
  int every = 1;

  /**
   * The benchmark's sets with the KorQuAD split's questions glossed through {@code switching}'s
   * lexicon.
   */
  SelectiveSets sets(CommandSpec spec, CodeSwitching switching) throws IOException {
    return sets(spec, switching, false);
  }

  /**
   * The sets {@link #sets(CommandSpec, CodeSwitching)} gives, and with {@code articlesAlone}
   * KorQuAD's articles each alone too ({@link SelectiveSets#withArticleLeaveOut}), which only the
   * benchmark asks.
   */
  SelectiveSets sets(CommandSpec spec, CodeSwitching switching, boolean articlesAlone)
      throws IOException {
    Path english = tatoeba.resolve("tatoeba.kor-eng.eng");
    Path korean = tatoeba.resolve("tatoeba.kor-eng.kor");
    FileArguments.requireFile(spec, korquad);
    FileArguments.requireFile(spec, english);
    FileArguments.requireFile(spec, korean);
    if (every < 1) {
      throw new ParameterException(spec.commandLine(), "--every must be at least 1");
    }
    Korquad read = Korquad.read(korquad);
    SelectiveSets sets = SelectiveSets.build(read, Tatoeba.read(english, korean), every);
    return (articlesAlone ? sets.withArticleLeaveOut(read, every) : sets).withGlossed(switching);
  }

  /** The configured lexicon's code-switching and glossing. */
  static CodeSwitching switching(GwanyongConfig config) throws IOException {
    return CodeSwitching.load(config.lexicon(), Analysis.load(config.analysis()));
  }

  /**
   * Opens each trial's corpus: the configured one as it is, the others written into the scratch
   * folder.
   */
  static SelectiveRun.Opener opener(SharedOptions shared, AnswerModel model) {
    return (SelectiveSets.Trial trial, ScratchFolder scratch) -> {
      if (trial.configuredCorpus()) {
        return AnswerService.open(shared.load(), model);
      }
      RecordImporter.write(trial.corpus(), scratch.resolve("corpus"), trial.licence());
      Map<String, Object> folders =
          Map.of(
              "corpus",
              scratch.resolve("corpus").toString(),
              "data",
              scratch.resolve("data").toString());
      return AnswerService.open(shared.load(folders), model);
    };
  }
}
