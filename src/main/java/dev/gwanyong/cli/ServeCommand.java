package dev.gwanyong.cli;

import dev.gwanyong.admin.ModerationService;
import dev.gwanyong.answer.AnswerService;
import dev.gwanyong.chat.ChatPlatform;
import dev.gwanyong.chat.Dispatcher;
import dev.gwanyong.chat.FeedbackLog;
import dev.gwanyong.chat.PlatformLauncher;
import dev.gwanyong.chat.discord.DiscordLauncher;
import dev.gwanyong.chat.slack.SlackLauncher;
import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.config.Secrets;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code serve}: starts every chat adapter that has credentials and says which it skipped and why. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the chat adapters that are configured.")
final class ServeCommand implements Callable<Integer> {

  /** Every platform Gwanyong can serve; {@code serve} asks each whether it can start. */
  static final List<PlatformLauncher> LAUNCHERS = List.of(new SlackLauncher(), new DiscordLauncher());

  @Mixin SharedOptions shared;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    GwanyongConfig config = shared.load();
    Secrets secrets = Secrets.fromEnvironment(System.getenv());
    try (AnswerService service = AnswerService.open(config);
        ModerationService moderation = ModerationService.open(config, service.store())) {
      Dispatcher dispatcher =
          new Dispatcher(
              service,
              new FeedbackLog(config.logs().resolve("feedback.jsonl"), Clock.systemUTC()),
              Optional.of(moderation));
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
          platform.close();
          continue;
        }
        started.add(platform);
        out.printf("started %s%n", launcher.id());
      }
      out.flush();
      if (started.isEmpty()) {
        out.println("No chat adapter could start; set the tokens above, or use `ask` and `console` without them.");
        return 1;
      }
      CountDownLatch stop = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      stop.await();
      for (ChatPlatform platform : started) {
        platform.close();
      }
    }
    return 0;
  }
}
