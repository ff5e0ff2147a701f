package dev.gwanyong.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What answering only above a confidence trades: each question is answered once with no threshold
 * and judged; then every threshold answers the questions at or above it. Risk is the share of given
 * answers that are wrong or that answer an unanswerable question; coverage is the share of all
 * questions answered.
 */
public final class RiskCoverage {

  /**
   * One question's best answer: its confidence, whether the corpus could answer it, and whether the
   * answer did.
   */
  public record Judged(double confidence, boolean answerable, boolean right) {}

  /** The figures at one threshold. */
  public record Point(
      double threshold,
      int answered,
      int right,
      int wrong,
      int falseAnswers,
      int total,
      int answerable) {

    public double coverage() {
      return total == 0 ? 0 : (double) answered / total;
    }

    public double risk() {
      return answered == 0 ? 0 : (double) (wrong + falseAnswers) / answered;
    }

    /** The share of answerable questions answered right. */
    public double rightShare() {
      return answerable == 0 ? 0 : (double) right / answerable;
    }

    public int refused() {
      return total - answered;
    }
  }

  private final List<Judged> judged;

  public RiskCoverage(List<Judged> judged) {
    this.judged =
        judged.stream().sorted(Comparator.comparingDouble(Judged::confidence).reversed()).toList();
  }

  public int size() {
    return judged.size();
  }

  /** The figures when answering every question whose confidence reaches {@code threshold}. */
  public Point at(double threshold) {
    Point reached = new Point(threshold, 0, 0, 0, 0, judged.size(), answerable());
    for (Point p : curve()) {
      if (p.threshold() < threshold) {
        break;
      }
      reached = p;
    }
    return new Point(
        threshold,
        reached.answered(),
        reached.right(),
        reached.wrong(),
        reached.falseAnswers(),
        reached.total(),
        reached.answerable());
  }

  /**
   * One point at each distinct confidence, from the most confident answer down to answering
   * everything.
   */
  public List<Point> curve() {
    List<Point> points = new ArrayList<>();
    int answerable = answerable();
    int right = 0;
    int wrong = 0;
    int falseAnswers = 0;
    for (int i = 0; i < judged.size(); i++) {
      Judged j = judged.get(i);
      if (!j.answerable()) {
        falseAnswers++;
      } else if (j.right()) {
        right++;
      } else {
        wrong++;
      }
      boolean lastOfItsConfidence =
          i + 1 == judged.size() || judged.get(i + 1).confidence() < j.confidence();
      if (lastOfItsConfidence) {
        points.add(
            new Point(
                j.confidence(), i + 1, right, wrong, falseAnswers, judged.size(), answerable));
      }
    }
    return points;
  }

  /**
   * The area under the risk–coverage curve: the mean risk over every number of answers given. Lower
   * is better.
   */
  public double area() {
    double sum = 0;
    int errors = 0;
    for (int i = 0; i < judged.size(); i++) {
      Judged j = judged.get(i);
      errors += !j.answerable() || !j.right() ? 1 : 0;
      sum += (double) errors / (i + 1);
    }
    return judged.isEmpty() ? 0 : sum / judged.size();
  }

  /**
   * The widest coverage whose risk stays within {@code maxRisk}, among thresholds that answer at
   * least {@code minAnswered} questions (a handful of answers says little about a risk of a few
   * percent).
   */
  public Optional<Point> widestWithin(double maxRisk, int minAnswered) {
    Point widest = null;
    for (Point p : curve()) {
      if (p.answered() >= minAnswered && p.risk() <= maxRisk) {
        widest = p;
      }
    }
    return Optional.ofNullable(widest);
  }

  private int answerable() {
    return (int) judged.stream().filter(Judged::answerable).count();
  }
}
