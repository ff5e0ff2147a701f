package dev.gwanyong.cli;

import dev.gwanyong.admin.Actor;
import dev.gwanyong.admin.ModerationResult;
import dev.gwanyong.admin.ModerationResult.Problem;
import dev.gwanyong.admin.ModerationService;
import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.index.IndexStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.BiFunction;
import picocli.CommandLine.Model.CommandSpec;

/** Runs one moderation call for an {@code index …} subcommand: wires the service, prints the result, picks the exit code. */
final class ModerationRunner {

  /** The operator at this terminal, as the audit log names them. */
  static Actor operator() {
    return Actor.cli(System.getProperty("user.name", "operator"));
  }

  /**
   * Runs the call against the data folder's store, which loads the analysis files only if the call builds the index
   * or asks whether it is current: a listing starts in a fraction of the time. A change rebuilds the index, so nothing
   * is built before it.
   */
  static int run(CommandSpec spec, GwanyongConfig config, BiFunction<ModerationService, Actor, ModerationResult> call)
      throws IOException {
    try (IndexStore store = IndexStore.loadingAnalysis(config.data(), config.analysis());
        ModerationService service = ModerationService.open(config, store)) {
      return print(spec, call.apply(service, operator()));
    }
  }

  /**
   * Prints a result: successes on standard output, everything else on standard error. 0, 1, or 2 for a command that
   * could not be understood or names an invalid id.
   */
  static int print(CommandSpec spec, ModerationResult result) {
    boolean ok = result.succeeded();
    PrintWriter stream = ok ? spec.commandLine().getOut() : spec.commandLine().getErr();
    stream.println(result.message());
    stream.flush();
    return switch (result) {
      case ModerationResult.Usage ignored -> 2;
      // An id that no source could have is a mistake in how the command was written, like a malformed argument;
      // a well-formed id with no source (UNKNOWN_ID) is a failure, 1.
      case ModerationResult.Rejected rejected when rejected.problem() == Problem.INVALID_ID -> 2;
      default -> ok ? 0 : 1;
    };
  }

  private ModerationRunner() {}
}
