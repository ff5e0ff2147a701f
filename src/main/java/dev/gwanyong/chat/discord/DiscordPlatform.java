package dev.gwanyong.chat.discord;

import dev.gwanyong.chat.ChatPlatform;
import dev.gwanyong.chat.Dispatcher;
import dev.gwanyong.chat.MutedLogs;
import dev.gwanyong.chat.PlatformStartException;
import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.config.GwanyongConfig.DiscordConfig;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;

/**
 * Gwanyong on Discord, through JDA. Connects with the fewest intents that serve the configuration
 * (none at all unless Q&amp;A channels are configured: slash commands and buttons need no intent),
 * caches nothing it does not read, and registers {@code /ask} and {@code /kb} globally or in the
 * configured guilds.
 */
public final class DiscordPlatform implements ChatPlatform {

  static final String ID = "discord";

  /** JDA's error code for a request that got no HTTP response at all. */
  private static final int NO_RESPONSE = -1;

  private static final Logger LOG = Logger.getLogger(DiscordPlatform.class.getName());
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

  /** How long login, the gateway and loading the guilds may take before start-up gives up. */
  static final Duration CONNECT_WITHIN = Duration.ofSeconds(60);

  /**
   * JDA logs a failed REST call and every gateway retry, the latter with a stack trace; while
   * starting, {@link #start} reports the failure once instead.
   */
  private static final String[] CONNECTION_LOGGERS = {
    "net.dv8tion.jda.internal.requests.Requester", "net.dv8tion.jda.api.utils"
  };

  private final DiscordConfig config;
  private final String token;
  private final long maxUploadBytes;
  private final Duration connectWithin;

  /** Answers are composed off JDA's event thread, so a slow search never holds up the gateway. */
  private final ExecutorService work = Executors.newVirtualThreadPerTaskExecutor();

  private volatile JDA jda;

  /** A platform with the default cap on files attached to {@code /kb add}. */
  public DiscordPlatform(DiscordConfig config, String token) {
    this(config, token, GwanyongConfig.Moderation.defaults().maxSourceKib() * 1024L);
  }

  /** {@code maxUploadBytes}: the largest file attached to {@code /kb} that is downloaded at all. */
  public DiscordPlatform(DiscordConfig config, String token, long maxUploadBytes) {
    this(config, token, maxUploadBytes, CONNECT_WITHIN);
  }

  DiscordPlatform(DiscordConfig config, String token, long maxUploadBytes, Duration connectWithin) {
    this.config = Objects.requireNonNull(config);
    this.token = Objects.requireNonNull(token);
    this.maxUploadBytes = maxUploadBytes;
    this.connectWithin = connectWithin;
  }

  @Override
  public String id() {
    return ID;
  }

  /**
   * Logs in, waits until the gateway is connected and the guilds are loaded, then registers the
   * commands; Discord refusing them somewhere is a warning, not a failure (see {@link
   * CommandRegistration}).
   *
   * @throws PlatformStartException when Discord cannot be reached, refuses the token, or does not
   *     connect in time
   */
  @Override
  public void start(Dispatcher dispatcher) throws PlatformStartException, InterruptedException {
    DiscordRenderer renderer = new DiscordRenderer();
    JDABuilder builder =
        JDABuilder.createLight(token, intents())
            // serve closes every platform itself; a second, JVM-wide shutdown hook would race it.
            .setEnableShutdownHook(false)
            .addEventListeners(
                new AskCommandListener(dispatcher, renderer, work),
                new KbCommandListener(dispatcher, work, maxUploadBytes),
                new QaChannelListener(dispatcher, renderer, work, config.qaChannels()),
                new DirectMessageListener(dispatcher, renderer, work),
                new VoteButtonListener(dispatcher),
                new ShowMoreListener(dispatcher, renderer),
                new UnknownInteractionListener());
    config
        .apiUrl()
        .ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url.toString())));
    config
        .gatewayUrl()
        .ifPresent(url -> builder.setSessionController(new GatewaySessionController(url)));
    try (MutedLogs quiet = MutedLogs.of(CONNECTION_LOGGERS)) {
      jda = login(builder);
      awaitConnected();
    }
    new CommandRegistration(jda).register(config.guilds());
    LOG.info(
        "Discord: logged in as "
            + jda.getSelfUser().getName()
            + " in "
            + jda.getGuilds().size()
            + " guild(s), "
            + config.qaChannels().size()
            + " Q&A channel(s)");
  }

  /**
   * Logged in with the gateway connected; JDA reconnects on its own after a drop, and then this
   * turns true again.
   */
  @Override
  public boolean connected() {
    return jda != null && jda.getStatus() == JDA.Status.CONNECTED;
  }

  private JDA login(JDABuilder builder) throws PlatformStartException {
    String api = config.apiUrl().map(URI::toString).orElse("https://discord.com/api/");
    try {
      return builder.build();
    } catch (InvalidTokenException e) {
      throw new PlatformStartException(
          "Discord refused DISCORD_TOKEN (401 Unauthorized); copy the bot token again from the"
              + " Developer Portal");
    } catch (ErrorResponseException e) {
      throw new PlatformStartException(
          e.getErrorCode() == NO_RESPONSE
              ? "cannot reach the Discord API at "
                  + api
                  + " ("
                  + e.getCause()
                  + "); check the network, a proxy, or"
                  + " discord.api_url"
              : "the Discord API at " + api + " answered the login with " + e.getMeaning());
    }
  }

  /** JDA's own wait has no time limit, and retries an unreachable gateway for ever. */
  private void awaitConnected() throws PlatformStartException, InterruptedException {
    long deadline = System.nanoTime() + connectWithin.toNanos();
    while (jda.getStatus() != JDA.Status.CONNECTED) {
      if (System.nanoTime() > deadline) {
        JDA.Status status = jda.getStatus();
        jda.shutdownNow(); // still muted: its retries stop before their logs are heard again
        throw new PlatformStartException(
            "Discord accepted DISCORD_TOKEN, but its gateway "
                + config.gatewayUrl().map(URI::toString).orElse("")
                + " did not connect within "
                + connectWithin.toSeconds()
                + " s (JDA status "
                + status
                + "); check that this machine may open"
                + " outgoing WebSocket (wss://) connections");
      }
      Thread.sleep(100);
    }
  }

  /**
   * Direct messages always (their text comes without a privileged intent); guild message events,
   * and their text, only when there are Q&amp;A channels to read.
   */
  private EnumSet<GatewayIntent> intents() {
    return config.qaChannels().isEmpty()
        ? EnumSet.of(GatewayIntent.DIRECT_MESSAGES)
        : EnumSet.of(
            GatewayIntent.DIRECT_MESSAGES,
            GatewayIntent.GUILD_MESSAGES,
            GatewayIntent.MESSAGE_CONTENT);
  }

  /**
   * Stops taking events, lets answers already being composed go out, then disconnects: in the other
   * order an answer in progress would find JDA shut and be lost.
   */
  @Override
  public void close() {
    if (jda != null) {
      jda.removeEventListener(jda.getRegisteredListeners().toArray());
    }
    work.shutdown();
    try {
      if (!work.awaitTermination(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS)) {
        work.shutdownNow();
      }
      if (jda != null) {
        jda.shutdown();
        if (!jda.awaitShutdown(SHUTDOWN_WAIT)) {
          jda.shutdownNow();
        }
      }
    } catch (InterruptedException e) {
      // Asked to stop at once: drop what is in flight, and keep the interrupt for the caller to
      // see.
      work.shutdownNow();
      if (jda != null) {
        jda.shutdownNow();
      }
      Thread.currentThread().interrupt();
    }
  }
}
