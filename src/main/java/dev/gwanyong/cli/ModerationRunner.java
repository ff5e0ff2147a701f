package dev.gwanyong.cli;

import dev.gwanyong.admin.Actor;
import dev.gwanyong.admin.ModerationResult;
import dev.gwanyong.admin.ModerationResult.Problem;
import dev.gwanyong.admin.ModerationService;
import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.IndexStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.BiFunction;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs one moderation call for an {@code index …} subcommand: wires the service, prints the result,
 * picks the exit code.
 */
final class ModerationRunner {

  /** The operator at this terminal, as the audit log names them. */
  static Actor operator() {
    return Actor.cli(System.getProperty("user.name", "operator"));
  }

  /**
   * Runs a change against the data folder's store. The analysis files are loaded first, as the
   * change rebuilds the index with them: a malformed one is then named on one line, not reported as
   * a failed rebuild. The lexicon and the answer model, which only answering needs, are not loaded,
   * and nothing is built before the change.
   */
  static int run(
      CommandSpec spec,
      GwanyongConfig config,
      BiFunction<ModerationService, Actor, ModerationResult> call)
      throws IOException {
    return run(spec, config, new IndexStore(config.data(), Analysis.load(config.analysis())), call);
  }

  /**
   * Runs a read (list, show, status) against a store that loads the analysis files only if the read
   * asks whether the index is current: a listing starts in a fraction of the time.
   */
  static int read(
      CommandSpec spec,
      GwanyongConfig config,
      BiFunction<ModerationService, Actor, ModerationResult> call)
      throws IOException {
    return run(spec, config, IndexStore.loadingAnalysis(config.data(), config.analysis()), call);
  }

  private static int run(
      CommandSpec spec,
      GwanyongConfig config,
      IndexStore store,
      BiFunction<ModerationService, Actor, ModerationResult> call)
      throws IOException {
    try (store;
        ModerationService service = ModerationService.open(config, store)) {
      return print(spec, call.apply(service, operator()));
    }
  }

  /**
   * Prints a result: successes on standard output, everything else on standard error. 0, 1, or 2
   * for a command that could not be understood or names an invalid id.
   */
  static int print(CommandSpec spec, ModerationResult result) {
    boolean ok = result.succeeded();
    PrintWriter stream = ok ? spec.commandLine().getOut() : spec.commandLine().getErr();
    stream.println(result.message());
    stream.flush();
    return switch (result) {
      case ModerationResult.Usage ignored -> 2;
      // An id that no source could have is a mistake in how the command was written, like a
      // malformed argument; a well-formed id with no source (UNKNOWN_ID) is a failure, 1.
      case ModerationResult.Rejected rejected when rejected.problem() == Problem.INVALID_ID -> 2;
      default -> ok ? 0 : 1;
    };
  }

  private ModerationRunner() {}
}
