package dev.gwanyong.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The effective runtime configuration: file, environment and flags already merged by {@link
 * ConfigLoader}.
 *
 * @param corpus folder of source files, the record of truth
 * @param data folder of the derived Lucene index
 * @param analysis folder of the analysis files: Korean user dictionary, synonyms, stop words
 * @param lexicon folder of the bilingual lexicon files
 * @param logs folder of the append-only feedback and audit logs
 * @param answer how answers are composed and when the bot abstains
 * @param slack the Slack adapter's settings (secrets are in {@link Secrets}, never here)
 * @param discord the Discord adapter's settings
 * @param moderators who may change the corpus from chat
 * @param moderation limits on what moderators may add, and from where
 * @param management where {@code serve} answers health checks and metrics scrapes
 */
public record GwanyongConfig(
    Path corpus,
    Path data,
    Path analysis,
    Path lexicon,
    Path logs,
    AnswerConfig answer,
    SlackConfig slack,
    DiscordConfig discord,
    Moderators moderators,
    Moderation moderation,
    Management management) {

  public GwanyongConfig {
    Objects.requireNonNull(corpus);
    Objects.requireNonNull(data);
    Objects.requireNonNull(analysis);
    Objects.requireNonNull(lexicon);
    Objects.requireNonNull(logs);
    Objects.requireNonNull(answer);
    Objects.requireNonNull(slack);
    Objects.requireNonNull(discord);
    Objects.requireNonNull(moderators);
    Objects.requireNonNull(moderation);
    Objects.requireNonNull(management);
  }

  /**
   * The management port of {@code serve}: {@code /healthz}, {@code /readyz} and {@code /metrics}.
   *
   * @param host the address to listen on; {@code 0.0.0.0} for every interface, {@code 127.0.0.1}
   *     for this machine only
   * @param port the port; 0 picks a free one
   */
  public record Management(String host, int port) {
    public Management {
      if (host.isBlank()) {
        throw new IllegalArgumentException(
            "management.host must be an address such as 0.0.0.0 or 127.0.0.1");
      }
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException(
            "management.port must be between 0 and 65535, was " + port);
      }
    }
  }

  /**
   * @param maxCitations how many citations an answer shows at most
   * @param maxRisk the risk budget: the share of given answers that may be wrong or answer what the
   *     sources do not cover, as measured on held-out benchmark data; the answer model turns it
   *     into a confidence threshold
   * @param model the answer model file that {@code calibrate} writes
   * @param linkBase web address under which the corpus folder is published, such as a repository's
   *     blob URL, for links to sources that have no URL of their own; empty when there is none
   */
  public record AnswerConfig(int maxCitations, double maxRisk, Path model, String linkBase) {
    public AnswerConfig {
      if (maxCitations < 1 || maxCitations > 10) {
        throw new IllegalArgumentException(
            "answer.max_citations must be between 1 and 10, was " + maxCitations);
      }
      if (!(maxRisk >= 0 && maxRisk <= 1)) { // also rejects NaN
        throw new IllegalArgumentException(
            "answer.max_risk must be between 0 and 1, was " + maxRisk);
      }
      Objects.requireNonNull(model);
      if (!linkBase.isEmpty() && !WebAddress.isWebAddress(linkBase)) {
        // The value is shown with its control characters marked: echoed raw, an escape or a bell
        // reaches the terminal.
        throw new IllegalArgumentException(
            "answer.link_base must be an http(s) address such as"
                + " https://github.com/ORG/gwanyong/blob/main/, was '"
                + linkBase.replaceAll("\\p{Cc}", "\uFFFD")
                + "'");
      }
    }
  }

  /**
   * @param mode {@code socket} (Socket Mode, app token) or {@code http} (Events API on {@code POST
   *     /slack/events})
   * @param port the HTTP port in {@code http} mode
   * @param apiUrl the Web API base URL, for proxies and tests
   * @param qaChannels channel ids where plain messages are taken as questions
   */
  public record SlackConfig(String mode, int port, URI apiUrl, List<String> qaChannels) {
    public SlackConfig {
      if (!mode.equals("socket") && !mode.equals("http")) {
        throw new IllegalArgumentException(
            "slack.mode must be 'socket' or 'http', was '" + mode + "'");
      }
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("slack.port must be between 0 and 65535, was " + port);
      }
      Objects.requireNonNull(apiUrl);
      qaChannels = List.copyOf(qaChannels);
      ChatIds.requireSlack(
          "slack.qa_channels",
          "channel ids",
          "CG",
          "C0123ABCDEF",
          "open the channel's details (click its name): the channel id is at the bottom",
          qaChannels);
    }
  }

  /**
   * @param apiUrl the REST base URL, when not Discord's own
   * @param gatewayUrl the gateway address, when not Discord's own
   * @param qaChannels channel ids where mentions and plain messages are taken as questions
   * @param guilds guild ids to register commands in; empty registers them globally
   */
  public record DiscordConfig(
      Optional<URI> apiUrl,
      Optional<URI> gatewayUrl,
      List<String> qaChannels,
      List<String> guilds) {
    public DiscordConfig {
      Objects.requireNonNull(apiUrl);
      Objects.requireNonNull(gatewayUrl);
      qaChannels = List.copyOf(qaChannels);
      guilds = List.copyOf(guilds);
      ChatIds.requireDiscord(
          "discord.qa_channels",
          "channel ids",
          "right-click the channel → Copy Channel ID",
          qaChannels);
      ChatIds.requireDiscord(
          "discord.guilds", "guild ids", "right-click the server → Copy Server ID", guilds);
    }
  }

  /** Moderators by platform identity: Slack user or user-group ids, Discord user or role ids. */
  public record Moderators(
      List<String> slackUsers,
      List<String> slackGroups,
      List<String> discordUsers,
      List<String> discordRoles) {
    public Moderators {
      slackUsers = List.copyOf(slackUsers);
      slackGroups = List.copyOf(slackGroups);
      discordUsers = List.copyOf(discordUsers);
      discordRoles = List.copyOf(discordRoles);
      ChatIds.requireSlack(
          "moderators.slack_users",
          "member ids",
          "UW",
          "U0123ABCDEF",
          "open the member's profile → ⋮ (More) → Copy member ID",
          slackUsers);
      ChatIds.requireSlack(
          "moderators.slack_groups",
          "user group ids",
          "S",
          "S0123ABCDEF",
          "a group's id is in its mention (<!subteam^S0123ABCDEF>) and in the API's"
              + " usergroups.list",
          slackGroups);
      ChatIds.requireDiscord(
          "moderators.discord_users",
          "user ids",
          "right-click the member → Copy User ID",
          discordUsers);
      ChatIds.requireDiscord(
          "moderators.discord_roles",
          "role ids",
          "open Server Settings → Roles, right-click the role → Copy Role ID",
          discordRoles);
    }
  }

  /**
   * Limits on corpus changes.
   *
   * @param maxSourceKib largest text, upload or fetched page accepted as a source, in KiB
   * @param fetchTimeoutSeconds time limit for connecting to and reading one URL
   * @param maxRedirects how many redirects a URL fetch follows before giving up
   * @param allowPrivateUrls whether URLs may resolve to loopback, private or link-local addresses
   *     (off: a moderator cannot make the bot read the machine's own network)
   */
  public record Moderation(
      int maxSourceKib, int fetchTimeoutSeconds, int maxRedirects, boolean allowPrivateUrls) {
    public Moderation {
      if (maxSourceKib < 1 || maxSourceKib > 65_536) {
        throw new IllegalArgumentException(
            "moderation.max_source_kib must be between 1 and 65536, was " + maxSourceKib);
      }
      if (fetchTimeoutSeconds < 1 || fetchTimeoutSeconds > 600) {
        throw new IllegalArgumentException(
            "moderation.fetch_timeout_seconds must be between 1 and 600, was "
                + fetchTimeoutSeconds);
      }
      if (maxRedirects < 0 || maxRedirects > 20) {
        throw new IllegalArgumentException(
            "moderation.max_redirects must be between 0 and 20, was " + maxRedirects);
      }
    }

    /** The defaults: 1 MiB, 15 s, 5 redirects, public addresses only. */
    public static Moderation defaults() {
      return new Moderation(1_024, 15, 5, false);
    }
  }
}
