package dev.gwanyong.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} in its own JVM, stopped as an orchestrator stops it (SIGTERM): it closes the adapters, the index and
 * the management port before the JVM halts, instead of being cut off while closing.
 */
class ServeShutdownTest {

  @TempDir Path dir;

  @Test
  void sigtermClosesEverythingBeforeTheJvmHalts() throws Exception {
    HttpServer slack = slackWebApi();
    try {
      ProcessBuilder builder = new ProcessBuilder(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), Main.class.getName(),
          "serve", "--data", dir.resolve("data").toString(), "--management-port", "0"));
      builder.environment().remove("DISCORD_TOKEN");
      builder.environment().putAll(Map.of(
          "SLACK_BOT_TOKEN", "xoxb-test", "SLACK_SIGNING_SECRET", "signing-test",
          "GWANYONG_SLACK_MODE", "http", "GWANYONG_SLACK_PORT", "0",
          "GWANYONG_SLACK_API_URL", "http://127.0.0.1:" + slack.getAddress().getPort() + "/api/",
          "GWANYONG_MANAGEMENT_HOST", "127.0.0.1", "GWANYONG_LOGS", dir.resolve("logs").toString()));
      Path out = dir.resolve("out.txt");
      Process serve = builder.redirectOutput(out.toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
      try {
        awaitLine(out, "started slack", serve);

        serve.destroy(); // SIGTERM

        assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "stopped in time");
        assertTrue(Files.readString(out, UTF_8).contains("stopped: the adapters, the index and the management port"
            + " are closed"), Files.readString(out, UTF_8));
      } finally {
        serve.destroyForcibly();
      }
    } finally {
      slack.stop(0);
    }
  }

  /** Enough of Slack's Web API for HTTP mode to start: every method answers as {@code auth.test} does. */
  private static HttpServer slackWebApi() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = """
          {"ok":true,"url":"https://test.slack.com/","team":"Test","user":"gwanyong","team_id":"T0TEST",\
          "user_id":"UGWANYONG","bot_id":"BGWANYONG"}""".getBytes(UTF_8);
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
