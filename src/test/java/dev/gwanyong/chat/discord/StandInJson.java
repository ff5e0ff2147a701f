package dev.gwanyong.chat.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Discord objects the stand-in hands JDA: one guild with a Q&amp;A channel and another channel
 * (and, when a test asks, a second guild without channels), the bot, a member and another bot.
 * Shapes follow Discord's API reference, with only the fields JDA reads.
 */
final class StandInJson {

  static final ObjectMapper JSON = new ObjectMapper();

  static final String APPLICATION = "1000";
  static final String BOT = "1001";
  static final String GUILD = "2000";

  /** A second guild, with no channels, for tests of what differs between guilds. */
  static final String OTHER_GUILD = "2100";

  static final String QA_CHANNEL = "3001";
  static final String OTHER_CHANNEL = "3002";
  static final String QA_THREAD = "3003";
  static final String MEMBER = "4001";
  static final String OTHER_BOT = "4002";

  /** A guild role that the tests name as moderators ({@code moderators.discord_roles}). */
  static final String MODERATOR_ROLE = "2002";

  private static final String TIME = "2026-01-01T00:00:00.000000+00:00";
  private static final long VIEW_SEND_EMBED_HISTORY =
      (1L << 10) | (1L << 11) | (1L << 14) | (1L << 16);
  private static final long THREADS = (1L << 35) | (1L << 38);

  private static final long DISCORD_EPOCH = 1_420_070_400_000L;

  private final AtomicLong sequence = new AtomicLong();

  /**
   * A fresh snowflake for now. JDA reads an interaction's age from its id and refuses to answer one
   * older than fifteen minutes, so ids must carry the current time.
   */
  String id() {
    long snowflake =
        ((System.currentTimeMillis() - DISCORD_EPOCH) << 22) | (sequence.incrementAndGet() & 0xFFF);
    return Long.toString(snowflake);
  }

  static ObjectNode user(String id, String name, boolean bot) {
    return JSON.createObjectNode()
        .put("id", id)
        .put("username", name)
        .put("global_name", name)
        .put("discriminator", "0")
        .putNull("avatar")
        .put("bot", bot);
  }

  static ObjectNode botUser() {
    return user(BOT, "gwanyong", true);
  }

  /** A guild member without its user, as messages carry it. */
  static ObjectNode member() {
    ObjectNode member =
        JSON.createObjectNode().put("joined_at", TIME).put("deaf", false).put("mute", false);
    member.put("flags", 0).put("pending", false).putNull("nick").putArray("roles");
    return member;
  }

  static ObjectNode memberWithUser(ObjectNode user) {
    ObjectNode member = member();
    member.set("user", user);
    return member;
  }

  static ObjectNode textChannel(String id, String name) {
    ObjectNode channel =
        JSON.createObjectNode()
            .put("id", id)
            .put("type", 0)
            .put("guild_id", GUILD)
            .put("name", name);
    channel
        .put("position", 0)
        .put("nsfw", false)
        .put("rate_limit_per_user", 0)
        .putNull("parent_id");
    channel.putArray("permission_overwrites");
    return channel;
  }

  /** A public thread started from a message in {@code parent}. */
  static ObjectNode thread(String id, String parent, String name) {
    ObjectNode thread =
        JSON.createObjectNode().put("id", id).put("type", 11).put("guild_id", GUILD);
    thread
        .put("parent_id", parent)
        .put("name", name)
        .put("owner_id", BOT)
        .put("rate_limit_per_user", 0);
    thread.put("message_count", 0).put("member_count", 1).put("flags", 0);
    thread
        .putObject("thread_metadata")
        .put("archived", false)
        .put("auto_archive_duration", 1440)
        .put("archive_timestamp", TIME)
        .put("locked", false);
    return thread;
  }

  /**
   * READY, listing {@code guilds} as still loading: JDA waits for their GUILD_CREATE before it is
   * connected.
   */
  static ObjectNode ready(String gatewayUrl, List<ObjectNode> guilds) {
    ObjectNode ready = JSON.createObjectNode().put("v", 10).put("session_id", "stand-in");
    ready.put("resume_gateway_url", gatewayUrl);
    ready.set("user", botUser());
    ArrayNode unavailable = ready.putArray("guilds");
    guilds.forEach(
        guild ->
            unavailable.addObject().put("id", guild.path("id").asText()).put("unavailable", true));
    ready.putObject("application").put("id", APPLICATION).put("flags", 0);
    ready.putArray("private_channels");
    ready.putArray("relationships");
    return ready;
  }

  /** The guild; the bot may create threads only when {@code threads} is set. */
  static ObjectNode guild(boolean threads) {
    ObjectNode guild =
        guild(GUILD, "Gwanyong test guild", VIEW_SEND_EMBED_HISTORY | (threads ? THREADS : 0));
    guild.withArray("threads").add(thread(QA_THREAD, QA_CHANNEL, "an earlier question"));
    ArrayNode channels = guild.withArray("channels");
    channels.add(textChannel(QA_CHANNEL, "questions"));
    channels.add(textChannel(OTHER_CHANNEL, "general"));
    return guild;
  }

  /** {@link #OTHER_GUILD}: the bot is a member, but there is nothing to read there. */
  static ObjectNode otherGuild() {
    return guild(OTHER_GUILD, "Another guild", VIEW_SEND_EMBED_HISTORY);
  }

  /**
   * A guild with the bot as its one member, where everyone has {@code permissions}, and no channels
   * or threads.
   */
  private static ObjectNode guild(String id, String name, long permissions) {
    ObjectNode guild = JSON.createObjectNode().put("id", id).put("name", name);
    guild
        .putNull("icon")
        .putNull("splash")
        .putNull("banner")
        .putNull("description")
        .putNull("vanity_url_code");
    guild.put("owner_id", MEMBER).put("afk_timeout", 300).put("verification_level", 0);
    guild
        .put("default_message_notifications", 0)
        .put("explicit_content_filter", 0)
        .put("mfa_level", 0);
    guild.put("nsfw_level", 0).put("premium_tier", 0).put("premium_subscription_count", 0);
    guild
        .put("premium_progress_bar_enabled", false)
        .put("system_channel_flags", 0)
        .put("max_members", 1000);
    guild
        .put("preferred_locale", "en-US")
        .put("joined_at", TIME)
        .put("large", false)
        .put("unavailable", false);
    guild.put("member_count", 3);
    guild.putArray("features");
    guild.putArray("emojis");
    guild.putArray("stickers");
    guild.putArray("voice_states");
    guild.putArray("presences");
    guild.putArray("threads");
    guild.putArray("stage_instances");
    guild.putArray("guild_scheduled_events");
    guild.putArray("soundboard_sounds");
    ObjectNode everyone = guild.putArray("roles").addObject();
    everyone
        .putObject("colors")
        .put("primary_color", 0)
        .putNull("secondary_color")
        .putNull("tertiary_color");
    everyone
        .put("id", id)
        .put("name", "@everyone")
        .put("permissions", Long.toString(permissions))
        .put("position", 0)
        .put("color", 0)
        .put("hoist", false)
        .put("managed", false)
        .put("mentionable", false)
        .put("flags", 0);
    ObjectNode moderators = guild.withArray("roles").addObject();
    moderators
        .putObject("colors")
        .put("primary_color", 0)
        .putNull("secondary_color")
        .putNull("tertiary_color");
    moderators
        .put("id", MODERATOR_ROLE)
        .put("name", "Moderators")
        .put("permissions", "0")
        .put("position", 1)
        .put("color", 0)
        .put("hoist", false)
        .put("managed", false)
        .put("mentionable", false)
        .put("flags", 0);
    guild.putArray("members").add(memberWithUser(botUser()));
    guild.putArray("channels");
    return guild;
  }

  /** {@code /ask} typed by the member in the Q&amp;A channel. */
  ObjectNode askInteraction(String question, boolean visibleToAll) {
    ObjectNode interaction = interaction(2);
    ObjectNode data =
        interaction.putObject("data").put("id", "5000").put("name", "ask").put("type", 1);
    ArrayNode options = data.putArray("options");
    options.addObject().put("name", "question").put("type", 3).put("value", question);
    options.addObject().put("name", "public").put("type", 5).put("value", visibleToAll);
    return interaction;
  }

  /**
   * A slash command without options typed by the member, such as one the bot registered once and no
   * longer has.
   */
  ObjectNode commandInteraction(String name) {
    ObjectNode interaction = interaction(2);
    interaction.putObject("data").put("id", "5002").put("name", name).put("type", 1);
    return interaction;
  }

  /**
   * {@code /kb <subcommand>} typed by the member, who has {@code roles}; {@code options} are string
   * options by name, and {@code file}, when given, is an attachment the member uploaded with the
   * command.
   */
  ObjectNode kbInteraction(
      String subcommand, Map<String, String> options, List<String> roles, Optional<Upload> file) {
    ObjectNode interaction = interaction(2);
    roles.forEach(((ArrayNode) interaction.path("member").path("roles"))::add);
    ObjectNode data =
        interaction.putObject("data").put("id", "5001").put("name", "kb").put("type", 1);
    ObjectNode sub = data.putArray("options").addObject().put("name", subcommand).put("type", 1);
    ArrayNode values = sub.putArray("options");
    options.forEach(
        (name, value) -> values.addObject().put("name", name).put("type", 3).put("value", value));
    file.ifPresent(
        upload -> {
          String id = id();
          values.addObject().put("name", "file").put("type", 11).put("value", id);
          data.putObject("resolved")
              .putObject("attachments")
              .putObject(id)
              .put("id", id)
              .put("filename", upload.name())
              .put("size", upload.declaredSize())
              .put("url", upload.url())
              .put("proxy_url", upload.url())
              .put("content_type", "text/plain; charset=utf-8")
              .put("ephemeral", true);
        });
    return interaction;
  }

  /**
   * A file a member attached, as Discord describes it: its name, the size it claims and where it
   * can be fetched.
   */
  record Upload(String name, long declaredSize, String url) {}

  /** A click by the member on a button of {@code message}. */
  ObjectNode buttonInteraction(JsonNode message, String customId) {
    ObjectNode interaction = interaction(3);
    interaction.putObject("data").put("custom_id", customId).put("component_type", 2);
    interaction.set("message", message);
    return interaction;
  }

  private ObjectNode interaction(int type) {
    String id = id();
    ObjectNode interaction =
        JSON.createObjectNode().put("id", id).put("application_id", APPLICATION);
    interaction.put("type", type).put("token", "token-" + id).put("version", 1);
    interaction
        .put("guild_id", GUILD)
        .put("channel_id", QA_CHANNEL)
        .put("locale", "ko")
        .put("guild_locale", "en-US");
    interaction.put("app_permissions", Long.toString(VIEW_SEND_EMBED_HISTORY)).put("context", 0);
    interaction.putObject("guild").put("id", GUILD).put("locale", "en-US").putArray("features");
    interaction.set("channel", textChannel(QA_CHANNEL, "questions"));
    ObjectNode member = memberWithUser(user(MEMBER, "member", false));
    member.put("permissions", Long.toString(VIEW_SEND_EMBED_HISTORY));
    interaction.set("member", member);
    interaction.putObject("authorizing_integration_owners").put("0", GUILD);
    interaction.putArray("entitlements");
    return interaction;
  }

  /** A message as the gateway delivers it; {@code mentionsBot} adds the bot to its mentions. */
  ObjectNode message(String channelId, ObjectNode author, String content, boolean mentionsBot) {
    ObjectNode message =
        JSON.createObjectNode().put("id", id()).put("channel_id", channelId).put("guild_id", GUILD);
    message.set("author", author);
    message.set("member", member());
    message.put("content", content).put("timestamp", TIME).putNull("edited_timestamp");
    message
        .put("tts", false)
        .put("mention_everyone", false)
        .put("pinned", false)
        .put("type", 0)
        .put("flags", 0);
    ArrayNode mentions = message.putArray("mentions");
    if (mentionsBot) {
      ObjectNode bot = botUser();
      bot.set("member", member());
      mentions.add(bot);
    }
    message.putArray("mention_roles");
    message.putArray("attachments");
    message.putArray("embeds");
    message.putArray("components");
    return message;
  }

  /** A direct message to the bot, as the gateway delivers it: no guild and no member. */
  ObjectNode directMessage(String channelId, ObjectNode author, String content) {
    ObjectNode message = message(channelId, author, content, false);
    message.remove("guild_id");
    message.remove("member");
    return message;
  }

  /**
   * What Discord answers when the bot posts or edits a message: the body it sent, as a message by
   * the bot.
   */
  ObjectNode postedMessage(String channelId, JsonNode body) {
    ObjectNode message = message(channelId, botUser(), body.path("content").asText(""), false);
    message.put("application_id", APPLICATION);
    ArrayNode embeds = message.putArray("embeds");
    body.path("embeds")
        .forEach(embed -> embeds.add(((ObjectNode) embed.deepCopy()).put("type", "rich")));
    message.set(
        "components", body.has("components") ? body.get("components") : JSON.createArrayNode());
    if (body.has("message_reference")) {
      message.put("type", 19);
      message.set("message_reference", body.get("message_reference"));
    }
    return message;
  }

  static ObjectNode command(JsonNode body) {
    ObjectNode command =
        ((ObjectNode) body.deepCopy()).put("id", "5000").put("application_id", APPLICATION);
    command.put("version", "1");
    return command;
  }
}
