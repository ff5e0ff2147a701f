package dev.gwanyong.corpus;

import java.util.Optional;

/**
 * The longest header values moderation and import accept. Citations and listings show a title whole
 * (Discord cuts a citation's at 200 characters), {@code show} prints the author and licence, and
 * each is one header line of the source file: a paste of a whole page into one of them would make
 * every such message unreadable. A longer value given is refused; a title taken from a text's first
 * line or heading is cut to its limit. Files already written are read whatever their values, so no
 * source drops out of an upgraded server.
 */
public enum HeaderLimit {
  TITLE("title", "a title", 200),
  AUTHOR("author", "an author", 200),
  /**
   * Room for a licence's name, its holder and where it is published, which a title would not need.
   */
  LICENCE("licence", "a licence", 500);

  private final String key;
  private final String named;
  private final int max;

  HeaderLimit(String key, String named, int max) {
    this.key = key;
    this.named = named;
    this.max = max;
  }

  public int max() {
    return max;
  }

  /**
   * Why {@code value} is too long, starting with the key ("title has 201 characters, more than the
   * 200 a title may have"), for a message to put "The" or "the" before; empty when it fits.
   */
  public Optional<String> excess(String value) {
    return value.length() <= max
        ? Optional.empty()
        : Optional.of(
            "%s has %d characters, more than the %d %s may have"
                .formatted(key, value.length(), max, named));
  }
}
