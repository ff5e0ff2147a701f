package dev.gwanyong.config;

import java.util.List;

/**
 * Discord ids in the configuration, checked when it loads: a server's, channel's or role's name, or a typo, would
 * otherwise only show up once connected, as a guild the bot is not in, a channel whose messages are never taken as
 * questions, or a moderator who is told they are not one.
 */
final class DiscordIds {

  private DiscordIds() {}

  /**
   * @param key the configuration key, for the message
   * @param what what the ids name, as in "guild ids"
   * @param copy where Discord shows one, as in "right-click the server → Copy Server ID"
   * @throws IllegalArgumentException naming the key and the first value that is not an id
   */
  static void require(String key, String what, String copy, List<String> ids) {
    for (String id : ids) {
      if (!isSnowflake(id)) {
        throw new IllegalArgumentException(key + " must list " + what + ", numbers such as 987654321098765432, was '"
            + id.replaceAll("\\p{Cc}", "\uFFFD") + "'; with Developer Mode on (User Settings → Advanced), " + copy);
      }
    }
  }

  /** Discord's ids are snowflakes: unsigned 64-bit numbers, written in decimal. */
  private static boolean isSnowflake(String id) {
    if (!id.matches("[0-9]+")) {
      return false; // parseUnsignedLong would also take a leading '+'
    }
    try {
      Long.parseUnsignedLong(id);
      return true;
    } catch (NumberFormatException tooLarge) {
      return false;
    }
  }
}
