package dev.gwanyong.eval;

import dev.gwanyong.answer.Answer;
import dev.gwanyong.answer.AnswerService;
import dev.gwanyong.answer.Candidate;
import dev.gwanyong.answer.Citation;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the answering service on a question file: {@code answer} passes when the first citation's
 * quote contains one of the evidence strings (after Unicode, quote and white-space folding), {@code
 * abstain} when the bot refuses, and {@code any} when a valid answer or refusal comes back without
 * error. A refused {@code answer} question also says where its evidence stood among the candidates,
 * so that a refusal of the right sentence (the answer decision) is told from one the ranking or the
 * search lost.
 */
public final class Evaluator {

  private final AnswerService service;

  public Evaluator(AnswerService service) {
    this.service = service;
  }

  /** Why a question that expects an answer failed; {@code NONE} for every other outcome. */
  public enum Miss {
    NONE,
    /**
     * Refused, though the candidate it was refused on quotes the evidence: the answer decision's
     * miss.
     */
    REFUSED_FIRST,
    /** Refused, and a lower candidate quotes the evidence: the ranking's. */
    REFUSED_LOWER,
    /** Refused, and no candidate quotes the evidence: the search's. */
    REFUSED_UNFOUND,
    /** Answered with a quote that lacks the evidence. */
    OTHER_QUOTE
  }

  /** The outcome of one question. */
  public record Outcome(
      EvalQuestion question, Answer answer, boolean passed, String why, Miss miss) {}

  /** Passed and total counts under one heading. */
  public record Tally(int passed, int total) {}

  /** All outcomes, with tallies by expectation and by language. */
  public record Report(
      List<Outcome> outcomes, Map<String, Tally> byExpectation, Map<String, Tally> byLanguage) {

    /** How many failed in each way but {@link Miss#NONE}, in the order {@link Miss} lists them. */
    public Map<Miss, Integer> misses() {
      Map<Miss, Integer> misses = new EnumMap<>(Miss.class);
      outcomes.stream()
          .map(Outcome::miss)
          .filter(m -> m != Miss.NONE)
          .forEach(m -> misses.merge(m, 1, Integer::sum));
      return misses;
    }

    public int passed() {
      return (int) outcomes.stream().filter(Outcome::passed).count();
    }

    public List<Outcome> failures() {
      return outcomes.stream().filter(o -> !o.passed()).toList();
    }
  }

  public Report run(List<EvalQuestion> questions) {
    List<Outcome> outcomes = new ArrayList<>();
    for (EvalQuestion q : questions) {
      outcomes.add(judge(q, service.ask(q.question())));
    }
    Map<String, Tally> byExpectation = new TreeMap<>();
    Map<String, Tally> byLanguage = new TreeMap<>();
    for (Outcome o : outcomes) {
      add(byExpectation, o.question().expect().name().toLowerCase(Locale.ROOT), o.passed());
      add(byLanguage, o.question().lang(), o.passed());
    }
    return new Report(outcomes, byExpectation, byLanguage);
  }

  private Outcome judge(EvalQuestion q, Answer answer) {
    return switch (q.expect()) {
      case ABSTAIN ->
          new Outcome(
              q,
              answer,
              !answer.answered(),
              answer.answered() ? "answered, expected a refusal" : "",
              Miss.NONE);
      case ANY -> new Outcome(q, answer, true, "", Miss.NONE);
      case ANSWER -> {
        if (!answer.answered()) {
          yield refused(q, answer);
        }
        Citation first = answer.citations().getFirst();
        boolean found = containsEvidence(first.quote(), q.evidence());
        yield found
            ? new Outcome(q, answer, true, "", Miss.NONE)
            : new Outcome(q, answer, false, "first quote lacks the evidence", Miss.OTHER_QUOTE);
      }
    };
  }

  /** A refused answer question, with the first candidate that quotes its evidence, if any does. */
  private Outcome refused(EvalQuestion q, Answer answer) {
    String why = "abstained (confidence %.2f)".formatted(answer.confidence());
    List<Candidate> candidates = service.candidates(q.question());
    for (int i = 0; i < candidates.size(); i++) {
      if (containsEvidence(candidates.get(i).quote(), q.evidence())) {
        return i == 0
            ? new Outcome(
                q,
                answer,
                false,
                why + ", though its first candidate quotes the evidence",
                Miss.REFUSED_FIRST)
            : new Outcome(
                q,
                answer,
                false,
                why
                    + "; candidate %d of %d quotes the evidence"
                        .formatted(i + 1, candidates.size()),
                Miss.REFUSED_LOWER);
      }
    }
    return new Outcome(
        q,
        answer,
        false,
        why + "; none of its %d candidates quotes the evidence".formatted(candidates.size()),
        Miss.REFUSED_UNFOUND);
  }

  /** Whether a quote contains one of the evidence strings, compared after {@link #fold}. */
  public static boolean containsEvidence(String quote, List<String> evidence) {
    String folded = fold(quote);
    return evidence.stream().anyMatch(e -> folded.contains(fold(e)));
  }

  /**
   * NFKC, curly quotes as straight ones, no white space, lower case: how evidence is compared with
   * quotes.
   */
  public static String fold(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFKC)
            .replaceAll("[‘’‚‛′`]", "'")
            .replaceAll("[“”„‟″]", "\"")
            .replaceAll("\\s+", "");
    return folded.toLowerCase(Locale.ROOT);
  }

  private static void add(Map<String, Tally> tallies, String key, boolean passed) {
    Tally t = tallies.getOrDefault(key, new Tally(0, 0));
    tallies.put(key, new Tally(t.passed() + (passed ? 1 : 0), t.total() + 1));
  }
}
