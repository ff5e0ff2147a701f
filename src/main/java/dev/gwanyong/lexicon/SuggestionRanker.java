package dev.gwanyong.lexicon;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.Fields;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Ranks the words a misspelled word may be meant as, for the English and the Korean respellers
 * alike: how close, how common and how likely a slip each is, and which of the equally good ones
 * shares a sentence with the question's other words.
 */
final class SuggestionRanker {

  /** The largest SCOWL size class of everyday words (10 and 20, as the everyday word list). */
  static final int EVERYDAY = 20;

  /** SCOWL's size class of the commonest words. */
  private static final int COMMONEST = 10;

  /** The rarity of a word in no SCOWL size class. */
  static final int NO_SIZE_CLASS = 1000;

  /**
   * {@link #slipRank}: neighbours swapped, a letter left out or doubled; any other edit or edits.
   */
  private static final int LIKELY_SLIP = 0;

  static final int ANY_SLIP = 1;

  private final Analysis analysis;
  private final Lexicon lexicon;

  SuggestionRanker(Analysis analysis, Lexicon lexicon) {
    this.analysis = analysis;
    this.lexicon = lexicon;
  }

  /**
   * Of equally close words of the index, the first that shares a sentence with {@code atLeast}
   * other words of the question, as a search engine checks a respelled query against its index:
   * foundd mesosphre is founded mesosphere, as the corpus says "Mesosphere was founded" and never
   * found beside it.
   */
  static Optional<Suggestion> inContext(
      String field, List<Suggestion> choices, List<String> context, int atLeast, IndexWords index)
      throws IOException {
    for (Suggestion choice : choices) {
      if (choice.docFreq() > 0 && index.together(field, choice.word(), context, atLeast) > 0) {
        return Optional.of(choice);
      }
    }
    return Optional.empty();
  }

  /**
   * How likely one slip of typing makes the typed word of the word meant, as a rank, lower first:
   * of words one edit away, one the typed word swaps two neighbours of (hadr: hard, not had),
   * leaves a letter out of (realy: really, not ready; hed: head, not had) or doubles a letter of
   * (ddawn: dawn, not drawn) is likelier than one it has another letter in, as each of those is one
   * slip at a place, while hitting a particular wrong key is one of some twenty-six. Korean words
   * are not ranked so: a jamo slip on a two-set keyboard is another matter.
   */
  static int slipRank(String typed, String meant) {
    if (typed.length() == meant.length()) {
      int at = 0;
      while (at < typed.length() && typed.charAt(at) == meant.charAt(at)) {
        at++;
      }
      boolean swapped =
          at + 1 < typed.length()
              && typed.charAt(at) == meant.charAt(at + 1)
              && typed.charAt(at + 1) == meant.charAt(at)
              && typed.startsWith(meant.substring(at + 2), at + 2);
      return swapped ? LIKELY_SLIP : ANY_SLIP;
    }
    if (meant.length() == typed.length() + 1) {
      return withOneLetterMore(meant, typed) >= 0 ? LIKELY_SLIP : ANY_SLIP;
    }
    if (typed.length() == meant.length() + 1) {
      int extra = withOneLetterMore(typed, meant);
      boolean doubled =
          extra >= 0
              && ((extra > 0 && typed.charAt(extra - 1) == typed.charAt(extra))
                  || (extra + 1 < typed.length()
                      && typed.charAt(extra + 1) == typed.charAt(extra)));
      return doubled ? LIKELY_SLIP : ANY_SLIP;
    }
    return ANY_SLIP;
  }

  /**
   * Where {@code longer} has the one letter {@code shorter} lacks, or -1 when it differs otherwise.
   */
  private static int withOneLetterMore(String longer, String shorter) {
    int at = 0;
    while (at < shorter.length() && longer.charAt(at) == shorter.charAt(at)) {
      at++;
    }
    return longer.startsWith(shorter.substring(at), at + 1) ? at : -1;
  }

  /**
   * The index's words close to a word of the field, as suggestions. Only English words are ranked
   * by their slip and SCOWL size class; a Korean word is any slip ({@link #slipRank}) and of no
   * size class.
   */
  List<Suggestion> suggestions(String field, String word, List<IndexWords.Close> close) {
    return close.stream()
        .map(
            c ->
                new Suggestion(
                    c.term(),
                    EditDistance.between(word, c.term()),
                    field.equals(Fields.SPELLING_LATIN) ? slipRank(word, c.term()) : ANY_SLIP,
                    c.docFreq(),
                    field.equals(Fields.SPELLING_LATIN) ? rarity(c.term()) : NO_SIZE_CLASS))
        .toList();
  }

  /**
   * How rare a word is: 0 for a stop word, else the smallest SCOWL size class that has it (10 the
   * commonest), and above every class for a word of no class. Of two words equally close to a typo
   * the commoner is the likelier meant (thhis is this, not thais; poine is point, not pine).
   */
  int rarity(String word) {
    int sizeClass = lexicon.sizeClass(word).orElse(NO_SIZE_CLASS);
    // Stop words are all of the commonest class; only its words are worth analysing to find them.
    return sizeClass <= COMMONEST && analysis.termSpans(Fields.ENGLISH, word).isEmpty()
        ? 0
        : sizeClass;
  }

  /**
   * The closest suggestions, and of those the index's words if it has any, as the corpus is what
   * members ask about; the commonest word first, then the one more sentences have.
   */
  static List<Suggestion> equallyClose(List<Suggestion> suggestions) {
    List<Suggestion> sorted =
        suggestions.stream()
            .sorted(
                Comparator.comparingInt(Suggestion::distance)
                    .thenComparing(s -> s.docFreq() == 0)
                    // An everyday word before a rare one, however it slipped (sami as same, not
                    // swami), and then the likelier slip first (realy as really, not ready).
                    .thenComparing(s -> s.rarity() > EVERYDAY)
                    .thenComparingInt(Suggestion::slip)
                    .thenComparingInt(Suggestion::rarity)
                    .thenComparing(Comparator.comparingInt(Suggestion::docFreq).reversed())
                    .thenComparing(Suggestion::word))
            .toList();
    if (sorted.isEmpty()) {
      return sorted;
    }
    Suggestion best = sorted.getFirst();
    return sorted.stream()
        .filter(s -> s.distance() == best.distance() && (s.docFreq() == 0) == (best.docFreq() == 0))
        .toList();
  }
}
