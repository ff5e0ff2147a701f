package dev.gwanyong.chat.discord;

import dev.gwanyong.chat.DirectionControls;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outside text (a source's title or words, what a member typed, a {@code /kb} reply) escaped so
 * that Discord shows it as written. Discord formats on {@code * _ ~ | `}, links on {@code
 * [text](url)}, draws {@code <@id>}, {@code <@&id>}, {@code <#id>}, {@code <t:…>} and
 * {@code @everyone} as mentions, and at the start of a line makes headings, lists and quotes of
 * {@code #}, {@code -} and {@code >}; a backslash before any of these shows it as it is. Escaping
 * decides what a message looks like; whom it pings is switched off separately, with allowed
 * mentions.
 */
final class DiscordMarkdown {

  /** Characters escaped wherever they stand, the backslash first among them. */
  private static final String ANYWHERE = "\\*_~|`[]<@";

  /** Headings, subtext, lists and quotes, which only count first on a line, after any indent. */
  private static final Pattern LINE_START = Pattern.compile("(?m)^([ \\t]*)([#>-])");

  /** A character a web address may hold; {@link #WEB_ADDRESS} says where one ends. */
  private static final String ADDRESS_CHAR = "[^\\s<>\\[\\]\\\\|`\\u202A-\\u202E\\u2066-\\u2069]";

  /**
   * A web address as Discord links it. Inside one Discord formats nothing, and a backslash would
   * become part of the address, so it is left whole; it ends where a mention, a masked link, an
   * escape or a direction control could start.
   */
  private static final Pattern WEB_ADDRESS = Pattern.compile("https?://" + ADDRESS_CHAR + "+");

  /**
   * A web address in markdown made here, which a cut keeps whole or leaves out: a shortened address
   * is a different one. It stops before a bold marker, which may close a run right after it.
   */
  private static final Pattern ADDRESS_PIECE =
      Pattern.compile("https?://(?:(?!\\*\\*)" + ADDRESS_CHAR + ")+");

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
   * {@code text} escaped for the visible part of a {@code [text](url)} link. Its square brackets
   * become parentheses: Discord's link rule may end the text at any {@code ]} followed by {@code
   * (}, escaped or not, so a title holding {@code ](https://elsewhere)} could point the link at an
   * address of its own.
   */
  static String linkText(String text) {
    return escape(text.replace('[', '(').replace(']', ')'));
  }

  /**
   * Markdown made here (escaped outside text, with bold runs) cut to at most {@code max}
   * characters, with an ellipsis when something was cut. The cut never splits a surrogate pair,
   * never keeps an escape's backslash without the character it escapes (the backslash would show,
   * or escape whatever follows the cut), never keeps part of a web address (Discord would link the
   * shorter one), and closes a bold run it ends inside, whose opening asterisks would otherwise
   * show.
   */
  static String fit(String markdown, int max) {
    if (markdown.length() <= max) {
      return markdown;
    }
    if (max <= 1) {
      return "";
    }
    int end = end(markdown, max - 1);
    int bold = openBold(markdown, end);
    if (bold >= 0) {
      end = end(markdown, max - 3);
      bold = openBold(markdown, end);
      if (bold == end - 2) { // the run would close right after it opened: leave the opening out
        return markdown.substring(0, bold) + "…";
      }
    }
    return markdown.substring(0, end) + (bold >= 0 ? "**…" : "…");
  }

  /**
   * The longest cut of at most {@code length} that ends between whole pieces: an escape with its
   * character, a surrogate pair, a bold marker and a web address are each one piece.
   */
  private static int end(String markdown, int length) {
    int at = 0;
    while (at < length) {
      int next = at + pieceLength(markdown, at);
      if (next > length) {
        break;
      }
      at = next;
    }
    return at;
  }

  /** Where the bold run open at {@code end} starts, or -1 when none is open there. */
  private static int openBold(String markdown, int end) {
    int open = -1;
    for (int at = 0; at < end; at += pieceLength(markdown, at)) {
      if (markdown.startsWith("**", at)) {
        open = open < 0 ? at : -1;
      }
    }
    return open;
  }

  private static int pieceLength(String markdown, int at) {
    char c = markdown.charAt(at);
    if (c == 'h') {
      Matcher address = ADDRESS_PIECE.matcher(markdown).region(at, markdown.length());
      if (address.lookingAt()) {
        return address.end() - at;
      }
    }
    boolean pair = c == '\\' || Character.isHighSurrogate(c) || markdown.startsWith("**", at);
    return pair && at + 1 < markdown.length() ? 2 : 1;
  }

  private static boolean startsAddress(String text, int at, Matcher address) {
    return text.charAt(at) == 'h' && address.region(at, text.length()).lookingAt();
  }
}
