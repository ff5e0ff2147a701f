package dev.gwanyong.answer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One quoted passage and where it comes from.
 *
 * @param quote the source's own characters, at most {@link #MAX_QUOTE_CHARS}, never re-spaced or normalised
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
 * @param glosses for an English question and a Korean quote with no translation: the quote's words that matched
 *     through the lexicon, with the question's word each stands for, so an English reader sees why it matched
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
      throw new IllegalArgumentException("span does not fit the quote: ¶" + paragraph + " " + start + "-" + end);
    }
    highlights = List.copyOf(highlights);
    glosses = List.copyOf(glosses);
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
