package dev.gwanyong.answer;

import dev.gwanyong.search.Hit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The source a refusal points the member to, with the question's words its nearest sentence
 * mentions, so the member can tell whether it is worth asking a moderator to extend it.
 *
 * @param title the source's title
 * @param mentions the question's words, as the member typed them and in the question's order, that
 *     the source's nearest sentence holds; at most {@link #MAX_MENTIONS}, empty when only the
 *     sentences around it hold any
 */
public record ClosestSource(String title, List<String> mentions) {

  /**
   * Enough words to say what the source shares with the question; more would read as a list of
   * keywords.
   */
  static final int MAX_MENTIONS = 3;

  public ClosestSource {
    Objects.requireNonNull(title);
    mentions = List.copyOf(mentions);
  }

  /** The source of the refusal's best candidate, naming the question's words its sentence holds. */
  static ClosestSource of(Hit best, String question) {
    String folded = question.toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    for (Hit.Match match : best.matches()) {
      String word = match.questionWord();
      if (words.stream().noneMatch(word::equalsIgnoreCase)) {
        words.add(word);
      }
    }
    // A word the normaliser changed is not found as typed and goes last.
    words.sort(
        Comparator.comparingInt(
            word -> {
              int at = folded.indexOf(word.toLowerCase(Locale.ROOT));
              return at < 0 ? Integer.MAX_VALUE : at;
            }));
    return new ClosestSource(best.title(), words.subList(0, Math.min(MAX_MENTIONS, words.size())));
  }
}
