package dev.gwanyong.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.chat.ChatReply;
import dev.gwanyong.chat.ChatRequest;
import dev.gwanyong.chat.Dispatcher;
import dev.gwanyong.chat.FeedbackLog;
import dev.gwanyong.chat.KbFixture;
import dev.gwanyong.chat.ModerationRequest;
import dev.gwanyong.chat.Vote;
import dev.gwanyong.config.ConfigException;
import dev.gwanyong.config.GwanyongConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The management port over real HTTP on loopback, counting what a real dispatcher over the bundled
 * corpus did.
 */
class ManagementServerTest {

  @TempDir Path root;

  private final HttpClient http = HttpClient.newHttpClient();
  private KbFixture fixture;
  private ServeMetrics metrics;
  private Readiness readiness;
  private ManagementServer server;
  private Dispatcher dispatcher;

  @BeforeEach
  void start() {
    fixture = new KbFixture(root, Map.of());
    metrics = new ServeMetrics();
    readiness = new Readiness();
    server =
        ManagementServer.start(new GwanyongConfig.Management("127.0.0.1", 0), metrics, readiness);
    dispatcher =
        new Dispatcher(
            fixture.answers,
            new FeedbackLog(fixture.config.logs().resolve("feedback.jsonl"), Clock.systemUTC()),
            Optional.of(fixture.moderation),
            metrics);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    fixture.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
  }

  @Test
  void healthIsUpAtOnceAndReadinessWaitsForStartUpTheIndexAndEveryAdapter() throws Exception {
    assertEquals(200, get("/healthz").statusCode());
    assertEquals("ok\n", get("/healthz").body());

    HttpResponse<String> starting = get("/readyz");
    assertEquals(503, starting.statusCode());
    assertEquals("starting\n", starting.body());

    AtomicBoolean slackConnected = new AtomicBoolean(false);
    readiness.add("index", () -> fixture.answers.store().info().isPresent());
    readiness.add("slack", slackConnected::get);
    readiness.started();
    HttpResponse<String> waiting = get("/readyz");
    assertEquals(503, waiting.statusCode());
    assertEquals("index ok\nslack not ready\n", waiting.body());

    slackConnected.set(true);
    HttpResponse<String> ready = get("/readyz");
    assertEquals(200, ready.statusCode());
    assertEquals("index ok\nslack ok\n", ready.body());
  }

  @Test
  void metricsCountQuestionsVotesModerationAndTheIndexInPrometheusFormat() throws Exception {
    metrics.watch(fixture.answers.store());
    ChatReply answered =
        dispatcher.handle(new ChatRequest("slack", "e1", "U1", "C1", "쿠버네티스를 활용하는 기업 비율은?"));
    assertTrue(answered instanceof ChatReply.Answered, answered.toString());
    ChatReply refused =
        dispatcher.handle(
            new ChatRequest("discord", "e2", "U2", "C1", "How tall is the Eiffel tower?"));
    assertTrue(refused instanceof ChatReply.Refused, refused.toString());
    dispatcher.vote(new Vote("slack", "U1", ((ChatReply.Answered) answered).answerId(), true));
    dispatcher.moderate(
        new ModerationRequest(
            "slack",
            "e3",
            "U1",
            Set.of(),
            new ModerationRequest.Typed("remove kubernetes-history", Optional.empty())));

    HttpResponse<String> scrape = get("/metrics");
    assertEquals(200, scrape.statusCode());
    assertTrue(
        scrape
            .headers()
            .firstValue("content-type")
            .orElse("")
            .startsWith("text/plain; version=0.0.4"),
        scrape.headers().toString());
    String body = scrape.body();
    assertTrue(body.contains("# TYPE gwanyong_questions_total counter"), body);
    assertTrue(
        body.contains(
            "gwanyong_questions_total{language=\"ko\",outcome=\"answered\",platform=\"slack\"} 1"),
        body);
    assertTrue(
        body.contains(
            "gwanyong_questions_total{language=\"en\",outcome=\"refused\",platform=\"discord\"} 1"),
        body);
    assertTrue(body.contains("gwanyong_answer_duration_seconds_count{platform=\"slack\"} 1"), body);
    assertTrue(
        body.contains("gwanyong_answer_duration_seconds_bucket{platform=\"slack\",le=\"10.0\"} 1"),
        body);
    assertTrue(body.contains("gwanyong_votes_total{platform=\"slack\",vote=\"up\"} 1"), body);
    assertTrue(
        body.contains("gwanyong_moderation_actions_total{platform=\"slack\",result=\"refused\"} 1"),
        body);
    assertTrue(body.contains("gwanyong_index_generation 1"), body);
    assertTrue(body.contains("gwanyong_index_sources 5"), body);
    assertTrue(body.matches("(?s).*\ngwanyong_index_size_bytes [1-9][0-9.E]*\n.*"), body);
    assertTrue(body.matches("(?s).*\ngwanyong_index_passages [1-9][0-9.E]*\n.*"), body);
  }

  @Test
  void onlyGetOnTheThreePaths() throws Exception {
    HttpResponse<String> post =
        http.send(
            HttpRequest.newBuilder(uri("/metrics"))
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
    assertEquals(404, get("/slack/events").statusCode());
  }

  @Test
  void aTakenPortIsAConfigurationMessageNamingTheKey() {
    int taken = server.address().getPort();
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                ManagementServer.start(
                    new GwanyongConfig.Management("127.0.0.1", taken), metrics, readiness));
    assertTrue(
        e.getMessage().contains("management.port") && e.getMessage().contains(":" + taken),
        e.getMessage());
  }

  @Test
  void anAddressThisMachineDoesNotHaveIsAConfigurationMessageNamingTheHostKey() {
    String elsewhere = "192.0.2.1"; // TEST-NET-1: documentation only, never a local address
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                ManagementServer.start(
                    new GwanyongConfig.Management(elsewhere, 0), metrics, readiness));
    assertTrue(
        e.getMessage().contains("management.host") && e.getMessage().contains(elsewhere),
        e.getMessage());
  }
}
