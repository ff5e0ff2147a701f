package dev.gwanyong.chat.discord;

import dev.gwanyong.chat.DirectionControls;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outside text (a source's title or words, what a member typed, a {@code /kb} reply) escaped so that Discord shows it
 * as written. Discord formats on {@code * _ ~ | `}, links on {@code [text](url)}, draws {@code <@id>}, {@code <@&id>},
 * {@code <#id>}, {@code <t:…>} and {@code @everyone} as mentions, and at the start of a line makes headings, lists and
 * quotes of {@code #}, {@code -} and {@code >}; a backslash before any of these shows it as it is. Escaping decides what
 * a message looks like; whom it pings is switched off separately, with allowed mentions.
 */
final class DiscordMarkdown {

  /** Characters escaped wherever they stand, the backslash first among them. */
  private static final String ANYWHERE = "\\*_~|`[]<@";

  /** Headings, subtext, lists and quotes, which only count first on a line, after any indent. */
  private static final Pattern LINE_START = Pattern.compile("(?m)^([ \\t]*)([#>-])");

  /**
   * A web address as Discord links it. Inside one Discord formats nothing, and a backslash would become part of the
   * address, so it is left whole; it ends where a mention, a masked link, an escape or a direction control could
   * start.
   */
  private static final Pattern WEB_ADDRESS =
      Pattern.compile("https?://[^\\s<>\\[\\]\\\\|`\\u202A-\\u202E\\u2066-\\u2069]+");

  private DiscordMarkdown() {}

  /** {@code text} as Discord should show it, character for character, in the order written. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    Matcher address = WEB_ADDRESS.matcher(text);
    int i = 0;
    while (i < text.length()) {
      if (startsAddress(text, i, address)) {
        out.append(address.group());
        i = address.end();
        continue;
      }
      char c = text.charAt(i);
      if (ANYWHERE.indexOf(c) >= 0) {
        out.append('\\');
      }
      if (!DirectionControls.is(c)) {
        out.append(c);
      }
      i++;
    }
    return LINE_START.matcher(out).replaceAll("$1\\\\$2");
  }

  /**
   * {@code text} escaped for the visible part of a {@code [text](url)} link. Its square brackets become parentheses:
   * Discord's link rule may end the text at any {@code ]} followed by {@code (}, escaped or not, so a title holding
   * {@code ](https://elsewhere)} could point the link at an address of its own.
   */
  static String linkText(String text) {
    return escape(text.replace('[', '(').replace(']', ')'));
  }

  private static boolean startsAddress(String text, int at, Matcher address) {
    return text.charAt(at) == 'h' && address.region(at, text.length()).lookingAt();
  }
}
