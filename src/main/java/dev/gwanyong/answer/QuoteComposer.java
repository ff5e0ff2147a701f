package dev.gwanyong.answer;

import dev.gwanyong.corpus.SentenceSplitter;
import dev.gwanyong.corpus.SentenceSplitter.Sentence;
import dev.gwanyong.index.Analysis;
import dev.gwanyong.search.Hit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns a retrieved sentence into the span to quote: the sentence as written, joined by a neighbour when it is short
 * and both fit, or cut at spaces to {@link Citation#MAX_QUOTE_CHARS} around the first matched word when it is longer.
 * The quote is always a span of the original paragraph; {@link Emphasis} marks the words the question matched.
 */
final class QuoteComposer {

  /** A sentence shorter than this rarely stands on its own; a neighbour joins it when both fit. */
  static final int SHORT_SENTENCE = 60;
  /** How much of an over-long sentence is kept before its first matched word. */
  private static final int LEAD = 60;

  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Emphasis emphasis;

  QuoteComposer(Analysis analysis) {
    this.emphasis = new Emphasis(analysis);
  }

  /** A half-open span of a paragraph. */
  record Span(int start, int end) {}

  Span span(Hit hit) {
    String paragraph = hit.paragraphText();
    int start = hit.start();
    int end = hit.end();
    if (end - start < SHORT_SENTENCE) {
      List<Sentence> sentences = splitter.split(paragraph);
      int s = hit.sentence();
      if (s + 1 < sentences.size() && sentences.get(s + 1).end() - start <= Citation.MAX_QUOTE_CHARS) {
        end = sentences.get(s + 1).end();
      } else if (s > 0 && end - sentences.get(s - 1).start() <= Citation.MAX_QUOTE_CHARS) {
        start = sentences.get(s - 1).start();
      }
    }
    return end - start > Citation.MAX_QUOTE_CHARS ? window(hit, start, end) : new Span(start, end);
  }

  /**
   * The translation of the quoted span: the aligned translated sentences when the paragraph and its translation split
   * into as many sentences, otherwise the whole translated paragraph.
   */
  Optional<String> translation(Hit hit, Span span) {
    return hit.translation()
        .map(translated -> splitter.alignedTranslation(hit.paragraphText(), translated, span.start(), span.end()));
  }

  /**
   * The words of the quote that the question matched, as spans within the quote, and, when {@code withGlosses}, the
   * words found through the lexicon, each with the question's word it translates.
   */
  Emphasis.Marks marks(String quote, Hit hit, boolean withGlosses) {
    return emphasis.marks(quote, hit, withGlosses);
  }

  /**
   * The window of an over-long sentence: from its start when a matched word comes early enough, otherwise from
   * {@link #LEAD} characters before the first one. The window from the start is tried first, because that is where
   * most first matches are, and analysing a long sentence whole (Nori on a thousand characters) made the slowest
   * answers.
   */
  private Span window(Hit hit, int start, int end) {
    String paragraph = hit.paragraphText();
    Span fromStart = cut(paragraph, start, end);
    if (firstMatch(fromStart, hit).orElse(Integer.MAX_VALUE) <= Citation.MAX_QUOTE_CHARS - LEAD) {
      return fromStart;
    }
    int firstMatch = firstMatch(new Span(start, end), hit).orElse(0);
    if (firstMatch <= Citation.MAX_QUOTE_CHARS - LEAD) {
      return fromStart;
    }
    int space = paragraph.lastIndexOf(' ', start + firstMatch - LEAD);
    return cut(paragraph, space > start ? space + 1 : start, end);
  }

  /** Where the first emphasised word of a span of the hit's paragraph starts, counted from the span's start. */
  private OptionalInt firstMatch(Span span, Hit hit) {
    return marks(hit.paragraphText().substring(span.start(), span.end()), hit, false).highlights().stream()
        .mapToInt(Citation.Span::start).min();
  }

  /** At most {@link Citation#MAX_QUOTE_CHARS} of the paragraph from {@code from}, cut at a space, never past end. */
  private static Span cut(String paragraph, int from, int end) {
    int to = Math.min(end, from + Citation.MAX_QUOTE_CHARS);
    if (to < end) {
      int space = paragraph.lastIndexOf(' ', to);
      if (space > from) {
        to = space;
      }
    }
    while (to > from && Character.isWhitespace(paragraph.charAt(to - 1))) {
      to--;
    }
    return new Span(from, to);
  }
}
