package dev.gwanyong.cli;

import dev.gwanyong.chat.FeedbackLog;
import dev.gwanyong.chat.UnansweredReport;
import dev.gwanyong.config.GwanyongConfig;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code index unanswered}: the questions members most often did not get an answer to, from the
 * feedback log.
 */
@Command(
    name = "unanswered",
    mixinStandardHelpOptions = true,
    description =
        "The most frequent refused or down-voted questions of the last days, from"
            + " logs/feedback.jsonl.")
final class UnansweredCommand implements Callable<Integer>, AnalysesNoText {

  @Mixin SharedOptions shared;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--days",
      paramLabel = "N",
      description = "How many days back to look, 1 to 365 (default: 30).")
  String days = String.valueOf(UnansweredReport.DEFAULT_DAYS);

  @Override
  public Integer call() {
    Optional<Integer> period = UnansweredReport.days(days);
    if (period.isEmpty()) {
      spec.commandLine().getErr().println(UnansweredReport.badDays(days));
      return 2;
    }
    GwanyongConfig config = shared.load();
    FeedbackLog log = new FeedbackLog(config.logs().resolve(FeedbackLog.FILE), Clock.systemUTC());
    spec.commandLine()
        .getOut()
        .println(new UnansweredReport(log, Clock.systemUTC()).text(period.get()));
    return 0;
  }
}
