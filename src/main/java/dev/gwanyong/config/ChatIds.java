package dev.gwanyong.config;

import java.util.List;
import java.util.function.Predicate;

/**
 * Slack and Discord ids in the configuration, checked when it loads: a channel's, server's,
 * member's or role's name, or a typo, would otherwise only show up once connected, as a guild the
 * bot is not in, a channel whose messages are never taken as questions, or a moderator who is told
 * they are not one.
 */
final class ChatIds {

  private ChatIds() {}

  /**
   * Discord's ids are snowflakes: unsigned 64-bit numbers, written in decimal.
   *
   * @param key the configuration key, for the message
   * @param what what the ids name, as in "guild ids"
   * @param copy where Discord shows one, as in "right-click the server → Copy Server ID"
   * @throws IllegalArgumentException naming the key and the first value that is not an id
   */
  static void requireDiscord(String key, String what, String copy, List<String> ids) {
    require(
        key,
        what + ", numbers such as 987654321098765432",
        ChatIds::isSnowflake,
        "with Developer Mode on (User Settings → Advanced), " + copy,
        ids);
  }

  /**
   * Slack's ids are capital letters and digits, the first letter saying what they name: C or G for
   * a channel (D for a direct message), U or W for a member, S for a user group.
   *
   * @param letters the first letters an id of this kind may have, as in "CG"
   * @param example an id of this kind, as in "C0123ABCDEF"
   * @param copy where Slack shows one, as in "open the member's profile → ⋮ → Copy member ID"
   * @throws IllegalArgumentException naming the key and the first value that is not an id
   */
  static void requireSlack(
      String key, String what, String letters, String example, String copy, List<String> ids) {
    require(
        key,
        what + " such as " + example,
        id -> id.matches("[A-Z0-9]+") && letters.indexOf(id.charAt(0)) >= 0,
        "in Slack, " + copy,
        ids);
  }

  private static void require(
      String key, String what, Predicate<String> isId, String copy, List<String> ids) {
    for (String id : ids) {
      if (!isId.test(id)) {
        throw new IllegalArgumentException(
            key
                + " must list "
                + what
                + ", was '"
                + id.replaceAll("\\p{Cc}", "\uFFFD")
                + "'; "
                + copy);
      }
    }
  }

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
