package dev.gwanyong.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Risk–coverage arithmetic on five questions worked out by hand. */
class RiskCoverageTest {

  // Most confident first: right, false answer, right, wrong, right.
  private final RiskCoverage curve =
      new RiskCoverage(
          List.of(
              new RiskCoverage.Judged(0.5, true, false),
              new RiskCoverage.Judged(0.9, true, true),
              new RiskCoverage.Judged(0.6, true, true),
              new RiskCoverage.Judged(0.8, false, false),
              new RiskCoverage.Judged(0.2, true, true)));

  @Test
  void aThresholdAnswersWhatReachesIt() {
    RiskCoverage.Point p = curve.at(0.6);
    assertEquals(3, p.answered());
    assertEquals(2, p.right());
    assertEquals(0, p.wrong());
    assertEquals(1, p.falseAnswers());
    assertEquals(2, p.refused());
    assertEquals(0.6, p.coverage(), 1e-12);
    assertEquals(1.0 / 3, p.risk(), 1e-12);
    assertEquals(0.5, p.rightShare(), 1e-12, "two of the four answerable questions answered right");
  }

  @Test
  void theCurveHasOnePointPerConfidence() {
    List<RiskCoverage.Point> points = curve.curve();
    assertEquals(
        List.of(0.9, 0.8, 0.6, 0.5, 0.2),
        points.stream().map(RiskCoverage.Point::threshold).toList());
    assertEquals(
        List.of(0.0, 0.5, 1.0 / 3, 0.5, 0.4),
        points.stream().map(RiskCoverage.Point::risk).toList());
  }

  @Test
  void theAreaIsTheMeanRiskOverAnswersGiven() {
    assertEquals((0 + 0.5 + 1.0 / 3 + 0.5 + 0.4) / 5, curve.area(), 1e-12);
  }

  @Test
  void theWidestCoverageWithinARisk() {
    assertEquals(0.9, curve.widestWithin(0.0, 1).orElseThrow().threshold());
    assertEquals(0.2, curve.widestWithin(0.5, 1).orElseThrow().threshold());
    assertEquals(
        0.6,
        curve.widestWithin(0.35, 1).orElseThrow().threshold(),
        "answering more risks 0.4 or more");
    assertTrue(curve.widestWithin(0.0, 2).isEmpty(), "one answer is too few");
  }
}
