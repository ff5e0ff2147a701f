package dev.gwanyong.chat.discord;

import java.util.regex.Pattern;

/**
 * A question as the member saw it. Discord sends a server's own emoji as markup ({@code
 * <:kube:1234…>}, animated {@code <a:party:1234…>}), which the member saw as a picture: its name is
 * no word of the question.
 */
final class DiscordQuestion {

  /** A custom emoji: a name of 2 to 32 word characters and a snowflake id. */
  private static final Pattern CUSTOM_EMOJI = Pattern.compile("<a?:\\w{2,32}:\\d{1,20}>");

  private DiscordQuestion() {}

  /** The text without its custom emoji. */
  static String text(String raw) {
    return CUSTOM_EMOJI.matcher(raw).replaceAll(" ").strip();
  }
}
