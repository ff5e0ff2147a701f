package dev.gwanyong.chat.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import dev.gwanyong.chat.ChatPlatform;
import dev.gwanyong.chat.Dispatcher;
import dev.gwanyong.chat.MutedLogs;
import dev.gwanyong.chat.PlatformStartException;
import dev.gwanyong.config.GwanyongConfig;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gwanyong on Slack: a Bolt app connected through Socket Mode (an app token, no public URL) or HTTP
 * ({@code POST /slack/events}, signature-checked, behind a load balancer). The Web API base URL
 * comes from configuration, so a proxy or a test stand-in can take Slack's place.
 */
public final class SlackPlatform implements ChatPlatform {

  public static final String ID = "slack";

  /**
   * Threads remembered for follow-up questions; older ones are forgotten, which only costs a
   * re-mention.
   */
  private static final int REMEMBERED_THREADS = 5_000;

  /** How long Socket Mode may take to open its WebSocket before start-up gives up. */
  static final Duration CONNECT_WITHIN = Duration.ofSeconds(15);

  /**
   * Bolt logs a failed WebSocket connect with a stack trace and carries on; {@link #start} reports
   * it instead.
   */
  private static final String SOCKET_MODE_LOGGER = "com.slack.api.socket_mode";

  private static final Logger LOG = Logger.getLogger(SlackPlatform.class.getName());

  private final GwanyongConfig.SlackConfig config;
  private final Credentials credentials;
  private final List<String> moderatorGroups;
  private final Slack slack;
  private final ExecutorService replies;
  private final Duration connectWithin;
  private Optional<App> bolt = Optional.empty();
  private volatile Optional<SlackHttpEndpoint> endpoint = Optional.empty();
  private volatile Optional<SocketModeApp> socket = Optional.empty();

  /**
   * The tokens this platform needs; which of the last two must be present depends on the mode.
   *
   * @param botToken {@code SLACK_BOT_TOKEN}, for the Web API
   * @param signingSecret {@code SLACK_SIGNING_SECRET}, to verify HTTP requests
   * @param appToken {@code SLACK_APP_TOKEN}, to open Socket Mode connections
   */
  public record Credentials(
      String botToken, Optional<String> signingSecret, Optional<String> appToken) {
    public Credentials {
      Objects.requireNonNull(botToken);
      Objects.requireNonNull(signingSecret);
      Objects.requireNonNull(appToken);
    }

    @Override
    public String toString() {
      return "Credentials[masked]";
    }
  }

  /** A platform whose moderators, if any, are named by user id only. */
  public SlackPlatform(GwanyongConfig.SlackConfig config, Credentials credentials) {
    this(config, credentials, List.of());
  }

  /**
   * @param moderatorGroups {@code moderators.slack_groups}: when not empty, {@code /kb} looks up
   *     the member's user groups (scope {@code usergroups:read})
   */
  public SlackPlatform(
      GwanyongConfig.SlackConfig config, Credentials credentials, List<String> moderatorGroups) {
    this(config, credentials, moderatorGroups, CONNECT_WITHIN);
  }

  SlackPlatform(
      GwanyongConfig.SlackConfig config,
      Credentials credentials,
      List<String> moderatorGroups,
      Duration connectWithin) {
    this.connectWithin = connectWithin;
    this.config = config;
    this.credentials = credentials;
    this.moderatorGroups = List.copyOf(moderatorGroups);
    com.slack.api.SlackConfig client = new com.slack.api.SlackConfig();
    String apiUrl = config.apiUrl().toString();
    client.setMethodsEndpointUrlPrefix(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
    this.slack = Slack.getInstance(client);
    this.replies =
        Executors.newFixedThreadPool(
            4, Thread.ofPlatform().name("slack-reply-", 0).daemon().factory());
  }

  @Override
  public String id() {
    return ID;
  }

  /**
   * Checks the tokens ({@code auth.test}, and {@code apps.connections.open} in Socket Mode),
   * registers the listeners and connects; in Socket Mode it returns only once the WebSocket is
   * open.
   *
   * @throws PlatformStartException when Slack cannot be reached, refuses a token, or does not
   *     connect in time
   */
  @Override
  public void start(Dispatcher dispatcher) throws Exception {
    SlackTokenCheck tokens = new SlackTokenCheck(slack, config.apiUrl());
    tokens.botToken(credentials.botToken());
    if (config.mode().equals("socket")) {
      tokens.appToken(credentials.appToken().orElseThrow());
    }
    AppConfig appConfig =
        AppConfig.builder()
            .singleTeamBotToken(credentials.botToken())
            .signingSecret(credentials.signingSecret().orElse(null))
            // Events nobody listens to (edits, bot messages, joins) are acknowledged, so Slack does
            // not retry them.
            .allEventsApiAutoAckEnabled(true)
            .build();
    App app = new App(appConfig, slack, null).asOAuthApp(false);
    bolt = Optional.of(app);
    new SlackListeners(
            dispatcher,
            new SlackRenderer(),
            config.qaChannels(),
            new AskedThreads(REMEMBERED_THREADS),
            replies,
            new SlackGroups(moderatorGroups))
        .register(app);
    if (config.mode().equals("http")) {
      app.start();
      SlackHttpEndpoint http = SlackHttpEndpoint.start(app, config.port());
      endpoint = Optional.of(http);
      LOG.info(
          "Slack: HTTP mode, listening on port "
              + http.address().getPort()
              + SlackHttpEndpoint.PATH);
    } else {
      // This constructor wires the socket to the app; the one taking a ready SocketModeClient does
      // not.
      SocketModeApp socketApp = new SocketModeApp(credentials.appToken().orElseThrow(), app);
      socket = Optional.of(socketApp);
      try (MutedLogs quiet = MutedLogs.of(SOCKET_MODE_LOGGER)) {
        socketApp.startAsync();
        awaitSocket(socketApp);
      }
      LOG.info("Slack: Socket Mode connected");
    }
  }

  private void awaitSocket(SocketModeApp socketApp)
      throws PlatformStartException, InterruptedException {
    long deadline = System.nanoTime() + connectWithin.toNanos();
    while (!socketApp.getClient().verifyConnection()) {
      if (System.nanoTime() > deadline) {
        socket = Optional.empty();
        release(
            "Socket Mode connection", socketApp::close); // still muted: its retries stop unheard
        throw new PlatformStartException(
            "Slack accepted the tokens, but the Socket Mode WebSocket did not open within "
                + connectWithin.toSeconds()
                + " s; check that this machine may open outgoing WebSocket (wss://) connections");
      }
      Thread.sleep(100);
    }
  }

  /**
   * HTTP mode: the endpoint is listening. Socket Mode: the WebSocket to Slack is open (Bolt pings
   * it to tell).
   */
  @Override
  public boolean connected() {
    return endpoint.isPresent()
        || socket
            .map(app -> !app.isClientStopped() && app.getClient().verifyConnection())
            .orElse(false);
  }

  /** Where the HTTP endpoint listens; empty in Socket Mode or before {@link #start}. */
  public Optional<InetSocketAddress> httpAddress() {
    return endpoint.map(SlackHttpEndpoint::address);
  }

  /** Stops listening, lets answers already under way finish, and releases the HTTP client. */
  @Override
  public void close() {
    endpoint.ifPresent(http -> release("HTTP endpoint", http));
    socket.ifPresent(app -> release("Socket Mode connection", app::close));
    bolt.ifPresent(app -> app.stop().executorService().shutdown());
    replies.shutdown();
    release("Slack API client", slack);
  }

  /**
   * Bolt's close methods declare {@code Exception}; a failure while shutting down is logged, not
   * rethrown.
   */
  private static void release(String what, AutoCloseable resource) {
    try {
      resource.close();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "closing the " + what + " failed", e);
    }
  }
}
