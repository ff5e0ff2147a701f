package dev.gwanyong.answer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the bot says to one question: ranked citations, or a refusal.
 *
 * @param question the question as the member asked it
 * @param language the language of the question, which the bot's own words follow
 * @param citations ranked quotes, best first; empty when abstained
 * @param confidence how sure retrieval is that the first citation answers the question, from 0 to 1
 * @param closestSource when abstained, the source nearest to the question, if any came near
 * @param correctedQuestion the question as searched, when misspelled words in it were respelled
 *     ("kubernetes history" for "kubernets histroy")
 * @param tookMillis time spent answering
 */
public record Answer(
    String question,
    Language language,
    List<Citation> citations,
    double confidence,
    Optional<ClosestSource> closestSource,
    Optional<String> correctedQuestion,
    long tookMillis) {

  public Answer {
    Objects.requireNonNull(question);
    Objects.requireNonNull(language);
    Objects.requireNonNull(closestSource);
    Objects.requireNonNull(correctedQuestion);
    citations = List.copyOf(citations);
  }

  public boolean answered() {
    return !citations.isEmpty();
  }

  /** "answered" or "abstained", the status word of the JSON output. */
  public String status() {
    return answered() ? "answered" : "abstained";
  }

  /** A coarse label for the confidence, shown to members. */
  public Confidence confidenceLevel() {
    return Confidence.of(confidence);
  }
}
