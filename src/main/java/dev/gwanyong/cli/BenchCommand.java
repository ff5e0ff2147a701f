package dev.gwanyong.cli;

import dev.gwanyong.answer.AnswerService;
import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.eval.EvalQuestion;
import dev.gwanyong.eval.LatencyBench;
import dev.gwanyong.eval.ScratchFolder;
import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.IndexInfo;
import dev.gwanyong.index.IndexStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bench}: prints index build time, passages, heap after load and warm answer latency. Asserts nothing. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Print speed and memory figures; subcommands print retrieval-quality benchmarks.",
    subcommands = {KorquadBenchCommand.class, TatoebaBenchCommand.class, SelectiveBenchCommand.class})
final class BenchCommand implements Callable<Integer> {

  @Mixin SharedOptions shared;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--questions", paramLabel = "FILE.jsonl", description = "Questions to time (default: ${DEFAULT-VALUE}).")
  Path questions = Path.of("..", "shared", "eval", "essay-dev.jsonl");

  @Option(names = "--rounds", description = "Measured rounds over the questions (default: ${DEFAULT-VALUE}).")
  int rounds = 50;

  @Option(names = "--warmup", description = "Unmeasured rounds first (default: ${DEFAULT-VALUE}).")
  int warmup = 20;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(questions)) {
      throw new ParameterException(spec.commandLine(), "no such question file: " + questions + " (use --questions)");
    }
    if (rounds < 1 || warmup < 0) {
      throw new ParameterException(spec.commandLine(), "--rounds must be at least 1 and --warmup at least 0");
    }
    List<String> texts = EvalQuestion.read(questions).stream().map(EvalQuestion::question).toList();
    GwanyongConfig config = shared.load();
    PrintWriter out = spec.commandLine().getOut();
    out.printf("corpus %s, %d questions from %s%n", config.corpus(), texts.size(), questions);
    printBuild(config, out);
    try (AnswerService service = AnswerService.open(config)) {
      out.printf("heap after load: %.1f MiB%n", usedHeapMiB());
      LatencyBench.Figures f = new LatencyBench(service).run(texts, warmup, rounds);
      out.printf(
          "answer latency over %d answers (warm, in-process): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
          f.samples(), f.p50(), f.p95(), f.p99(), f.max());
    }
    return 0;
  }

  /** Builds the corpus into a scratch folder so the build is timed from nothing, without touching the live index. */
  private static void printBuild(GwanyongConfig config, PrintWriter out) throws IOException {
    try (ScratchFolder scratch = ScratchFolder.create("gwanyong-bench")) {
      long started = System.nanoTime();
      Corpus corpus = Corpus.load(config.corpus());
      Analysis analysis = Analysis.load(config.analysis());
      long loadMillis = (System.nanoTime() - started) / 1_000_000;
      try (IndexStore store = new IndexStore(scratch.path(), analysis)) {
        IndexInfo info = store.rebuild(corpus);
        out.printf(
            "index build: %d sources, %d passages in %d ms (plus %d ms loading corpus and analysis)%n",
            info.sources(), info.passages(), info.buildMillis(), loadMillis);
      }
    }
  }

  private static double usedHeapMiB() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
  }
}
