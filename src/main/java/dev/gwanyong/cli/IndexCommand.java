package dev.gwanyong.cli;

import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.IndexInfo;
import dev.gwanyong.index.IndexStore;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code index …}: managing the corpus and its derived index. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = "Manage the corpus and its index.",
    subcommands = {IndexCommand.Rebuild.class})
final class IndexCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand, e.g. index rebuild");
  }

  /** {@code index rebuild}: builds the index from the corpus folder, whatever state it is in. */
  @Command(name = "rebuild", mixinStandardHelpOptions = true, description = "Rebuild the index from the sources.")
  static final class Rebuild implements Callable<Integer> {

    @Mixin SharedOptions shared;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      GwanyongConfig config = shared.load();
      Corpus corpus = Corpus.load(config.corpus());
      try (IndexStore store =
          new IndexStore(config.data(), Analysis.load(config.analysis()), config.answer().linkBase())) {
        IndexInfo info = store.rebuild(corpus);
        spec.commandLine()
            .getOut()
            .printf(
                "Rebuilt %s from %s: %d sources, %d passages in %d ms.%n",
                config.data(), config.corpus(), info.sources(), info.passages(), info.buildMillis());
      }
      return 0;
    }
  }
}
