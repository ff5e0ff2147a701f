package dev.gwanyong.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

  @Test
  void recoversTheWeightsThatGeneratedTheLabels() {
    Random random = new Random(7);
    int n = 40_000;
    double[][] rows = new double[n][];
    boolean[] labels = new boolean[n];
    for (int i = 0; i < n; i++) {
      // Features on different scales and offsets: the fit standardises them and reports the
      // original scale.
      rows[i] =
          new double[] {
            random.nextGaussian() * 10 + 50, random.nextDouble(), random.nextGaussian()
          };
      double z = -6 + 0.1 * rows[i][0] + 2 * rows[i][1] - 1.5 * rows[i][2];
      labels[i] = random.nextDouble() < LogisticRegression.sigmoid(z);
    }
    LogisticRegression fit = LogisticRegression.fit(rows, labels, 0);
    assertEquals(-6, fit.intercept(), 0.3);
    assertArrayEquals(new double[] {0.1, 2, -1.5}, fit.weights(), 0.08);
  }

  @Test
  void aPenaltyKeepsSeparableDataFinite() {
    double[][] rows = {{0}, {1}, {2}, {3}};
    boolean[] labels = {false, false, true, true};
    LogisticRegression fit = LogisticRegression.fit(rows, labels, 1e-3);
    assertEquals(0.5, fit.probability(new double[] {1.5}), 1e-6);
    assertEquals(true, fit.probability(new double[] {3}) > 0.9);
  }

  @Test
  void aConstantFeatureGetsNoWeight() {
    double[][] rows = {{1, 0}, {1, 1}, {1, 0}, {1, 1}, {1, 1}};
    boolean[] labels = {false, true, false, true, false};
    LogisticRegression fit = LogisticRegression.fit(rows, labels, 1e-6);
    assertEquals(0, fit.weights()[0], 1e-9);
  }

  @Test
  void rowsAndLabelsMustMatch() {
    assertThrows(
        IllegalArgumentException.class,
        () -> LogisticRegression.fit(new double[0][], new boolean[0], 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> LogisticRegression.fit(new double[][] {{1}}, new boolean[] {true, false}, 0));
  }

  @Test
  void logitUndoesTheSigmoidAndStaysFiniteAtTheEnds() {
    assertEquals(0.8, LogisticRegression.sigmoid(LogisticRegression.logit(0.8)), 1e-12);
    assertEquals(true, Double.isFinite(LogisticRegression.logit(0)));
    assertEquals(true, Double.isFinite(LogisticRegression.logit(1)));
  }
}
