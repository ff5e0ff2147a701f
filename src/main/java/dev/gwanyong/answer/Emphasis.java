package dev.gwanyong.answer;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.Fields;
import dev.gwanyong.index.SentenceTokens;
import dev.gwanyong.search.Hit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which words of a quote to emphasise: whole written words, never pieces of one. The analysers cut
 * words finer than a reader does (Nori's 활용 of 활용하고, the 1 and 0 of 1.0), and emphasising such a
 * piece either splits a word (Slack then needs zero-width spaces inside it) or lights up the wrong
 * number ("License 2.**0**" for a question about 1.0). So a word is emphasised as a whole when one
 * of its analysed tokens is a weighty match, and only when every number in it matched too. For
 * English readers of Korean quotes it also lists the words matched through the lexicon.
 */
final class Emphasis {

  /** A gloss is a hint, not a translation: a handful of words says why the quote matched. */
  static final int MAX_GLOSSES = 5;

  private final Analysis analysis;

  Emphasis(Analysis analysis) {
    this.analysis = analysis;
  }

  /**
   * A quote's emphasised words, in order, as spans within the quote, and its glosses, if asked for.
   */
  record Marks(List<Citation.Span> highlights, List<Citation.Gloss> glosses) {}

  /**
   * The quote's emphasised words and, for an English reader of a Korean quote without a
   * translation, its glosses. Both read the quote's tokens as the index kept them ({@link
   * SentenceTokens}), or as the quote analyses when it kept none.
   */
  Marks marks(QuoteComposer.Span span, Hit hit, boolean withGlosses) {
    Set<String> weighty =
        hit.matches().stream()
            .filter(Hit.Match::weighty)
            .map(Hit.Match::term)
            .collect(Collectors.toSet());
    if (weighty.isEmpty() && !withGlosses) {
      return new Marks(List.of(), List.of());
    }
    String quote = hit.paragraphText().substring(span.start(), span.end());
    SentenceTokens.Quoted tokens =
        hit.tokens().within(span.start(), span.end()).orElseGet(() -> analysed(quote));
    return new Marks(
        weighty.isEmpty() ? List.of() : spans(quote, hit, weighty, tokens),
        withGlosses ? glosses(tokens.korean(), hit) : List.of());
  }

  private SentenceTokens.Quoted analysed(String quote) {
    return new SentenceTokens.Quoted(
        analysis.termSpans(Fields.KOREAN, quote),
        SentenceTokens.englishWords(analysis.termSpans(Fields.ENGLISH, quote)));
  }

  private static List<Citation.Span> spans(
      String quote, Hit hit, Set<String> weighty, SentenceTokens.Quoted quoted) {
    Set<String> matched = hit.matches().stream().map(Hit.Match::term).collect(Collectors.toSet());
    List<Analysis.TermSpan> tokens = new ArrayList<>(quoted.korean());
    tokens.addAll(quoted.english());
    List<Citation.Span> words = words(quote);
    boolean[] weightyToken = new boolean[words.size()];
    boolean[] unmatchedNumber = new boolean[words.size()];
    // Each token marks the words it overlaps, found by binary search: a long quote has hundreds of
    // both.
    for (Analysis.TermSpan token : tokens) {
      boolean weightyTerm = weighty.contains(token.term());
      boolean unmatched = isNumber(token.term()) && !matched.contains(token.term());
      for (int w = firstEndingAfter(words, token.start());
          w < words.size() && words.get(w).start() < token.end();
          w++) {
        weightyToken[w] |= weightyTerm;
        unmatchedNumber[w] |= unmatched;
      }
    }
    List<Citation.Span> spans = new ArrayList<>();
    for (int w = 0; w < words.size(); w++) {
      if (weightyToken[w] && !unmatchedNumber[w]) {
        spans.add(words.get(w));
      }
    }
    return spans;
  }

  /** The first of the ordered, disjoint words that ends after the offset. */
  private static int firstEndingAfter(List<Citation.Span> words, int offset) {
    int low = 0;
    int high = words.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (words.get(mid).end() <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /**
   * The Korean words of the quote that matched an English question word (through the lexicon, or a
   * synonym such as Kubernetes/쿠버네티스), at most {@link #MAX_GLOSSES}, in the order the quote has
   * them. Words in a row that matched the same question word are one gloss, as an acronym's
   * expansion is: "클라우드 네이티브 컴퓨팅 재단 = CNCF" rather than four glosses of CNCF.
   */
  private static List<Citation.Gloss> glosses(List<Analysis.TermSpan> korean, Hit hit) {
    List<Citation.Gloss> glosses = new ArrayList<>();
    Set<String> glossed = new HashSet<>();
    Analysis.TermSpan previous = null;
    for (Analysis.TermSpan token : korean) {
      Optional<String> asked = askedAs(token.term(), hit);
      boolean joins =
          asked.isPresent()
              && previous != null
              && previous.end() <= token.start()
              && glosses.getLast().asked().equals(asked.get());
      if (joins) {
        glossed.add(token.term());
        Citation.Gloss phrase = glosses.removeLast();
        glosses.add(new Citation.Gloss(phrase.quoted() + " " + token.term(), phrase.asked()));
      } else if (asked.isPresent() && glosses.size() < MAX_GLOSSES && glossed.add(token.term())) {
        glosses.add(new Citation.Gloss(token.term(), asked.get()));
      } else {
        previous = null;
        continue;
      }
      previous = token;
    }
    // A word that also stands in a phrase glossed with the same question word says nothing of its
    // own: the 자 of 창시자 beside "자비 종신 독재 자 = benevolent dictator for life".
    glosses.removeIf(
        word ->
            glosses.stream()
                .anyMatch(
                    phrase ->
                        phrase != word
                            && phrase.asked().equals(word.asked())
                            && List.of(phrase.quoted().split(" ")).contains(word.quoted())));
    return List.copyOf(glosses);
  }

  /** The English question word a Hangul term of the quote matched, if one did. */
  private static Optional<String> askedAs(String term, Hit hit) {
    if (!isHangul(term)) {
      return Optional.empty();
    }
    for (Hit.Match match : hit.matches()) {
      if (match.term().equals(term) && !isHangul(match.questionWord())) {
        return Optional.of(match.questionWord());
      }
    }
    return Optional.empty();
  }

  private static boolean isHangul(String term) {
    return term.chars()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
  }

  /**
   * The written words of a text: runs of letters, digits and marks, held together by a dot, comma
   * or apostrophe between two of them (1.0, 1,000, Google's), so that Hangul particles stay with
   * their word (쿠버네티스를).
   */
  static List<Citation.Span> words(String text) {
    List<Citation.Span> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); i++) {
      boolean inWord =
          isWordChar(text.charAt(i))
              || (start >= 0
                  && isJoiner(text.charAt(i))
                  && i + 1 < text.length()
                  && isWordChar(text.charAt(i + 1)));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        words.add(new Citation.Span(start, i));
        start = -1;
      }
    }
    if (start >= 0) {
      words.add(new Citation.Span(start, text.length()));
    }
    return words;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c)
        || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.isSurrogate(c);
  }

  private static boolean isJoiner(char c) {
    return c == '.' || c == ',' || c == '\'' || c == '’';
  }

  private static boolean isNumber(String term) {
    for (int i = 0; i < term.length(); i++) {
      if (!Character.isDigit(term.charAt(i))) {
        return false;
      }
    }
    return !term.isEmpty();
  }
}
