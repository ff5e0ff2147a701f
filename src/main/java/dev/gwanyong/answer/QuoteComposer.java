package dev.gwanyong.answer;

import dev.gwanyong.corpus.SentenceSplitter;
import dev.gwanyong.corpus.SentenceSplitter.Sentence;
import dev.gwanyong.index.Analysis;
import dev.gwanyong.search.Hit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns a retrieved sentence into the span to quote: the sentence as written, joined by the
 * neighbour that holds question words it lacks or that it points back at ({@link Hit#telling}) or,
 * when it is short, by one that does not (by both, when it is short and joined by the one before),
 * when they fit; a sentence that asks, by as many of the sentences that follow as fit, as they
 * answer it; or cut at spaces to {@link Citation#MAX_QUOTE_CHARS} around the first matched word
 * when it is longer. The quote is always a span of the original paragraph; {@link Emphasis} marks
 * the words the question matched.
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
    int start = hit.start();
    int end = hit.end();
    boolean isShort = end - start < SHORT_SENTENCE;
    if (hit.telling() != Hit.Neighbour.NONE || isShort) {
      List<Sentence> sentences = splitter.split(hit.paragraphText());
      int s = hit.sentence();
      boolean previousFits =
          s > 0 && end - sentences.get(s - 1).start() <= Citation.MAX_QUOTE_CHARS;
      boolean nextFits = fitsUpTo(sentences, s + 1, start);
      if (hit.telling() == Hit.Neighbour.FOLLOWING && nextFits) {
        int last = s + 1;
        while (fitsUpTo(sentences, last + 1, start)) {
          last++;
        }
        end = sentences.get(last).end();
      } else if (hit.telling() == Hit.Neighbour.PREVIOUS && previousFits) {
        start = sentences.get(s - 1).start();
        // A short sentence still says little with what it goes on from ("그러나 구글은 달랐다."): what it
        // says follows.
        if (isShort && fitsUpTo(sentences, s + 1, start)) {
          end = sentences.get(s + 1).end();
        }
      } else if (hit.telling() == Hit.Neighbour.NEXT && nextFits) {
        end = sentences.get(s + 1).end();
      } else if (isShort && nextFits) {
        end = sentences.get(s + 1).end();
      } else if (isShort && previousFits) {
        start = sentences.get(s - 1).start();
      }
    }
    return end - start > Citation.MAX_QUOTE_CHARS ? window(hit, start, end) : new Span(start, end);
  }

  /**
   * Whether a quote from {@code start} to the end of sentence {@code i} fits, when there is such a
   * sentence.
   */
  private static boolean fitsUpTo(List<Sentence> sentences, int i, int start) {
    return i < sentences.size() && sentences.get(i).end() - start <= Citation.MAX_QUOTE_CHARS;
  }

  /**
   * The translation of the quoted span: the aligned translated sentences when the paragraph and its
   * translation split into as many sentences, otherwise the whole translated paragraph.
   */
  Optional<String> translation(Hit hit, Span span) {
    return hit.translation()
        .map(
            translated ->
                splitter.alignedTranslation(
                    hit.paragraphText(), translated, span.start(), span.end()));
  }

  /**
   * The words of the quote that the question matched, as spans within the quote, and, when {@code
   * withGlosses}, the words found through the lexicon, each with the question's word it translates.
   */
  Emphasis.Marks marks(Span quote, Hit hit, boolean withGlosses) {
    return emphasis.marks(quote, hit, withGlosses);
  }

  /**
   * The window of an over-long sentence: from its start when a matched word comes early enough,
   * otherwise from {@link #LEAD} characters before the first one.
   */
  private Span window(Hit hit, int start, int end) {
    String paragraph = hit.paragraphText();
    int firstMatch = firstMatch(hit, start, end).orElse(start) - start;
    if (firstMatch <= Citation.MAX_QUOTE_CHARS - LEAD) {
      return cut(paragraph, start, end);
    }
    int space = paragraph.lastIndexOf(' ', start + firstMatch - LEAD);
    return cut(paragraph, space > start ? space + 1 : start, end);
  }

  /**
   * Where the first emphasised word of a span of the hit's paragraph starts. The span is analysed a
   * quote's length at a time, cut at spaces, until a match: analysing a long sentence whole (Nori
   * on a thousand characters) to find a match near its start made the slowest answers.
   */
  private OptionalInt firstMatch(Hit hit, int start, int end) {
    String paragraph = hit.paragraphText();
    int from = start;
    while (from < end) {
      Span chunk = cut(paragraph, from, end);
      if (chunk.end() == chunk.start()) {
        break;
      }
      OptionalInt match =
          marks(chunk, hit, false).highlights().stream().mapToInt(Citation.Span::start).min();
      if (match.isPresent()) {
        return OptionalInt.of(chunk.start() + match.getAsInt());
      }
      from = chunk.end();
      while (from < end && Character.isWhitespace(paragraph.charAt(from))) {
        from++;
      }
    }
    return OptionalInt.empty();
  }

  /**
   * At most {@link Citation#MAX_QUOTE_CHARS} of the paragraph from {@code from}, cut at a space,
   * never past end.
   */
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
