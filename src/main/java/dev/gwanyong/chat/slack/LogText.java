package dev.gwanyong.chat.slack;

import java.util.regex.Pattern;

/**
 * What of a refused request may go into a log: a short prefix, with line breaks, control characters
 * and anything outside printable ASCII escaped, so a body can neither flood the log nor forge a
 * line in it, and with Slack's verification token masked.
 */
final class LogText {

  static final int PREFIX_CHARS = 80;

  /**
   * Slack's verification token, which opens most of its bodies: {@code token=…} in a form, {@code
   * "token":"…"} in JSON, {@code %22token%22%3A%22…} in a form's URL-encoded payload. It is a
   * credential, and a genuine request refused for its timestamp (a clock out of step) would
   * otherwise log it.
   */
  private static final Pattern TOKEN =
      Pattern.compile(
          "((?:^|&)token=)[^&]*|(\"token\"\\s*:\\s*\")[^\"]*|(%22token%22%3A%22)[^%&]*");

  /**
   * The start of a body searched for the token; masked, it is shorter, and the prefix may reach
   * further in.
   */
  private static final int SCANNED = 1_000;

  private LogText() {}

  /**
   * Up to {@link #PREFIX_CHARS} characters of {@code text}, escaped, in quotes, with its full
   * length.
   */
  static String prefix(String text) {
    String masked =
        TOKEN.matcher(text.substring(0, Math.min(text.length(), SCANNED))).replaceAll("$1$2$3***");
    StringBuilder out = new StringBuilder("\"");
    int end = Math.min(masked.length(), PREFIX_CHARS);
    for (int i = 0; i < end; i++) {
      char c = masked.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else {
        out.append("\\u%04x".formatted((int) c));
      }
    }
    out.append(end < masked.length() ? "\"…" : "\"");
    return out.append(" (").append(text.length()).append(" characters)").toString();
  }
}
