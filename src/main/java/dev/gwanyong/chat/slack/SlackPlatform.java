package dev.gwanyong.chat.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import dev.gwanyong.chat.ChatPlatform;
import dev.gwanyong.chat.Dispatcher;
import dev.gwanyong.config.GwanyongConfig;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gwanyong on Slack: a Bolt app connected through Socket Mode (an app token, no public URL) or HTTP
 * ({@code POST /slack/events}, signature-checked, behind a load balancer). The Web API base URL comes from
 * configuration, so a proxy or a test stand-in can take Slack's place.
 */
public final class SlackPlatform implements ChatPlatform {

  public static final String ID = "slack";

  /** Threads remembered for follow-up questions; older ones are forgotten, which only costs a re-mention. */
  private static final int REMEMBERED_THREADS = 5_000;

  private static final Logger LOG = Logger.getLogger(SlackPlatform.class.getName());

  private final GwanyongConfig.SlackConfig config;
  private final Credentials credentials;
  private final List<String> moderatorGroups;
  private final Slack slack;
  private final ExecutorService replies;
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
  public record Credentials(String botToken, Optional<String> signingSecret, Optional<String> appToken) {
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
   * @param moderatorGroups {@code moderators.slack_groups}: when not empty, {@code /kb} looks up the member's user
   *     groups (scope {@code usergroups:read})
   */
  public SlackPlatform(GwanyongConfig.SlackConfig config, Credentials credentials, List<String> moderatorGroups) {
    this.config = config;
    this.credentials = credentials;
    this.moderatorGroups = List.copyOf(moderatorGroups);
    com.slack.api.SlackConfig client = new com.slack.api.SlackConfig();
    String apiUrl = config.apiUrl().toString();
    client.setMethodsEndpointUrlPrefix(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
    this.slack = Slack.getInstance(client);
    this.replies = Executors.newFixedThreadPool(4, Thread.ofPlatform().name("slack-reply-", 0).daemon().factory());
  }

  @Override
  public String id() {
    return ID;
  }

  /**
   * Checks the bot token ({@code auth.test}), registers the listeners and connects. Throws when Slack refuses the
   * token or the connection, so {@code serve} can say why Slack did not start.
   */
  @Override
  public void start(Dispatcher dispatcher) throws Exception {
    AppConfig appConfig =
        AppConfig.builder()
            .singleTeamBotToken(credentials.botToken())
            .signingSecret(credentials.signingSecret().orElse(null))
            // Events nobody listens to (edits, bot messages, joins) are acknowledged, so Slack does not retry them.
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
      LOG.info("Slack: HTTP mode, listening on port " + http.address().getPort() + SlackHttpEndpoint.PATH);
    } else {
      // This constructor wires the socket to the app; the one taking a ready SocketModeClient does not.
      SocketModeApp socketApp = new SocketModeApp(credentials.appToken().orElseThrow(), app);
      socketApp.startAsync();
      socket = Optional.of(socketApp);
      LOG.info("Slack: Socket Mode connected");
    }
  }

  /** HTTP mode: the endpoint is listening. Socket Mode: the WebSocket to Slack is open (Bolt pings it to tell). */
  @Override
  public boolean connected() {
    return endpoint.isPresent() || socket.map(app -> !app.isClientStopped() && app.getClient().verifyConnection()).orElse(false);
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

  /** Bolt's close methods declare {@code Exception}; a failure while shutting down is logged, not rethrown. */
  private static void release(String what, AutoCloseable resource) {
    try {
      resource.close();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "closing the " + what + " failed", e);
    }
  }
}
