package dev.gwanyong.answer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One quoted passage and where it comes from.
 *
 * @param quote the source's own characters, at most {@link #MAX_QUOTE_CHARS}, never re-spaced or
 *     normalised
 * @param sourceId the source's id in the corpus
 * @param title the source's title
 * @param paragraph the paragraph number, counting from 1
 * @param start offset of the quote's first character within the paragraph
 * @param end offset just past the quote's last character within the paragraph
 * @param url a link a member can follow to check the quote
 * @param score the calibrated probability that this quote answers the question
 * @param context the whole paragraph, for display apart from the quote
 * @param translation the aligned translation of the quoted paragraph, when the source carries one
 * @param highlights spans within {@code quote} that matched the question, for emphasis
 * @param glosses for an English question and a Korean quote with no translation: the quote's words
 *     that matched through the lexicon, with the question's word each stands for, so an English
 *     reader sees why it matched
 */
public record Citation(
    String quote,
    String sourceId,
    String title,
    int paragraph,
    int start,
    int end,
    String url,
    double score,
    String context,
    Optional<String> translation,
    List<Span> highlights,
    List<Gloss> glosses) {

  public static final int MAX_QUOTE_CHARS = 240;
  private static final String ELLIPSIS = "…";

  /**
   * How far a cut moves to reach a space, at most: further, and too much of the paragraph would go.
   */
  private static final int MAX_MOVE_TO_SPACE = 40;

  public Citation {
    Objects.requireNonNull(quote);
    Objects.requireNonNull(sourceId);
    Objects.requireNonNull(title);
    Objects.requireNonNull(url);
    Objects.requireNonNull(context);
    Objects.requireNonNull(translation);
    if (quote.isEmpty() || quote.length() > MAX_QUOTE_CHARS) {
      throw new IllegalArgumentException("quote must have 1 to " + MAX_QUOTE_CHARS + " characters");
    }
    if (paragraph < 1 || start < 0 || end - start != quote.length()) {
      throw new IllegalArgumentException(
          "span does not fit the quote: ¶" + paragraph + " " + start + "-" + end);
    }
    highlights = List.copyOf(highlights);
    glosses = List.copyOf(glosses);
  }

  /**
   * The paragraph around the quote, cut to at most {@code maxChars} with the quote kept whole: a
   * platform shows only so much, and the paragraph's first few thousand characters may not reach
   * the quote at all. What is cut goes at a space where there is one, and is marked by an ellipsis;
   * the room is shared between the text before the quote and the text after it.
   */
  public Excerpt excerpt(int maxChars) {
    String before = context.substring(0, start);
    String after = context.substring(end);
    if (context.length() <= maxChars) {
      return new Excerpt(before, quote, after);
    }
    int room = Math.max(0, maxChars - quote.length() - 2 * ELLIPSIS.length());
    int afterRoom = Math.min(after.length(), Math.max(room / 2, room - before.length()));
    int beforeRoom = Math.min(before.length(), room - afterRoom);
    return new Excerpt(tail(before, beforeRoom), quote, head(after, afterRoom));
  }

  /**
   * The paragraph around the quote as a platform renders it (escaped, the quote in bold), the
   * longest {@link #excerpt} whose rendering fits {@code maxChars}. Escaping lengthens text by an
   * amount only the rendering knows, so the excerpt shrinks until it fits; at the least it is the
   * quote alone, which the caller still cuts to size.
   */
  public String excerptRendered(int maxChars, Function<Excerpt, String> render) {
    int room = maxChars;
    String rendered = render.apply(excerpt(room));
    while (rendered.length() > maxChars && room > quote.length()) {
      room = Math.max(quote.length(), room * 4 / 5);
      rendered = render.apply(excerpt(room));
    }
    return rendered;
  }

  private static String tail(String text, int room) {
    if (text.length() <= room) {
      return text;
    }
    int from = text.length() - room;
    int space = text.indexOf(' ', from);
    from =
        space >= 0 && space < text.length() - 1 && space - from <= MAX_MOVE_TO_SPACE
            ? space + 1
            : from;
    if (Character.isLowSurrogate(text.charAt(from))) {
      from++;
    }
    return ELLIPSIS + text.substring(from);
  }

  private static String head(String text, int room) {
    if (text.length() <= room) {
      return text;
    }
    int to = room;
    int space = text.lastIndexOf(' ', to);
    to = space > 0 && to - space <= MAX_MOVE_TO_SPACE ? space : to;
    if (to > 0 && Character.isHighSurrogate(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(0, to) + ELLIPSIS;
  }

  /** A stretch of the paragraph: the text before the quote, the quote, and the text after it. */
  public record Excerpt(String before, String quote, String after) {
    public int length() {
      return before.length() + quote.length() + after.length();
    }

    /** The stretch as one text. */
    public String text() {
      return before + quote + after;
    }

    /** Where the quote stands in {@link #text()}. */
    public Span quoteSpan() {
      return new Span(before.length(), before.length() + quote.length());
    }
  }

  /** The glosses as one line, the same on every platform: "쿠버네티스 = Kubernetes · 발표 = released". */
  public String glossLine() {
    return String.join(" · ", glosses.stream().map(g -> g.quoted() + " = " + g.asked()).toList());
  }

  /** A word of the quote, as the index analyses it, and the question's word it translates. */
  public record Gloss(String quoted, String asked) {
    public Gloss {
      Objects.requireNonNull(quoted);
      Objects.requireNonNull(asked);
    }
  }

  /** A half-open character range within the quote. */
  public record Span(int start, int end) {
    public Span {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("empty or negative span " + start + "-" + end);
      }
    }
  }
}
