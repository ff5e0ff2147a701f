package dev.gwanyong.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.LogRecords;
import dev.gwanyong.chat.Dispatcher;
import dev.gwanyong.chat.FeedbackLog;
import dev.gwanyong.chat.PlatformStartException;
import dev.gwanyong.config.GwanyongConfig;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code serve} says when Slack does not start, against the loopback Web API stand-in and
 * WebSocket server: an unreachable API is not a refused token, neither prints a stack trace, and
 * Socket Mode starts only once connected.
 */
class SlackStartUpTest {

  private static final Duration SHORT = Duration.ofSeconds(2);

  @TempDir Path logs;

  private Dispatcher dispatcher() {
    return new Dispatcher(
        question -> {
          throw new AssertionError("no question is asked");
        },
        new FeedbackLog(logs.resolve("feedback.jsonl"), Clock.systemUTC()));
  }

  private static SlackPlatform platform(String mode, URI api) {
    return platform(mode, 0, api);
  }

  private static SlackPlatform platform(String mode, int port, URI api) {
    return new SlackPlatform(
        new GwanyongConfig.SlackConfig(mode, port, api, List.of()),
        new SlackPlatform.Credentials(
            "xoxb-secret", Optional.of("signing-secret"), Optional.of("xapp-secret")),
        List.of(),
        SHORT);
  }

  /**
   * Starts the platform expecting it to fail; returns the message, checking it leaks no token and
   * logs no trace.
   */
  private String failure(String mode, URI api) throws Exception {
    return failure(platform(mode, api));
  }

  private String failure(SlackPlatform starting) throws Exception {
    try (LogRecords log = new LogRecords();
        SlackPlatform platform = starting) {
      String message =
          assertThrows(PlatformStartException.class, () -> platform.start(dispatcher()))
              .getMessage();
      assertFalse(platform.connected());
      assertEquals(List.of(), log.stackTraces(), "no stack trace on start-up");
      assertFalse(message.contains("secret"), message);
      return message;
    }
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void anUnreachableApiIsSaidToBeUnreachableNotAnInvalidToken() throws Exception {
    URI nowhere = URI.create("http://127.0.0.1:" + closedPort() + "/api/");
    for (String mode : List.of("socket", "http")) {
      String message = failure(mode, nowhere);
      assertTrue(message.startsWith("cannot reach the Slack Web API at " + nowhere), message);
      assertFalse(message.toLowerCase().contains("invalid"), message);
    }
  }

  @Test
  void aRefusedTokenIsNamedByItsVariable() throws Exception {
    try (SlackApiStub slack = new SlackApiStub()) {
      slack.answer("apps.connections.open", "{\"ok\":false,\"error\":\"invalid_auth\"}");
      assertEquals(
          "Slack refused SLACK_APP_TOKEN (apps.connections.open: invalid_auth); copy the token"
              + " again from the app's settings",
          failure("socket", slack.apiUrl()));

      slack.answer("auth.test", "{\"ok\":false,\"error\":\"token_revoked\"}");
      assertTrue(
          failure("http", slack.apiUrl())
              .startsWith("Slack refused SLACK_BOT_TOKEN (auth.test: token_revoked)"));
    }
  }

  @Test
  void httpModeOnATakenPortNamesTheKeyToChangeAndLeavesNoServerRunning() throws Exception {
    try (SlackApiStub slack = new SlackApiStub();
        ServerSocket taken = new ServerSocket(0)) {
      String message = failure(platform("http", taken.getLocalPort(), slack.apiUrl()));

      assertTrue(
          message.startsWith(
              "cannot listen on port " + taken.getLocalPort() + " for Slack's requests"),
          message);
      assertTrue(message.endsWith("choose another slack.port or GWANYONG_SLACK_PORT"), message);
      assertTrue(
          Thread.getAllStackTraces().keySet().stream()
              .noneMatch(t -> t.getName().startsWith("slack-http")),
          "the endpoint's threads are stopped");
    }
  }

  @Test
  void socketModeThatCannotOpenItsWebSocketIsNotReportedAsStarted() throws Exception {
    try (SlackApiStub slack = new SlackApiStub()) {
      slack.answer(
          "apps.connections.open",
          "{\"ok\":true,\"url\":\"ws://127.0.0.1:" + closedPort() + "/link\"}");
      String message = failure("socket", slack.apiUrl());
      assertTrue(
          message.startsWith(
              "Slack accepted the tokens, but the Socket Mode WebSocket did not open within 2 s"),
          message);
    }
  }

  @Test
  void socketModeReturnsFromStartOnlyOnceConnected() throws Exception {
    try (SlackApiStub slack = new SlackApiStub();
        SocketModeServer socket = new SocketModeServer();
        LogRecords log = new LogRecords();
        SlackPlatform platform = platform("socket", slack.apiUrl())) {
      slack.answer("apps.connections.open", "{\"ok\":true,\"url\":\"" + socket.url() + "\"}");
      platform.start(dispatcher());
      assertTrue(platform.connected(), "connected when start returns");
      assertEquals(List.of(), log.stackTraces());
    }
  }
}
