package dev.gwanyong.chat.slack;

/**
 * What of a refused request may go into a log: a short prefix, with line breaks, control characters and anything
 * outside printable ASCII escaped, so a body can neither flood the log nor forge a line in it.
 */
final class LogText {

  static final int PREFIX_CHARS = 80;

  private LogText() {}

  /** Up to {@link #PREFIX_CHARS} characters of {@code text}, escaped, in quotes, with its full length. */
  static String prefix(String text) {
    StringBuilder out = new StringBuilder("\"");
    int end = Math.min(text.length(), PREFIX_CHARS);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else {
        out.append("\\u%04x".formatted((int) c));
      }
    }
    out.append(end < text.length() ? "\"…" : "\"");
    return out.append(" (").append(text.length()).append(" characters)").toString();
  }
}
