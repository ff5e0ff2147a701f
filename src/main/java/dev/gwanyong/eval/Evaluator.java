package dev.gwanyong.eval;

import dev.gwanyong.answer.Answer;
import dev.gwanyong.answer.Answerer;
import dev.gwanyong.answer.Citation;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores an answerer on a question file: {@code answer} passes when the first citation's quote contains one of the
 * evidence strings (after Unicode, quote and white-space folding), {@code abstain} when the bot refuses, and
 * {@code any} when a valid answer or refusal comes back without error.
 */
public final class Evaluator {

  private final Answerer answerer;

  public Evaluator(Answerer answerer) {
    this.answerer = answerer;
  }

  /** The outcome of one question. */
  public record Outcome(EvalQuestion question, Answer answer, boolean passed, String why) {}

  /** Passed and total counts under one heading. */
  public record Tally(int passed, int total) {}

  /** All outcomes, with tallies by expectation and by language. */
  public record Report(List<Outcome> outcomes, Map<String, Tally> byExpectation, Map<String, Tally> byLanguage) {

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
      outcomes.add(judge(q, answerer.ask(q.question())));
    }
    Map<String, Tally> byExpectation = new TreeMap<>();
    Map<String, Tally> byLanguage = new TreeMap<>();
    for (Outcome o : outcomes) {
      add(byExpectation, o.question().expect().name().toLowerCase(Locale.ROOT), o.passed());
      add(byLanguage, o.question().lang(), o.passed());
    }
    return new Report(outcomes, byExpectation, byLanguage);
  }

  static Outcome judge(EvalQuestion q, Answer answer) {
    return switch (q.expect()) {
      case ABSTAIN ->
          new Outcome(q, answer, !answer.answered(), answer.answered() ? "answered, expected a refusal" : "");
      case ANY -> new Outcome(q, answer, true, "");
      case ANSWER -> {
        if (!answer.answered()) {
          yield new Outcome(q, answer, false, "abstained (confidence %.2f)".formatted(answer.confidence()));
        }
        Citation first = answer.citations().getFirst();
        boolean found = containsEvidence(first.quote(), q.evidence());
        yield new Outcome(q, answer, found, found ? "" : "first quote lacks the evidence");
      }
    };
  }

  /** Whether a quote contains one of the evidence strings, compared after {@link #fold}. */
  public static boolean containsEvidence(String quote, List<String> evidence) {
    String folded = fold(quote);
    return evidence.stream().anyMatch(e -> folded.contains(fold(e)));
  }

  /** NFKC, curly quotes as straight ones, no white space, lower case: how evidence is compared with quotes. */
  public static String fold(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
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
