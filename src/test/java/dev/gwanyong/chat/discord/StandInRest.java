package dev.gwanyong.chat.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discord's REST API on loopback, for the routes the adapter uses. Records every call, then answers
 * the way Discord would: the bot user, the gateway address, registered commands (or Discord's
 * Missing Access, where a test says the bot was invited without the {@code applications.commands}
 * scope), an empty 204 for an interaction's first callback (and Discord's "already acknowledged"
 * error for another), and the posted message or thread back as Discord's object.
 */
final class StandInRest {

  static final String BASE = "/api/v10";

  private static final Pattern CHANNEL_MESSAGES = Pattern.compile("/channels/(\\d+)/messages");
  private static final Pattern THREAD_FROM_MESSAGE =
      Pattern.compile("/channels/(\\d+)/messages/(\\d+)/threads");
  private static final Pattern CALLBACK = Pattern.compile("/interactions/(\\d+)/[^/]+/callback");
  private static final Pattern WEBHOOK =
      Pattern.compile("/webhooks/\\d+/[^/]+(/messages/@original)?");

  private final HttpServer server;
  private final StandInJson json;
  private final Supplier<String> gatewayUrl;
  private final List<RestCall> calls = new CopyOnWriteArrayList<>();
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final Set<String> deleted = ConcurrentHashMap.newKeySet();
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final Set<String> refusedCommandRoutes = ConcurrentHashMap.newKeySet();

  StandInRest(StandInJson json, Supplier<String> gatewayUrl) throws IOException {
    this.json = json;
    this.gatewayUrl = gatewayUrl;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + BASE + "/";
  }

  /** Serves {@code bytes} as an uploaded file, as Discord's CDN would; returns its address. */
  String host(String name, byte[] bytes) {
    String path = "/attachments/" + json.id() + "/" + name;
    files.put(path, bytes.clone());
    return baseUrl().substring(0, baseUrl().length() - 1) + path;
  }

  /** From now on Discord knows no message {@code id}, as after its author deleted it. */
  void delete(String id) {
    deleted.add(id);
  }

  /**
   * From now on registering commands on {@code route}, such as {@code /applications/1000/commands},
   * is refused.
   */
  void refuseCommands(String route) {
    refusedCommandRoutes.add(route);
  }

  List<RestCall> calls() {
    return List.copyOf(calls);
  }

  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath().substring(BASE.length());
      JsonNode body = body(exchange.getRequestBody());
      try {
        respond(exchange, method, path, body);
      } finally {
        // Recorded once answered, so a test that stops the stand-in after seeing a call never cuts
        // JDA off mid-reply.
        calls.add(new RestCall(method, path, body));
      }
    }
  }

  private void respond(HttpExchange exchange, String method, String path, JsonNode body)
      throws IOException {
    Matcher matcher;
    if (method.equals("GET") && files.containsKey(path)) {
      byte[] bytes = files.get(path);
      exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } else if (method.equals("GET") && path.equals("/users/@me")) {
      send(exchange, 200, StandInJson.botUser());
    } else if (method.equals("GET") && path.startsWith("/gateway")) {
      send(
          exchange,
          200,
          StandInJson.JSON.createObjectNode().put("url", gatewayUrl.get()).put("shards", 1));
    } else if (method.equals("PUT") && refusedCommandRoutes.contains(path)) {
      send(
          exchange,
          403,
          StandInJson.JSON.createObjectNode().put("message", "Missing Access").put("code", 50001));
    } else if (method.equals("PUT") && path.matches("/applications/\\d+(/guilds/\\d+)?/commands")) {
      ArrayNode registered = StandInJson.JSON.createArrayNode();
      body.forEach(command -> registered.add(StandInJson.command(command)));
      send(exchange, 200, registered);
    } else if (method.equals("POST") && (matcher = CALLBACK.matcher(path)).matches()) {
      if (acknowledged.add(matcher.group(1))) {
        exchange.sendResponseHeaders(204, -1);
      } else {
        send(
            exchange,
            400,
            StandInJson.JSON
                .createObjectNode()
                .put("message", "Interaction has already been acknowledged.")
                .put("code", 40060));
      }
    } else if (WEBHOOK.matcher(path).matches()) {
      send(exchange, 200, json.postedMessage(StandInJson.QA_CHANNEL, body));
    } else if (method.equals("POST") && (matcher = THREAD_FROM_MESSAGE.matcher(path)).matches()) {
      if (deleted.contains(matcher.group(2))) {
        send(
            exchange,
            404,
            StandInJson.JSON
                .createObjectNode()
                .put("message", "Unknown Message")
                .put("code", 10008));
      } else {
        send(
            exchange,
            201,
            StandInJson.thread(json.id(), matcher.group(1), body.path("name").asText()));
      }
    } else if (method.equals("POST") && (matcher = CHANNEL_MESSAGES.matcher(path)).matches()) {
      postMessage(exchange, matcher.group(1), body);
    } else {
      send(
          exchange,
          404,
          StandInJson.JSON.createObjectNode().put("message", "Unknown route").put("code", 0));
    }
  }

  /**
   * A reply to a deleted message is refused when it asks to fail then ({@code fail_if_not_exists},
   * true when left out), and otherwise posted as a plain message, not a reply, as Discord does.
   */
  private void postMessage(HttpExchange exchange, String channelId, JsonNode body)
      throws IOException {
    JsonNode reference = body.path("message_reference");
    if (!reference.isMissingNode() && deleted.contains(reference.path("message_id").asText())) {
      if (reference.path("fail_if_not_exists").asBoolean(true)) {
        ObjectNode error =
            StandInJson.JSON
                .createObjectNode()
                .put("message", "Invalid Form Body")
                .put("code", 50035);
        error
            .putObject("errors")
            .putObject("message_reference")
            .putArray("_errors")
            .addObject()
            .put("code", "MESSAGE_REFERENCE_UNKNOWN_MESSAGE")
            .put("message", "Unknown message");
        send(exchange, 400, error);
        return;
      }
      body = ((ObjectNode) body.deepCopy()).without("message_reference");
    }
    send(exchange, 200, json.postedMessage(channelId, body));
  }

  private static JsonNode body(InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    return bytes.length == 0 ? StandInJson.JSON.missingNode() : StandInJson.JSON.readTree(bytes);
  }

  private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
