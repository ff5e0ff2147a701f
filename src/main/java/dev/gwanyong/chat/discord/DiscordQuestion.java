package dev.gwanyong.chat.discord;

import java.util.regex.Pattern;

/**
 * A question as the member meant it. Discord sends a server's own emoji as markup ({@code
 * <:kube:1234…>}, animated {@code <a:party:1234…>}), which the member saw as a picture: its name is
 * no word of the question. And it sends a mention of the bot, a member, a role or a channel as its
 * id ({@code <@1234…>}, {@code <@!1234…>}, {@code <@&1234…>}, {@code <#1234…>}): a number no source
 * writes, which sank the answer to a question put to a member in a Q&amp;A channel; the mentions
 * are dropped, as the Slack adapter drops them.
 */
final class DiscordQuestion {

  /** A custom emoji: a name of 2 to 32 word characters and a snowflake id. */
  private static final Pattern CUSTOM_EMOJI = Pattern.compile("<a?:\\w{2,32}:\\d{1,20}>");

  /** A mention of a member (or the bot), a role or a channel, by its snowflake id. */
  private static final Pattern MENTION = Pattern.compile("<(?:@[!&]?|#)\\d{1,20}>");

  private DiscordQuestion() {}

  /** The text without its custom emoji and mentions. */
  static String text(String raw) {
    return MENTION.matcher(CUSTOM_EMOJI.matcher(raw).replaceAll(" ")).replaceAll(" ").strip();
  }
}
