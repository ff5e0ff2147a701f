package dev.gwanyong.chat.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A stand-in for Slack on loopback: the Web API under {@code /api/} (the SDK is pointed here
 * through {@code slack.api_url}) and {@code response_url}s under {@code /respond/}. It records
 * every call and answers {@code ok}, with the few fields Bolt reads from {@code auth.test} and
 * {@code bots.info}; a reply in the thread of a {@linkplain #delete deleted} message is refused as
 * Slack refuses it.
 */
final class SlackApiStub implements AutoCloseable {

  static final String BOT_USER = "UGWANYONG";
  static final String OTHER_BOT_USER = "UOTHERBOT";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One recorded request.
   *
   * @param path the request path, such as {@code /api/chat.postMessage} or {@code /respond/1}
   * @param params form fields (Web API calls) or top-level JSON fields (response_url posts), as
   *     text
   * @param body the raw body
   */
  record Call(String path, Map<String, String> params, String body) {

    String method() {
      return path.startsWith("/api/") ? path.substring("/api/".length()) : path;
    }

    /** The {@code blocks} parameter, parsed. */
    JsonNode blocks() {
      try {
        return JSON.readTree(params.getOrDefault("blocks", "[]"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final HttpServer server;
  private final List<Call> calls = new ArrayList<>();
  private final Map<String, String> overrides = new ConcurrentHashMap<>();
  private final Set<String> deleted = ConcurrentHashMap.newKeySet();

  SlackApiStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI apiUrl() {
    return URI.create(base() + "/api/");
  }

  String responseUrl(String name) {
    return base() + "/respond/" + name;
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** From now on, answers {@code method} with {@code json} instead of the default. */
  void answer(String method, String json) {
    overrides.put(method, json);
  }

  /**
   * From now on Slack knows no message {@code ts} in {@code channel}, as after its author deleted
   * it: a {@code chat.postMessage} into its thread gets {@code thread_not_found}, which Slack's SDK
   * maintainers name as the answer when the parent is gone (slackapi/bolt-js#2307).
   */
  void delete(String channel, String ts) {
    deleted.add(channel + "/" + ts);
  }

  synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  synchronized List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  synchronized void clear() {
    calls.clear();
  }

  /** Waits until a recorded call matches, or fails after a few seconds. */
  Call await(Predicate<Call> match) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
    while (Instant.now().isBefore(deadline)) {
      synchronized (this) {
        for (Call call : calls) {
          if (match.test(call)) {
            return call;
          }
        }
        wait(50);
      }
    }
    throw new AssertionError("no matching call to the Slack stand-in; calls were " + calls());
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange;
        InputStream in = exchange.getRequestBody()) {
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String path = exchange.getRequestURI().getPath();
      String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
      Call call =
          new Call(
              path,
              contentType.startsWith("application/json") ? jsonFields(body) : form(body),
              body);
      synchronized (this) {
        calls.add(call);
        notifyAll();
      }
      String json =
          repliesToDeleted(call)
              ? "{\"ok\":false,\"error\":\"thread_not_found\"}"
              : overrides.getOrDefault(call.method(), answerFor(call.method()));
      byte[] answer = json.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(200, answer.length);
      exchange.getResponseBody().write(answer);
    }
  }

  private boolean repliesToDeleted(Call call) {
    return call.method().equals("chat.postMessage")
        && call.params().containsKey("thread_ts")
        && deleted.contains(call.params().get("channel") + "/" + call.params().get("thread_ts"));
  }

  private static String answerFor(String method) {
    return switch (method) {
      case "auth.test" ->
          """
          {"ok":true,"url":"https://gwanyong-test.slack.com/","team":"Test","user":"gwanyong",
           "team_id":"T0TEST","user_id":"%s","bot_id":"BGWANYONG"}\
          """
              .formatted(BOT_USER);
      case "bots.info" ->
          """
          {"ok":true,"bot":{"id":"BOTHER","user_id":"%s","name":"other"}}\
          """
              .formatted(OTHER_BOT_USER);
      case "chat.postMessage" -> "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000000.000100\"}";
      default -> "{\"ok\":true}";
    };
  }

  private static Map<String, String> form(String body) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        params.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return params;
  }

  private static Map<String, String> jsonFields(String body) throws IOException {
    Map<String, String> params = new LinkedHashMap<>();
    JSON.readTree(body)
        .properties()
        .forEach(
            e ->
                params.put(
                    e.getKey(),
                    e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
    return params;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
