package dev.gwanyong.chat.discord;

import java.util.Optional;

/**
 * What a 👍/👎 button carries in its custom id: which answer and which way. The id is all Discord
 * sends back on a click, so it must name the answer; Discord caps it at 100 characters.
 */
record VoteButton(String answerId, boolean helpful) {

  private static final String PREFIX = "gwanyong:vote:";
  private static final int MAX_ID_CHARS = 100;

  VoteButton {
    if (answerId.isEmpty() || customId(answerId, helpful).length() > MAX_ID_CHARS) {
      throw new IllegalArgumentException("answer id must make a custom id of 1 to 100 characters");
    }
  }

  String customId() {
    return customId(answerId, helpful);
  }

  /** The vote a button's custom id stands for; empty for buttons that are not ours. */
  static Optional<VoteButton> parse(String customId) {
    if (!customId.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String rest = customId.substring(PREFIX.length());
    int colon = rest.indexOf(':');
    if (colon < 0 || colon == rest.length() - 1) {
      return Optional.empty();
    }
    String direction = rest.substring(0, colon);
    if (!direction.equals("up") && !direction.equals("down")) {
      return Optional.empty();
    }
    return Optional.of(new VoteButton(rest.substring(colon + 1), direction.equals("up")));
  }

  private static String customId(String answerId, boolean helpful) {
    return PREFIX + (helpful ? "up" : "down") + ":" + answerId;
  }
}
