package dev.gwanyong.chat;

/**
 * Unicode's explicit direction controls: embeddings, overrides and isolates (U+202A to U+202E,
 * U+2066 to U+2069). One in a title or a question turns the rest of its line around, so that a
 * listing shows "notes exe.txt" for "txt.exe notes" and a line can be made to read as something
 * else. Right-to-left writing needs none of them, since the bidirectional algorithm orders Hebrew
 * or Arabic by itself, so the adapters leave them out of what they show.
 */
public final class DirectionControls {

  private DirectionControls() {}

  /** Whether {@code c} is an embedding, override or isolate, or the character that ends one. */
  public static boolean is(char c) {
    return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
  }

  /** {@code text} without them. */
  public static String remove(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.chars().filter(c -> !is((char) c)).forEach(c -> out.append((char) c));
    return out.toString();
  }
}
