package dev.gwanyong.chat.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The work a listener does after its acknowledgement (Slack gives three seconds for that): run on
 * the executor, a fault logged once here with an incident id, as the style guide asks.
 */
final class SlackTasks {

  private static final Logger LOG = Logger.getLogger(SlackTasks.class.getName());

  private final Executor executor;

  SlackTasks(Executor executor) {
    this.executor = executor;
  }

  void later(String what, SlackTask task) {
    executor.execute(
        () -> {
          try {
            task.run();
          } catch (IOException | SlackApiException | RuntimeException e) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "incident " + incident + ": Slack " + what + " failed", e);
          }
        });
  }

  /** Logs a response_url post that Slack did not take. */
  static void respond(WebhookResponse response) {
    if (response.getCode() != 200) {
      LOG.warning("response_url answered HTTP " + response.getCode());
    }
  }

  @FunctionalInterface
  interface SlackTask {
    void run() throws IOException, SlackApiException;
  }
}
