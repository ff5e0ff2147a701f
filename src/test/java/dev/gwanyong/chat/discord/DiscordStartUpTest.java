package dev.gwanyong.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.gwanyong.LogRecords;
import dev.gwanyong.chat.Dispatcher;
import dev.gwanyong.chat.FeedbackLog;
import dev.gwanyong.chat.PlatformStartException;
import dev.gwanyong.config.GwanyongConfig.DiscordConfig;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code serve} says when Discord does not start, against loopback stand-ins: an unreachable
 * API, a refused token and a gateway that never connects are told apart, once each, without a stack
 * trace.
 */
class DiscordStartUpTest {

  @TempDir Path logs;

  private String failure(URI api, URI gateway) throws Exception {
    DiscordConfig config =
        new DiscordConfig(Optional.of(api), Optional.of(gateway), List.of(), List.of());
    try (LogRecords log = new LogRecords();
        DiscordPlatform platform =
            new DiscordPlatform(config, "bot-secret", 1024, Duration.ofSeconds(3))) {
      Dispatcher dispatcher =
          new Dispatcher(
              question -> {
                throw new AssertionError("no question is asked");
              },
              new FeedbackLog(logs.resolve("feedback.jsonl"), Clock.systemUTC()));
      String message =
          assertThrows(PlatformStartException.class, () -> platform.start(dispatcher)).getMessage();
      assertFalse(platform.connected());
      assertEquals(List.of(), log.stackTraces(), "no stack trace on start-up");
      assertFalse(message.contains("bot-secret"), message);
      return message;
    }
  }

  private static URI closed(String scheme) throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return URI.create(scheme + "://127.0.0.1:" + socket.getLocalPort() + "/");
    }
  }

  @Test
  void anUnreachableApiIsSaidToBeUnreachableNotAnInvalidToken() throws Exception {
    URI api = closed("http");
    String message = failure(api, closed("ws"));
    assertTrue(message.startsWith("cannot reach the Discord API at " + api), message);
    assertFalse(message.toLowerCase().contains("invalid"), message);
  }

  @Test
  void aRefusedTokenIsNamedByItsVariable() throws Exception {
    HttpServer unauthorized =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    unauthorized.createContext(
        "/",
        exchange -> {
          byte[] body =
              "{\"message\": \"401: Unauthorized\", \"code\": 0}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(401, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    unauthorized.start();
    try {
      URI api = URI.create("http://127.0.0.1:" + unauthorized.getAddress().getPort() + "/");
      assertTrue(
          failure(api, closed("ws"))
              .startsWith("Discord refused DISCORD_TOKEN (401 Unauthorized)"));
    } finally {
      unauthorized.stop(0);
    }
  }

  @Test
  void aGatewayThatNeverConnectsIsNotReportedAsStarted() throws Exception {
    try (DiscordStandIn discord = new DiscordStandIn()) {
      URI gateway = closed("ws");
      String message = failure(discord.apiUrl(), gateway);
      assertTrue(
          message.startsWith(
              "Discord accepted DISCORD_TOKEN, but its gateway "
                  + gateway
                  + " did not connect within 3 s"),
          message);
    }
  }
}
