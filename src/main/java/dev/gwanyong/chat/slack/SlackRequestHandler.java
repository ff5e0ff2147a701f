package dev.gwanyong.chat.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * One request to {@code /slack/events}, in this order: method and size, the body read without
 * holding a thread, the signature, and only then parsing and Bolt. Every request gets a status. A
 * refused request is logged as a short escaped prefix, never whole; a signed one that fails is
 * logged with an incident id.
 */
final class SlackRequestHandler extends Handler.Abstract {

  /**
   * Slack's payloads are a few kilobytes; anything far larger is not Slack and is refused before
   * reading it.
   */
  static final int MAX_BODY_BYTES = 1 << 20;

  private static final Logger LOG = Logger.getLogger(SlackRequestHandler.class.getName());

  private final App app;
  private final SlackRequestParser parser;
  private final SlackSignatureCheck signature;
  private final SlackHttpEndpoint.ReadDeadline deadline;
  private final Executor work;

  SlackRequestHandler(
      App app,
      SlackSignatureCheck signature,
      SlackHttpEndpoint.ReadDeadline deadline,
      Executor work) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.signature = signature;
    this.deadline = deadline;
    this.work = work;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    // One request per connection, so the read deadline measured from connecting covers every
    // request.
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    if (!Request.getPathInContext(request).equals(SlackHttpEndpoint.PATH)) {
      send(response, callback, 404, "not found");
      return true;
    }
    if (!HttpMethod.POST.is(request.getMethod())) {
      response.getHeaders().put(HttpHeader.ALLOW, "POST");
      send(response, callback, 405, "POST only");
      return true;
    }
    if (request.getLength() > MAX_BODY_BYTES) {
      send(response, callback, 413, "request too large");
      return true;
    }
    Content.Source.asByteArrayAsync(request, MAX_BODY_BYTES)
        .whenCompleteAsync(
            (bytes, failure) -> {
              try {
                if (failure != null) {
                  send(response, callback, 413, "request too large or cut off");
                } else {
                  deadline.received(request.getConnectionMetaData().getConnection());
                  respond(request, response, callback, new String(bytes, StandardCharsets.UTF_8));
                }
              } catch (RuntimeException e) {
                callback.failed(e);
              }
            },
            work);
    return true;
  }

  private void respond(Request request, Response response, Callback callback, String body) {
    String remote = Request.getRemoteAddr(request);
    Optional<String> refused =
        signature.problem(
            request.getHeaders().get(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP),
            request.getHeaders().get(SlackSignature.HeaderNames.X_SLACK_SIGNATURE),
            body);
    if (refused.isPresent()) {
      LOG.info(
          "Slack: refused a request from "
              + remote
              + " with "
              + refused.get()
              + ": "
              + LogText.prefix(body));
      send(response, callback, 401, "invalid request");
      return;
    }
    com.slack.api.bolt.request.Request<?> slackRequest;
    try {
      slackRequest = parse(request, body, remote);
    } catch (RuntimeException e) {
      slackRequest = null;
      LOG.warning(
          "Slack: a signed request from "
              + remote
              + " could not be parsed ("
              + e.getClass().getSimpleName()
              + "): "
              + LogText.prefix(body));
    }
    if (slackRequest == null) {
      send(response, callback, 400, "malformed request");
      return;
    }
    try {
      com.slack.api.bolt.response.Response answer = app.run(slackRequest);
      answer
          .getHeaders()
          .forEach((name, values) -> values.forEach(v -> response.getHeaders().add(name, v)));
      response
          .getHeaders()
          .put(
              HttpHeader.CONTENT_TYPE,
              Optional.ofNullable(answer.getContentType()).orElse("text/plain; charset=utf-8"));
      response.setStatus(answer.getStatusCode());
      Content.Sink.write(
          response, true, Optional.ofNullable(answer.getBody()).orElse(""), callback);
    } catch (Exception e) {
      String incident = UUID.randomUUID().toString().substring(0, 8);
      LOG.log(Level.SEVERE, "incident " + incident + ": Slack request failed", e);
      send(response, callback, 500, "incident " + incident);
    }
  }

  private com.slack.api.bolt.request.Request<?> parse(Request request, String body, String remote) {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (HttpField field : request.getHeaders()) {
      headers.computeIfAbsent(field.getName(), name -> new ArrayList<>()).add(field.getValue());
    }
    return parser.parse(
        SlackRequestParser.HttpRequest.builder()
            .requestUri(Request.getPathInContext(request))
            .queryString(QueryStringParser.toMap(request.getHttpURI().getQuery()))
            .headers(new RequestHeaders(headers))
            .requestBody(body)
            .remoteAddress(remote)
            .build());
  }

  private static void send(Response response, Callback callback, int status, String text) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
    Content.Sink.write(response, true, text, callback);
  }
}
