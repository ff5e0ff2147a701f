package dev.gwanyong.cli;

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
    subcommands = {
      IndexSourceCommands.Add.class,
      IndexSourceCommands.Update.class,
      IndexSourceCommands.Remove.class,
      IndexSourceCommands.ListSources.class,
      IndexSourceCommands.Show.class,
      IndexCommand.Rebuild.class,
      IndexSourceCommands.Status.class,
      UnansweredCommand.class,
      ImportCommand.class,
      LexiconCommand.class
    })
final class IndexCommand implements Runnable, AnalysesNoText {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(),
        "missing subcommand: add, update, remove, list, show, rebuild, status, unanswered, import"
            + " or lexicon");
  }

  /**
   * {@code index rebuild}: builds the index from the corpus folder, whatever state it is in;
   * audited.
   */
  @Command(
      name = "rebuild",
      mixinStandardHelpOptions = true,
      description = "Rebuild the index from the sources.")
  static final class Rebuild implements Callable<Integer> {

    @Mixin SharedOptions shared;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      return ModerationRunner.run(spec, shared.load(), (service, actor) -> service.rebuild(actor));
    }
  }
}
