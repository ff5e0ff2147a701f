package dev.gwanyong.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Fits an {@link AnswerModel} on generated examples, the entry point of this package for {@code
 * calibrate}.
 *
 * <p>Every fold is held out once: the candidate model is fitted on the other folds and scores the
 * held-out questions. Those held-out scores fit the confidence step and give the risk–coverage
 * curve that turns a risk budget into a threshold, so neither is judged on questions the ranking
 * was fitted on. This is done for each penalty in {@link #PENALTIES}; the one with the smallest
 * held-out area under the curve wins, and the candidate model that ships is fitted with it on all
 * folds.
 *
 * <p>The quote step is fitted on the candidates that answer (the sentences of the paragraph that
 * answers), labelled by whether each one's quote holds the answer itself, with the largest penalty
 * under which it picks such a quote within one standard error as often as under the best on
 * held-out folds (the one-standard-error rule): the penalties pick within a question or two of each
 * other in 15,000, and the choice among them followed that noise.
 */
public final class Calibrator {

  /**
   * The L2 penalties a row on standardised weights that are tried; the one with the smallest
   * held-out area under the risk–coverage curve is kept. Some penalty is always needed: the shares
   * sum to one, so they are collinear.
   */
  static final List<Double> PENALTIES = List.of(1e-3, 1e-2, 1e-1, 1.0);

  /**
   * The confidence step's L2 penalty. It sees the same collinear shares as the ranking, so it needs
   * one too; the smallest of {@link #PENALTIES} keeps it as close to an unpenalised fit as that
   * allows.
   */
  static final double CONFIDENCE_PENALTY = PENALTIES.getFirst();

  /**
   * Thresholds that answer fewer questions than this say too little about a risk of a few percent.
   */
  static final int MIN_ANSWERED = 50;

  /** How many points of the held-out curve the model file keeps. */
  static final int CURVE_POINTS = 400;

  private Calibrator() {}

  /** A held-out question and how its best answer was judged. */
  public record HeldOut(Example example, RiskCoverage.Judged judged) {}

  /** The fitted model, the penalty chosen for it and the held-out judgements it was chosen by. */
  public record Fitted(
      AnswerModel model, double penalty, List<HeldOut> heldOut, QuoteFigures quotes) {}

  /**
   * How often, among held-out questions whose answering paragraph has more than one candidate
   * sentence, the quote holds the answer when the quote step picks the sentence, against when the
   * ranking does (the shipped ranking, fitted on all folds, which only flatters it).
   *
   * @param questions how many such questions there were
   */
  public record QuoteFigures(int questions, double pickedByQuoteStep, double pickedByRanking) {}

  public static Fitted fit(List<Example> examples, JsonNode provenance) {
    Set<String> folds = new TreeSet<>();
    examples.forEach(e -> folds.add(e.fold()));
    if (folds.size() < 2) {
      throw new IllegalArgumentException("need examples from at least two folds to hold one out");
    }
    CrossValidated best = null;
    for (double penalty : PENALTIES) {
      CrossValidated candidate = crossValidate(examples, folds, penalty);
      if (best == null || candidate.area() < best.area()) {
        best = candidate;
      }
    }
    List<AnswerModel.CurvePoint> curve = thin(best.curve());
    LogisticRegression ranking = fitCandidates(examples, best.penalty());
    List<QuoteStep> steps =
        PENALTIES.stream().map(p -> crossValidateQuotes(examples, folds, p, ranking)).toList();
    QuoteStep quotes = mostPenalisedWithinOneStandardError(steps);
    AnswerModel model =
        new AnswerModel(
            ranking, best.confidence(), fitQuotes(examples, quotes.penalty()), curve, provenance);
    return new Fitted(model, best.penalty(), best.heldOut(), quotes.figures());
  }

  record QuoteStep(double penalty, QuoteFigures figures) {}

  /**
   * The quote step of the largest penalty that picks within one standard error of the best's share.
   */
  static QuoteStep mostPenalisedWithinOneStandardError(List<QuoteStep> steps) {
    QuoteFigures best =
        steps.stream()
            .map(QuoteStep::figures)
            .max(Comparator.comparingDouble(QuoteFigures::pickedByQuoteStep))
            .orElseThrow();
    double share = best.pickedByQuoteStep();
    double standardError = Math.sqrt(share * (1 - share) / Math.max(1, best.questions()));
    return steps.stream()
        .filter(step -> step.figures().pickedByQuoteStep() >= share - standardError)
        .max(Comparator.comparingDouble(QuoteStep::penalty))
        .orElseThrow();
  }

  private static QuoteStep crossValidateQuotes(
      List<Example> examples, Set<String> folds, double penalty, LogisticRegression ranking) {
    int questions = 0;
    int byQuoteStep = 0;
    int byRanking = 0;
    for (String fold : folds) {
      LogisticRegression quotes =
          fitQuotes(examples.stream().filter(e -> !e.fold().equals(fold)).toList(), penalty);
      for (Example e : examples) {
        List<Integer> answering = e.fold().equals(fold) ? answering(e) : List.of();
        if (answering.size() > 1) {
          questions++;
          byQuoteStep += e.holdsAnswer().get(best(quotes, e, answering).index()) ? 1 : 0;
          byRanking += e.holdsAnswer().get(best(ranking, e, answering).index()) ? 1 : 0;
        }
      }
    }
    return new QuoteStep(
        penalty,
        new QuoteFigures(
            questions,
            questions == 0 ? 0 : (double) byQuoteStep / questions,
            questions == 0 ? 0 : (double) byRanking / questions));
  }

  /** The candidates that answer: the sentences of the paragraph that answers. */
  private static List<Integer> answering(Example e) {
    List<Integer> answering = new ArrayList<>();
    for (int i = 0; i < e.candidates().size(); i++) {
      if (e.answers().get(i)) {
        answering.add(i);
      }
    }
    return answering;
  }

  /** The quote step, fitted on the answering candidates of questions that have more than one. */
  private static LogisticRegression fitQuotes(List<Example> examples, double penalty) {
    List<double[]> rows = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    for (Example e : examples) {
      List<Integer> answering = answering(e);
      if (answering.size() > 1) {
        for (int i : answering) {
          rows.add(Features.of(e.candidates().get(i)));
          labels.add(e.holdsAnswer().get(i));
        }
      }
    }
    if (rows.isEmpty() || !labels.contains(true) || !labels.contains(false)) {
      // Nothing to choose between: every sentence is as likely as the next, and the ranking's first
      // stays first.
      return new LogisticRegression(0, new double[Features.NAMES.size()]);
    }
    boolean[] y = new boolean[labels.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = labels.get(i);
    }
    return LogisticRegression.fit(rows.toArray(double[][]::new), y, penalty);
  }

  /** Held-out judgements under one penalty, and the confidence step fitted on them. */
  private record CrossValidated(
      double penalty, LogisticRegression confidence, List<HeldOut> heldOut) {

    RiskCoverage curve() {
      return new RiskCoverage(heldOut.stream().map(HeldOut::judged).toList());
    }

    double area() {
      return curve().area();
    }
  }

  private static CrossValidated crossValidate(
      List<Example> examples, Set<String> folds, double penalty) {
    List<Example> heldOutExamples = new ArrayList<>();
    List<Best> heldOutBest = new ArrayList<>();
    for (String fold : folds) {
      LogisticRegression ranking =
          fitCandidates(examples.stream().filter(e -> !e.fold().equals(fold)).toList(), penalty);
      for (Example e : examples) {
        if (e.fold().equals(fold)) {
          heldOutExamples.add(e);
          heldOutBest.add(best(ranking, e));
        }
      }
    }
    double[][] inputs = new double[heldOutExamples.size()][];
    boolean[] right = new boolean[heldOutExamples.size()];
    for (int i = 0; i < inputs.length; i++) {
      Best best = heldOutBest.get(i);
      Example e = heldOutExamples.get(i);
      double[] features =
          best.index() < 0
              ? new double[Features.NAMES.size()]
              : Features.of(e.candidates().get(best.index()));
      inputs[i] = AnswerModel.confidenceInputs(best.score(), features);
      right[i] = best.index() >= 0 && e.answers().get(best.index());
    }
    LogisticRegression confidence = LogisticRegression.fit(inputs, right, CONFIDENCE_PENALTY);
    List<HeldOut> heldOut = new ArrayList<>();
    for (int i = 0; i < inputs.length; i++) {
      Example e = heldOutExamples.get(i);
      heldOut.add(
          new HeldOut(
              e,
              new RiskCoverage.Judged(
                  confidence.probability(inputs[i]), e.answerable(), right[i])));
    }
    return new CrossValidated(penalty, confidence, heldOut);
  }

  /**
   * The best candidate of an example under a model, with its score; an example without candidates
   * scores 0.
   */
  private record Best(int index, double score) {}

  private static Best best(LogisticRegression model, Example e) {
    return best(model, e, IntStream.range(0, e.candidates().size()).boxed().toList());
  }

  /** Of the given candidates, the one a model scores highest; the first on a tie. */
  private static Best best(LogisticRegression model, Example e, List<Integer> among) {
    Best best = new Best(-1, 0);
    for (int i : among) {
      double score = model.probability(Features.of(e.candidates().get(i)));
      if (score > best.score()) {
        best = new Best(i, score);
      }
    }
    return best;
  }

  private static LogisticRegression fitCandidates(List<Example> examples, double penalty) {
    List<double[]> rows = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    for (Example e : examples) {
      for (int i = 0; i < e.candidates().size(); i++) {
        rows.add(Features.of(e.candidates().get(i)));
        labels.add(e.answers().get(i));
      }
    }
    boolean[] y = new boolean[labels.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = labels.get(i);
    }
    return LogisticRegression.fit(rows.toArray(double[][]::new), y, penalty);
  }

  private static List<AnswerModel.CurvePoint> thin(RiskCoverage heldOut) {
    List<RiskCoverage.Point> points =
        heldOut.curve().stream().filter(p -> p.answered() >= MIN_ANSWERED).toList();
    List<AnswerModel.CurvePoint> thinned = new ArrayList<>();
    int step = Math.max(1, points.size() / CURVE_POINTS);
    for (int i = 0; i < points.size(); i += step) {
      RiskCoverage.Point p = points.get(i);
      thinned.add(new AnswerModel.CurvePoint(p.threshold(), p.coverage(), p.risk()));
    }
    return thinned;
  }
}
