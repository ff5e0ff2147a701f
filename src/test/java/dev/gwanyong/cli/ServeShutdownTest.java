package dev.gwanyong.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} in its own JVM, stopped as an orchestrator stops it (SIGTERM): it closes the
 * adapters, the index and the management port before the JVM halts, instead of being cut off while
 * closing; and, with one adapter that cannot start, serving with the others while {@code /metrics}
 * says which one failed.
 */
class ServeShutdownTest {

  @TempDir Path dir;

  @Test
  void sigtermClosesEverythingBeforeTheJvmHalts() throws Exception {
    HttpServer slack = slackWebApi();
    try {
      Process serve = serve(slack, Map.of());
      try {
        awaitLine(out(), "started slack", serve);

        serve.destroy(); // SIGTERM

        assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "stopped in time");
        assertTrue(
            Files.readString(out(), UTF_8)
                .contains(
                    "stopped: the adapters, the index and the management port" + " are closed"),
            Files.readString(out(), UTF_8));
      } finally {
        serve.destroyForcibly();
      }
    } finally {
      slack.stop(0);
    }
  }

  @Test
  void anAdapterThatFailsToStartIsOnTheMetricsBesideTheOnesServing() throws Exception {
    HttpServer slack = slackWebApi();
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    try {
      Process serve =
          serve(
              slack,
              Map.of(
                  "DISCORD_TOKEN",
                  "discord-test",
                  "GWANYONG_DISCORD_API_URL",
                  "http://127.0.0.1:" + closedPort + "/api/"));
      try {
        awaitLine(out(), "started slack", serve);
        awaitLine(out(), "failed to start discord", serve);
        Matcher address =
            Pattern.compile("health and metrics on (http://\\S+/)")
                .matcher(Files.readString(out(), UTF_8));
        assertTrue(address.find(), Files.readString(out(), UTF_8));

        HttpResponse<String> metrics =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(URI.create(address.group(1) + "metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());

        assertTrue(
            metrics.body().contains("gwanyong_adapter_started{platform=\"slack\"} 1"),
            metrics.body());
        assertTrue(
            metrics.body().contains("gwanyong_adapter_started{platform=\"discord\"} 0"),
            metrics.body());
      } finally {
        serve.destroyForcibly();
      }
    } finally {
      slack.stop(0);
    }
  }

  private Path out() {
    return dir.resolve("out.txt");
  }

  /**
   * {@code serve} in a JVM of its own, with Slack in HTTP mode against the stand-in and the given
   * variables.
   */
  private Process serve(HttpServer slack, Map<String, String> environment) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--data",
                dir.resolve("data").toString(),
                "--management-port",
                "0"));
    builder.environment().remove("DISCORD_TOKEN");
    builder
        .environment()
        .putAll(
            Map.of(
                "SLACK_BOT_TOKEN",
                "xoxb-test",
                "SLACK_SIGNING_SECRET",
                "signing-test",
                "GWANYONG_SLACK_MODE",
                "http",
                "GWANYONG_SLACK_PORT",
                "0",
                "GWANYONG_SLACK_API_URL",
                "http://127.0.0.1:" + slack.getAddress().getPort() + "/api/",
                "GWANYONG_MANAGEMENT_HOST",
                "127.0.0.1",
                "GWANYONG_LOGS",
                dir.resolve("logs").toString()));
    builder.environment().putAll(environment);
    return builder
        .redirectOutput(out().toFile())
        .redirectError(dir.resolve("err.txt").toFile())
        .start();
  }

  /**
   * Enough of Slack's Web API for HTTP mode to start: every method answers as {@code auth.test}
   * does.
   */
  private static HttpServer slackWebApi() throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body =
              """
              {"ok":true,"url":"https://test.slack.com/","team":"Test","user":"gwanyong","team_id":"T0TEST",\
              "user_id":"UGWANYONG","bot_id":"BGWANYONG"}\
              """
                  .getBytes(UTF_8);
          exchange.getRequestBody().readAllBytes();
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    return server;
  }

  private static void awaitLine(Path out, String line, Process serve) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline) && serve.isAlive()) {
      if (Files.readString(out, UTF_8).contains(line)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no '" + line + "' from serve: " + Files.readString(out, UTF_8));
  }
}
