package dev.gwanyong.chat.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * HTTP mode: {@code POST /slack/events} on the JDK's own HTTP server, handed to Bolt, which checks the signature
 * and routes. Chosen over {@code bolt-jetty}, whose releases stopped at 1.45 while Bolt moved on, so the adapter
 * needs no second web stack.
 */
final class SlackHttpEndpoint implements AutoCloseable {

  static final String PATH = "/slack/events";

  /** Slack's payloads are a few kilobytes; anything far larger is not Slack and is refused before parsing. */
  private static final int MAX_BODY_BYTES = 1 << 20;

  private static final Logger LOG = Logger.getLogger(SlackHttpEndpoint.class.getName());

  private final App app;
  private final SlackRequestParser parser;
  private final HttpServer server;
  private final ExecutorService workers;

  private SlackHttpEndpoint(App app, HttpServer server, ExecutorService workers) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.server = server;
    this.workers = workers;
  }

  /** Binds {@code port} (0 picks a free one) on all interfaces and starts serving. */
  static SlackHttpEndpoint start(App app, int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
    ExecutorService workers = Executors.newFixedThreadPool(4, Thread.ofPlatform().name("slack-http-", 0).factory());
    SlackHttpEndpoint endpoint = new SlackHttpEndpoint(app, server, workers);
    server.createContext(PATH, endpoint::handle);
    server.setExecutor(workers);
    server.start();
    return endpoint;
  }

  InetSocketAddress address() {
    return server.getAddress();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        exchange.getResponseHeaders().add("Allow", "POST");
        send(exchange, 405, "text/plain", "POST only");
        return;
      }
      byte[] bytes;
      try (InputStream in = exchange.getRequestBody()) {
        bytes = in.readNBytes(MAX_BODY_BYTES + 1);
      }
      if (bytes.length > MAX_BODY_BYTES) {
        send(exchange, 413, "text/plain", "request too large");
        return;
      }
      Response response = app.run(parse(exchange, new String(bytes, StandardCharsets.UTF_8)));
      response.getHeaders().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
      String contentType = response.getContentType() != null ? response.getContentType() : "text/plain";
      send(exchange, response.getStatusCode(), contentType, response.getBody() != null ? response.getBody() : "");
    } catch (Exception e) {
      String incident = UUID.randomUUID().toString().substring(0, 8);
      LOG.log(Level.SEVERE, "incident " + incident + ": Slack request failed", e);
      if (exchange.getResponseCode() == -1) {
        send(exchange, 500, "text/plain", "incident " + incident);
      }
    }
  }

  private Request<?> parse(HttpExchange exchange, String body) {
    Map<String, List<String>> query = QueryStringParser.toMap(exchange.getRequestURI().getRawQuery());
    return parser.parse(
        SlackRequestParser.HttpRequest.builder()
            .requestUri(exchange.getRequestURI().getPath())
            .queryString(query)
            .headers(new RequestHeaders(exchange.getRequestHeaders()))
            .requestBody(body)
            .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
            .build());
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(1);
    workers.shutdownNow();
  }
}
