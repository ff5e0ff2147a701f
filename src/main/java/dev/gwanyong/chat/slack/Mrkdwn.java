package dev.gwanyong.chat.slack;

import com.slack.api.model.block.composition.MarkdownTextObject;
import dev.gwanyong.answer.Citation;
import dev.gwanyong.chat.DirectionControls;
import dev.gwanyong.config.WebAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Slack mrkdwn text built from corpus and member text. Slack reads {@code <...>} as links, mentions
 * and {@code <!channel>} broadcasts, so every piece of outside text is escaped ({@code & < >})
 * before it is framed, and every text object is verbatim ({@link #text}): a quote or a question can
 * never ping anyone or hide a link.
 */
final class Mrkdwn {

  /** Slack's own limit for the text of a section block or a context element. */
  static final int MAX_TEXT = 3_000;

  private Mrkdwn() {}

  /**
   * A mrkdwn text object that Slack shows as built here. Left to its default, Slack parses the
   * plain words of a text object as well: it links channel names and turns some mentions written as
   * plain words, such as "@channel" in a member's question, into real ones. Verbatim, only the
   * markup made here counts (bold, block quotes, the source's link); a web address inside a quote
   * is then shown but not linked.
   */
  static MarkdownTextObject text(String mrkdwn) {
    return MarkdownTextObject.builder().text(mrkdwn).verbatim(true).build();
  }

  /** {@code text} as Slack should show it, in the order written ({@link DirectionControls}). */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> {
          if (!DirectionControls.is(c)) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** The quote, escaped, with the matched spans in bold and every line marked as a block quote. */
  static String quote(String quote, List<Citation.Span> highlights) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Citation.Span span : merged(highlights, quote)) {
      out.append(escape(quote.substring(at, span.start())));
      out.append(bold(quote, span));
      at = span.end();
    }
    out.append(escape(quote.substring(at)));
    return "> " + out.toString().replace("\n", "\n> ");
  }

  /**
   * A link whose visible text is escaped; a URL that is not plain http(s) is shown as text only.
   */
  static String link(String url, String text) {
    if (!WebAddress.isWebAddress(url)) {
      return escape(text);
    }
    // A parsed URI holds no space, '|', '<' or '>', so it cannot end the link early.
    return "<" + url + "|" + escape(text).replace("|", "¦") + ">";
  }

  /**
   * Cuts escaped mrkdwn to Slack's limit, ending with an ellipsis, never inside an entity such as
   * {@code &amp;} or a link.
   */
  static String fit(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    String cut = text.substring(0, end);
    int amp = cut.lastIndexOf('&');
    if (amp >= 0 && cut.indexOf(';', amp) < 0) {
      cut = cut.substring(0, amp);
    }
    int open = cut.lastIndexOf('<');
    if (open >= 0 && cut.indexOf('>', open) < 0) {
      cut = cut.substring(0, open);
    }
    return cut + "…";
  }

  /**
   * Slack only opens bold at a word boundary, which holds because emphasis always covers whole
   * written words.
   */
  private static String bold(String quote, Citation.Span span) {
    return "*" + escape(quote.substring(span.start(), span.end())) + "*";
  }

  /**
   * Sorted, non-overlapping spans inside the quote, trimmed of spaces (Slack ignores "* word*").
   */
  private static List<Citation.Span> merged(List<Citation.Span> spans, String quote) {
    List<Citation.Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(Citation.Span::start));
    List<Citation.Span> out = new ArrayList<>();
    int lastEnd = 0;
    for (Citation.Span span : sorted) {
      int start = Math.max(span.start(), lastEnd);
      int end = Math.min(span.end(), quote.length());
      while (start < end && Character.isWhitespace(quote.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(quote.charAt(end - 1))) {
        end--;
      }
      if (start < end && quote.substring(start, end).indexOf('\n') < 0) {
        if (!out.isEmpty() && out.getLast().end() == start) {
          start = out.removeLast().start();
        }
        out.add(new Citation.Span(start, end));
        lastEnd = end;
      }
    }
    return out;
  }
}
