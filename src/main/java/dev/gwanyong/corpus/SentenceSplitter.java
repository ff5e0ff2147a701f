package dev.gwanyong.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a paragraph into sentences, as half-open character ranges of the original text. Handles
 * Korean and English sentence endings, closing quotes after the full stop (‘…다.’ and “…”),
 * ellipses, decimal numbers and common abbreviations. Ranges exclude surrounding white space, so
 * {@code paragraph.substring(start, end)} is the sentence exactly as written.
 */
public final class SentenceSplitter {

  private static final String TERMINALS = ".!?。！？";
  private static final String CLOSERS = "’”'\")]」』》〉";
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "prof", "inc", "ltd", "co", "corp",
          "jr", "sr", "st", "no", "fig", "approx", "cf", "al", "u.s", "u.k", "jan", "feb", "mar",
          "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /** Syllables that end a Korean sentence, so an ellipsis after them closes the sentence. */
  private static final String KOREAN_FINALS = "다요까죠네지라";

  /** A sentence of a paragraph: {@code text} equals {@code paragraph.substring(start, end)}. */
  public record Sentence(int start, int end, String text) {}

  public List<Sentence> split(String paragraph) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    int i = 0;
    int n = paragraph.length();
    while (i < n) {
      int end = boundaryEndingAt(paragraph, i);
      if (end > 0) {
        add(paragraph, start, end, sentences);
        start = end;
        i = end;
      } else {
        i = punctuationRunEnd(paragraph, i);
      }
    }
    add(paragraph, start, n, sentences);
    return sentences;
  }

  /**
   * The part of a paragraph's translation that renders the original's characters {@code [start,
   * end)}: the aligned translated sentences when both sides split into as many sentences, otherwise
   * the whole translation.
   */
  public String alignedTranslation(String original, String translation, int start, int end) {
    List<Sentence> originals = split(original);
    List<Sentence> translated = split(translation);
    if (translated.isEmpty() || translated.size() != originals.size()) {
      return translation;
    }
    int first = -1;
    int last = -1;
    for (int i = 0; i < originals.size(); i++) {
      if (originals.get(i).end() > start && originals.get(i).start() < end) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return first < 0
        ? translation
        : translation.substring(translated.get(first).start(), translated.get(last).end());
  }

  /**
   * Just past the run of sentence punctuation starting at {@code i} (or {@code i + 1} for any other
   * character), so a run that does not end a sentence ("그런데... 아무도") is passed over whole rather
   * than dot by dot.
   */
  private static int punctuationRunEnd(String text, int i) {
    int end = i + 1;
    while (end < text.length() && isTerminal(text.charAt(i)) && isTerminal(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private static boolean isTerminal(char c) {
    return TERMINALS.indexOf(c) >= 0 || c == '…';
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * When a sentence ends with the punctuation at {@code i}, the offset just past it (and its
   * closing quotes).
   */
  private static int boundaryEndingAt(String text, int i) {
    char c = text.charAt(i);
    boolean ellipsis = c == '…' || text.startsWith("...", i);
    if (!ellipsis && TERMINALS.indexOf(c) < 0) {
      return -1;
    }
    int end = i + 1;
    while (end < text.length() && isTerminal(text.charAt(end))) {
      end++;
    }
    while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
      end++;
    }
    if (end < text.length() && !isSpace(text.charAt(end))) {
      return -1; // 1.12, “좋다.”라고, example.org: the sentence goes on
    }
    int next = skipSpace(text, end);
    if (next >= text.length()) {
      return end;
    }
    char following = text.charAt(next);
    if (ellipsis) {
      boolean koreanFinal = i > 0 && KOREAN_FINALS.indexOf(text.charAt(i - 1)) >= 0;
      return koreanFinal || Character.isUpperCase(following) ? end : -1;
    }
    if (c == '.' && (isAbbreviation(text, i) || Character.isLowerCase(following))) {
      return -1;
    }
    return end;
  }

  private static boolean isAbbreviation(String text, int dot) {
    int wordStart = dot;
    while (wordStart > 0
        && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
      wordStart--;
    }
    String word = text.substring(wordStart, dot);
    boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
    return initial || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  private static int skipSpace(String text, int from) {
    int i = from;
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void add(String paragraph, int from, int to, List<Sentence> into) {
    int start = skipSpace(paragraph, from);
    int end = to;
    while (end > start && isSpace(paragraph.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      into.add(new Sentence(start, end, paragraph.substring(start, end)));
    }
  }
}
