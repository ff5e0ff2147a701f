package dev.gwanyong.chat.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Member text (a slash command's, a message's) as the member typed it. Slack escapes {@code & < >}
 * as entities and sends links as {@code <https://x>} or {@code <https://x|label>}, mentions as
 * {@code <@U123|name>} and channels as {@code <#C123|name>}; the {@code /kb} parser and the
 * answerer want what the member saw.
 */
final class SlackCommandText {

  /**
   * {@code <target>} or {@code <target|label>}, optionally right after an option key such as {@code
   * url:}.
   */
  private static final Pattern ANGLE = Pattern.compile("(\\b[a-z]+:)?<([^<>|]+)(?:\\|([^<>]*))?>");

  private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");

  /**
   * Emoji as Slack sends them, by name ({@code :thinking_face:}, {@code :+1::skin-tone-2:}):
   * lower-case letters, digits and {@code _ + ' -}, with a letter or a plus, not inside a word or a
   * time (10:30:15).
   */
  private static final Pattern EMOJI =
      Pattern.compile("(?<![\\w:])(?::(?=[a-z0-9_'-]*[a-z+])[a-z0-9_+'-]+:)+(?![\\w])");

  private SlackCommandText() {}

  /**
   * A question as the member saw it, without the mention of the bot or anyone else, and without
   * emoji, which the member saw as pictures, not their names: links, channels and {@code @here} as
   * their words, {@code & < >} unescaped.
   */
  static String question(String text) {
    if (text == null) {
      return "";
    }
    String withoutEmoji = EMOJI.matcher(MENTION.matcher(text).replaceAll(" ")).replaceAll(" ");
    return unescape(withoutEmoji).strip();
  }

  /**
   * Links become their address after {@code url:} or when they have no label, and their label
   * elsewhere (in pasted text the label is what the member wrote); mentions and user groups become
   * {@code @name}, channels {@code #name}, dates their fallback text; then the three entities are
   * unescaped, last, so an escaped {@code &lt;} is never read as a link.
   */
  static String unescape(String text) {
    if (text == null) {
      return "";
    }
    Matcher m = ANGLE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String key = m.group(1) == null ? "" : m.group(1);
      String target = m.group(2);
      String label = m.group(3);
      String shown;
      if (target.startsWith("@") || target.startsWith("#")) {
        shown = label != null && !label.isEmpty() ? target.charAt(0) + label : target;
      } else if (target.startsWith("!date^")) {
        shown = label == null ? "" : label; // the date as its fallback text reads
      } else if (target.startsWith("!")) {
        // A user group's label is its handle already: <!subteam^S123|@platform-team>.
        String name = label != null && !label.isEmpty() ? label : target.substring(1);
        shown = name.startsWith("@") ? name : "@" + name;
      } else {
        shown = label == null || label.isEmpty() || key.equals("url:") ? target : label;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(key + shown));
    }
    m.appendTail(out);
    return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
