package dev.gwanyong.cli;

import dev.gwanyong.admin.ModerationService;
import dev.gwanyong.answer.AnswerService;
import dev.gwanyong.chat.ChatPlatform;
import dev.gwanyong.chat.Dispatcher;
import dev.gwanyong.chat.FeedbackLog;
import dev.gwanyong.chat.PlatformLauncher;
import dev.gwanyong.chat.discord.DiscordLauncher;
import dev.gwanyong.chat.slack.SlackLauncher;
import dev.gwanyong.config.ConfigException;
import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.config.Secrets;
import dev.gwanyong.corpus.IoReason;
import dev.gwanyong.ops.ManagementServer;
import dev.gwanyong.ops.Readiness;
import dev.gwanyong.ops.ServeMetrics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: starts every chat adapter that has credentials and says which it skipped and why.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Run the chat adapters that are configured.")
final class ServeCommand implements Callable<Integer> {

  /** Every platform Gwanyong can serve; {@code serve} asks each whether it can start. */
  static final List<PlatformLauncher> LAUNCHERS =
      List.of(new SlackLauncher(), new DiscordLauncher());

  @Mixin SharedOptions shared;

  @picocli.CommandLine.Option(
      names = "--management-port",
      paramLabel = "PORT",
      description =
          "Port of /healthz, /readyz and /metrics (default: management.port, 9400; 0 picks a free"
              + " one).")
  Integer managementPort;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    GwanyongConfig config =
        managementPort == null
            ? shared.load()
            : shared.load(Map.of("management.port", managementPort.toString()));
    checkFolders(config);
    Secrets secrets = Secrets.fromEnvironment(System.getenv());
    ServeMetrics metrics = new ServeMetrics();
    Readiness readiness = new Readiness();
    // Up before the index opens, so a liveness probe passes while a first build runs and /readyz
    // says "starting".
    int code;
    try (StopSignal stop = new StopSignal()) {
      try (ManagementServer management =
          ManagementServer.start(config.management(), metrics, readiness)) {
        out.printf(
            "health and metrics on http://%s:%d/ (/healthz, /readyz, /metrics)%n",
            config.management().host(), management.address().getPort());
        out.flush();
        code = serve(config, secrets, metrics, readiness, out, stop);
      }
      if (code == 0) {
        out.println("stopped: the adapters, the index and the management port are closed");
        out.flush();
      }
    }
    return code;
  }

  /**
   * Checks the folders {@code serve} writes to before anything starts. A logs path that is a file
   * let the adapters start and then failed every vote and {@code /kb} change; a data path that is a
   * file failed with a message about a lock file inside it.
   */
  private static void checkFolders(GwanyongConfig config) {
    notAFile(config.data(), "data (--data or GWANYONG_DATA)");
    notAFile(config.logs(), "logs (GWANYONG_LOGS)");
    try {
      Files.createDirectories(config.logs());
    } catch (IOException e) {
      throw new ConfigException(
          "cannot create the logs folder "
              + config.logs()
              + " ("
              + IoReason.of(e)
              + "); choose another logs (GWANYONG_LOGS)");
    }
  }

  private static void notAFile(Path folder, String key) {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new ConfigException(folder + " is a file, not a folder; choose another " + key);
    }
  }

  private static int serve(
      GwanyongConfig config,
      Secrets secrets,
      ServeMetrics metrics,
      Readiness readiness,
      PrintWriter out,
      StopSignal stop)
      throws Exception {
    try (AnswerService service = AnswerService.open(config);
        ModerationService moderation = ModerationService.open(config, service.store())) {
      metrics.watch(service.store());
      readiness.add("index", () -> service.store().info().isPresent());
      Dispatcher dispatcher =
          new Dispatcher(
              service,
              new FeedbackLog(config.logs().resolve(FeedbackLog.FILE), Clock.systemUTC()),
              Optional.of(moderation),
              metrics);
      List<ChatPlatform> started = new ArrayList<>();
      for (PlatformLauncher launcher : LAUNCHERS) {
        Optional<String> missing = launcher.missing(config, secrets);
        if (missing.isPresent()) {
          out.printf("skipped %s: %s%n", launcher.id(), missing.get());
          continue;
        }
        ChatPlatform platform = launcher.create(config, secrets);
        try {
          platform.start(dispatcher);
        } catch (Exception e) {
          // One platform refusing its token must not keep the others from serving.
          out.printf("failed to start %s: %s%n", launcher.id(), e.getMessage());
          metrics.adapter(launcher.id(), false);
          platform.close();
          continue;
        }
        metrics.adapter(launcher.id(), true);
        started.add(platform);
        readiness.add(platform.id(), platform::connected);
        out.printf("started %s%n", launcher.id());
      }
      out.flush();
      if (started.isEmpty()) {
        out.println(
            "No chat adapter could start; set the tokens above, or use `ask` and `console` without"
                + " them.");
        return 1;
      }
      readiness.started();
      stop.await();
      for (ChatPlatform platform : started) {
        platform.close();
      }
    }
    return 0;
  }
}
