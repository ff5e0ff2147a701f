package dev.gwanyong.cli;

import dev.gwanyong.config.ConfigException;
import dev.gwanyong.corpus.CorpusException;
import dev.gwanyong.corpus.IoReason;
import dev.gwanyong.index.Analysis;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gwanyong} command line. Only {@link #main} calls {@code System.exit}. */
@Command(
    name = "gwanyong",
    mixinStandardHelpOptions = true,
    version = "gwanyong 0.1.0",
    description =
        "Answers questions with cited quotes from its corpus, or says its sources don't cover"
            + " them.",
    subcommands = {
      AskCommand.class,
      ConsoleCommand.class,
      EvalCommand.class,
      IndexCommand.class,
      BenchCommand.class,
      CalibrateCommand.class,
      ServeCommand.class
    })
public final class Main implements Runnable, AnalysesNoText {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    configureLogging();
    System.exit(run(args, utf8(System.out), utf8(System.err)));
  }

  /**
   * Reads the bundled logging.properties unless the operator named their own with
   * -Djava.util.logging.config.file.
   */
  private static void configureLogging() {
    if (System.getProperty("java.util.logging.config.file") != null) {
      return;
    }
    try (var in = Main.class.getResourceAsStream("/logging.properties")) {
      if (in != null) {
        java.util.logging.LogManager.getLogManager().readConfiguration(in);
      }
    } catch (IOException e) {
      System.err.println(
          "warning: cannot read the bundled logging configuration: " + e.getMessage());
    }
  }

  /** Runs the command line and returns its exit code: 0 success, 1 failure, 2 usage. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionStrategy(
        parsed -> {
          if (analysesText(parsed)) {
            Analysis.startReadingDictionaries();
          }
          return new CommandLine.RunLast().execute(parsed);
        });
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println(message(e));
          cmd.getErr().flush();
          return 1;
        });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Whether the command the arguments name will analyse text: not one that is {@link
   * AnalysesNoText}, nor a request for help or the version.
   */
  static boolean analysesText(CommandLine.ParseResult parsed) {
    CommandLine.ParseResult command = parsed;
    while (!command.isUsageHelpRequested() && !command.isVersionHelpRequested()) {
      if (!command.hasSubcommand()) {
        return !(command.commandSpec().userObject() instanceof AnalysesNoText);
      }
      command = command.subcommand();
    }
    return false;
  }

  /**
   * A one-line message for a failure the user can act on; a stack trace only for a fault of ours.
   */
  private static String message(Exception e) {
    if (e instanceof ConfigException
        || e instanceof CorpusException
        || e instanceof IllegalArgumentException) {
      return "error: " + e.getMessage();
    }
    // A folder that cannot be written (read-only, full, another owner) is the operator's to mend:
    // say what could not be done and the system's reason, not two class names.
    if (e instanceof UncheckedIOException unchecked) {
      return "error: " + unchecked.getMessage() + ": " + IoReason.of(unchecked.getCause());
    }
    if (e instanceof FileSystemException io && io.getFile() != null) {
      return "error: " + io.getFile() + ": " + IoReason.of(io);
    }
    return "error: " + e + (e.getCause() != null ? " (caused by " + e.getCause() + ")" : "");
  }

  private static PrintWriter utf8(java.io.PrintStream stream) {
    return new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand");
  }
}
