package dev.gwanyong.eval;

import dev.gwanyong.answer.Candidate;
import java.util.function.Predicate;

/**
 * One question to ask of one corpus in the selective-answering benchmark and in {@code calibrate}.
 *
 * @param fold the half of its benchmark the question belongs to, the same in every corpus it is
 *     asked of
 * @param set where it comes from, for reports
 * @param language {@code ko}, {@code en} or {@code mix}
 * @param answerable whether this corpus holds the answer
 * @param answers whether a quote answers it (never true of an unanswerable probe)
 * @param holdsAnswer whether a quote that answers it also holds the answer itself, where a
 *     benchmark marks it (KorQuAD's answer span): a quote from the question's paragraph answers a
 *     KorQuAD question, but only one sentence of that paragraph may hold what was asked
 */
public record Probe(
    String fold,
    String set,
    String language,
    String question,
    boolean answerable,
    Predicate<Quoted> answers,
    Predicate<Quoted> holdsAnswer) {

  /** A probe whose answering quotes hold the answer, as a sentence-long source's do. */
  public Probe(
      String fold,
      String set,
      String language,
      String question,
      boolean answerable,
      Predicate<Quoted> answers) {
    this(fold, set, language, question, answerable, answers, answers);
  }

  /** A quote and where it comes from, as much as a probe needs to judge it. */
  public record Quoted(String sourceId, int paragraph, String quote) {

    /** What the bot would quote if it cited this candidate. */
    public static Quoted of(Candidate candidate) {
      return new Quoted(candidate.hit().sourceId(), candidate.hit().paragraph(), candidate.quote());
    }
  }

  static Probe unanswerable(String fold, String set, String language, String question) {
    return new Probe(fold, set, language, question, false, q -> false);
  }
}
