package dev.gwanyong.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.answer.AnswerService;
import dev.gwanyong.chat.Dispatcher;
import dev.gwanyong.chat.FeedbackLog;
import dev.gwanyong.config.ConfigLoader;
import dev.gwanyong.config.GwanyongConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTP mode under hostile traffic: slow and idle connections, unsigned junk, signed but malformed
 * bodies, and timestamps outside Slack's five minutes. Everything goes to the running app on
 * 127.0.0.1 only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackHttpHardeningTest {

  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final int SLOW_CONNECTIONS = 50;

  private SlackApiStub slack;
  private AnswerService answers;
  private SlackPlatform platform;
  private SignedSlackClient client;
  private URI endpoint;
  private int port;
  private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    slack = new SlackApiStub();
    Map<String, Object> flags = new LinkedHashMap<>();
    flags.put("data", dir.resolve("data").toString());
    flags.put("logs", dir.resolve("logs").toString());
    flags.put("slack.mode", "http");
    flags.put("slack.port", "0");
    flags.put("slack.api_url", slack.apiUrl().toString());
    GwanyongConfig config = new ConfigLoader(Map.of()).load(flags);
    answers = AnswerService.open(config);
    Dispatcher dispatcher =
        new Dispatcher(
            answers, new FeedbackLog(config.logs().resolve("feedback.jsonl"), Clock.systemUTC()));
    platform =
        new SlackPlatform(
            config.slack(),
            new SlackPlatform.Credentials("xoxb-test", Optional.of(SECRET), Optional.empty()));
    platform.start(dispatcher);
    port = platform.httpAddress().orElseThrow().getPort();
    endpoint = URI.create("http://127.0.0.1:" + port + SlackHttpEndpoint.PATH);
    client = new SignedSlackClient(endpoint, SECRET);
  }

  @AfterAll
  void stop() throws Exception {
    platform.close();
    slack.close();
    answers.close();
  }

  @BeforeEach
  void captureLogs() {
    logged.clear();
    Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void releaseLogs() {
    Logger.getLogger("").removeHandler(capture);
  }

  @Test
  void fiftySlowConnectionsDoNotDelayASignedAskAck() throws Exception {
    List<Socket> idleHeaders = new ArrayList<>();
    List<Socket> trickling = new ArrayList<>();
    try {
      for (int i = 0; i < SLOW_CONNECTIONS; i++) {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(20_000);
        OutputStream out = socket.getOutputStream();
        switch (i % 3) {
          // Headers never finished.
          case 0 ->
              out.write(
                  ("POST " + SlackHttpEndpoint.PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                      .getBytes(StandardCharsets.US_ASCII));
          // Headers done, a body promised and never sent.
          case 1 -> out.write(head(1_000).getBytes(StandardCharsets.US_ASCII));
          // A body that arrives a byte a second.
          default -> {
            out.write(head(1_000).getBytes(StandardCharsets.US_ASCII));
            trickling.add(socket);
            continue;
          }
        }
        out.flush();
        idleHeaders.add(socket);
      }
      Thread trickler = Thread.ofPlatform().daemon().start(() -> trickle(trickling));
      Thread.sleep(500); // every slow connection is accepted and stuck before the member asks

      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      String body = SignedSlackClient.form(askCommand("slow-clients"));
      String timestamp = Long.toString(Instant.now().getEpochSecond());
      HttpRequest ask =
          HttpRequest.newBuilder(endpoint)
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", FORM)
              .header("X-Slack-Request-Timestamp", timestamp)
              .header("X-Slack-Signature", SignedSlackClient.sign(SECRET, timestamp, body))
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      long started = System.nanoTime();
      HttpResponse<String> ack = http.send(ask, HttpResponse.BodyHandlers.ofString());
      Duration took = Duration.ofNanos(System.nanoTime() - started);

      assertEquals(200, ack.statusCode());
      assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "ack took " + took);
      slack.await(c -> c.path().equals("/respond/slow-clients"));

      // The server does not keep them forever: each is closed once its time to send a request is
      // up.
      List<Socket> all = new ArrayList<>(idleHeaders);
      all.addAll(trickling);
      for (Socket socket : all) {
        assertTrue(
            closedByServer(socket), "a slow connection was still open after its read deadline");
      }
      trickler.interrupt();
    } finally {
      for (Socket socket : idleHeaders) {
        socket.close();
      }
      for (Socket socket : trickling) {
        socket.close();
      }
    }
  }

  /** Writes one body byte a second to each socket, for at most 20 seconds. */
  private static void trickle(List<Socket> sockets) {
    for (int second = 0; second < 20 && !Thread.currentThread().isInterrupted(); second++) {
      for (Socket socket : sockets) {
        try {
          socket.getOutputStream().write('a');
          socket.getOutputStream().flush();
        } catch (IOException closed) {
          // the server hung up on it, which is what it should do
        }
      }
      try {
        Thread.sleep(1_000);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /**
   * Whether the server ends the connection (a status line, then end of stream) before the socket's
   * timeout.
   */
  private static boolean closedByServer(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    try {
      byte[] buffer = new byte[1024];
      for (int reads = 0; reads < 100; reads++) {
        if (in.read(buffer) < 0) {
          return true;
        }
      }
      return false;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException reset) {
      return true;
    }
  }

  private static String head(int contentLength) {
    return "POST "
        + SlackHttpEndpoint.PATH
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
        + FORM
        + "\r\nContent-Length: "
        + contentLength
        + "\r\n\r\n";
  }

  @Test
  void unsignedJunkIsRefusedBeforeParsingAndLoggedOnlyAsAShortEscapedPrefix() throws Exception {
    String forged = "a=1\nSEVERE: dev.gwanyong forged log line\r\nINFO: another";
    // Asked with "Expect: 100-continue", as a careful client would, so the refusal is read before
    // the body is sent.
    assertEquals(413, unsigned("x".repeat(5 * 1024 * 1024), FORM, true).statusCode());
    assertEquals(401, unsigned("junk ".repeat(100_000), FORM).statusCode());
    assertEquals(401, unsigned(forged, FORM).statusCode());
    assertEquals(401, unsigned("[1,2,3]", "application/json").statusCode());
    assertEquals(401, unsigned("payload=%7B%22type%22%3A%22block_actions%22", FORM).statusCode());

    SimpleFormatter formatter = new SimpleFormatter();
    for (LogRecord record : logged) {
      String line = formatter.formatMessage(record);
      assertTrue(
          record.getLevel().intValue() < Level.SEVERE.intValue(), "SEVERE for junk: " + line);
      assertTrue(record.getThrown() == null, "a stack trace for junk: " + line);
      assertTrue(line.length() < 300, "long log line: " + line.length() + " characters");
      assertFalse(
          line.contains("\n") || line.contains("\r"), "a log line with a line break: " + line);
    }
  }

  @Test
  void slacksVerificationTokenIsNotLoggedWithARefusedOrUnparsableRequest() throws Exception {
    String token = "gIkuvaNzQIHg97ATvDxqgjtO";
    Map<String, String> command = new LinkedHashMap<>();
    command.put("token", token);
    command.putAll(askCommand("stale"));
    String form = SignedSlackClient.form(command);
    Instant now = Instant.now();

    // A genuine command that arrives late (or from a machine whose clock is off) is refused for its
    // timestamp.
    assertEquals(
        401, client.post(form, FORM, now.minus(Duration.ofMinutes(10)), SECRET).statusCode());
    assertEquals(
        401,
        unsigned("{\"token\":\"" + token + "\",\"team_id\":\"T0TEST\"}", "application/json")
            .statusCode());
    assertEquals(
        401,
        unsigned("payload=%7B%22token%22%3A%22" + token + "%22%2C%22type%22", FORM).statusCode());
    assertEquals(
        400,
        client
            .post("payload=%7B%22token%22%3A%22" + token + "%22%2C", FORM, now, SECRET)
            .statusCode());

    SimpleFormatter formatter = new SimpleFormatter();
    List<String> lines =
        logged.stream().map(formatter::formatMessage).filter(l -> l.contains("token")).toList();
    assertEquals(4, lines.size(), "each refusal is logged with its prefix: " + lines);
    assertTrue(lines.stream().noneMatch(l -> l.contains(token)), "the token was logged: " + lines);
  }

  @Test
  void signedButMalformedRequestsStillGetAStatus() throws Exception {
    Instant now = Instant.now();
    assertEquals(400, client.post("[1,2,3]", "application/json", now, SECRET).statusCode());
    assertEquals(400, client.post("{\"type\":", "application/json", now, SECRET).statusCode());
    assertEquals(400, client.post("payload=%7Bnot-json", FORM, now, SECRET).statusCode());
    int noHeaders =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(endpoint)
                    .POST(HttpRequest.BodyPublishers.ofString("x"))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .statusCode();
    assertEquals(401, noHeaders);
    int get =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(endpoint).GET().build(),
                HttpResponse.BodyHandlers.ofString())
            .statusCode();
    assertEquals(405, get);
  }

  @Test
  void timestampsMoreThanFiveMinutesAwayInEitherDirectionAreRejected() throws Exception {
    String body = SignedSlackClient.form(askCommand("future"));
    Instant now = Instant.now();
    assertEquals(
        401, client.post(body, FORM, now.plus(Duration.ofMinutes(6)), SECRET).statusCode());
    assertEquals(401, client.post(body, FORM, now.plus(Duration.ofDays(365)), SECRET).statusCode());
    assertEquals(
        401, client.post(body, FORM, now.minus(Duration.ofMinutes(6)), SECRET).statusCode());

    String near = SignedSlackClient.form(askCommand("near"));
    assertEquals(
        200, client.post(near, FORM, now.plus(Duration.ofMinutes(4)), SECRET).statusCode());
    slack.await(c -> c.path().equals("/respond/near"));
    assertTrue(
        slack.calls().stream().noneMatch(c -> c.path().equals("/respond/future")),
        slack.calls().toString());
  }

  private HttpResponse<String> unsigned(String body, String contentType) throws Exception {
    return unsigned(body, contentType, false);
  }

  private HttpResponse<String> unsigned(String body, String contentType, boolean expectContinue)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .expectContinue(expectContinue)
            .header("Content-Type", contentType)
            .header("X-Slack-Request-Timestamp", Long.toString(Instant.now().getEpochSecond()))
            .header("X-Slack-Signature", "v0=" + "0".repeat(64))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private Map<String, String> askCommand(String name) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("team_id", "T0TEST");
    fields.put("channel_id", "CGENERAL");
    fields.put("user_id", "UALICE");
    fields.put("command", "/ask");
    fields.put("text", "쿠버네티스를 활용하는 기업 비율은?");
    fields.put("api_app_id", "AGWANYONG");
    fields.put("response_url", slack.responseUrl(name));
    fields.put("trigger_id", "trigger-" + name);
    return fields;
  }
}
