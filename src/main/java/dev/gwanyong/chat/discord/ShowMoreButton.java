package dev.gwanyong.chat.discord;

import java.util.Optional;

/**
 * What a "show more" button carries in its custom id: which answer and which of its citations (from
 * 1). Discord sends only the id back on a click, and caps it at 100 characters.
 */
record ShowMoreButton(String answerId, int rank) {

  private static final String PREFIX = "gwanyong:more:";
  private static final int MAX_ID_CHARS = 100;

  ShowMoreButton {
    if (answerId.isEmpty() || rank < 1 || customId(answerId, rank).length() > MAX_ID_CHARS) {
      throw new IllegalArgumentException(
          "answer id and rank must make a custom id of 1 to 100 characters");
    }
  }

  String customId() {
    return customId(answerId, rank);
  }

  /**
   * The citation a button's custom id stands for; empty for buttons that are not ours or ids that
   * do not parse.
   */
  static Optional<ShowMoreButton> parse(String customId) {
    if (!customId.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String rest = customId.substring(PREFIX.length());
    int colon = rest.indexOf(':');
    try {
      return Optional.of(
          new ShowMoreButton(
              rest.substring(colon + 1), Integer.parseInt(rest.substring(0, colon))));
    } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  private static String customId(String answerId, int rank) {
    return PREFIX + rank + ":" + answerId;
  }
}
