package dev.gwanyong.calibration;

import java.util.Arrays;

/**
 * Logistic regression with a small L2 penalty, fitted by Newton's method (iteratively reweighted
 * least squares) on standardised inputs. With a few dozen features and a few hundred thousand rows
 * this converges in a handful of exact steps, needs no learning rate, and gives the
 * maximum-likelihood fit, whose probabilities are calibrated on the data it saw.
 *
 * @param intercept the bias on the original scale of the inputs
 * @param weights one weight a feature, on the original scale of the inputs
 */
record LogisticRegression(double intercept, double[] weights) {

  private static final int MAX_STEPS = 50;
  private static final double TOLERANCE = 1e-9;

  LogisticRegression {
    weights = weights.clone();
  }

  double probability(double[] x) {
    double z = intercept;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * x[i];
    }
    return sigmoid(z);
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  static double logit(double p) {
    double q = Math.min(Math.max(p, 1e-9), 1 - 1e-9);
    return Math.log(q / (1 - q));
  }

  /**
   * Fits the model.
   *
   * @param rows one feature vector a row, all of one length
   * @param labels whether each row is a positive
   * @param penalty the L2 penalty on the standardised weights (not on the intercept), per row
   */
  static LogisticRegression fit(double[][] rows, boolean[] labels, double penalty) {
    if (rows.length == 0 || rows.length != labels.length) {
      throw new IllegalArgumentException("need as many labels as rows, and at least one row");
    }
    int d = rows[0].length;
    double[] mean = new double[d];
    double[] scale = new double[d];
    standardisation(rows, mean, scale);
    int p = d + 1;
    double[] beta = new double[p];
    for (int step = 0; step < MAX_STEPS; step++) {
      double[] gradient = new double[p];
      double[][] hessian = new double[p][p];
      double[] z = new double[p];
      for (int r = 0; r < rows.length; r++) {
        z[0] = 1;
        for (int j = 0; j < d; j++) {
          z[j + 1] = (rows[r][j] - mean[j]) / scale[j];
        }
        double eta = 0;
        for (int j = 0; j < p; j++) {
          eta += beta[j] * z[j];
        }
        double mu = sigmoid(eta);
        double residual = (labels[r] ? 1 : 0) - mu;
        double w = Math.max(mu * (1 - mu), 1e-12);
        for (int j = 0; j < p; j++) {
          gradient[j] += residual * z[j];
          for (int k = 0; k <= j; k++) {
            hessian[j][k] += w * z[j] * z[k];
          }
        }
      }
      double lambda = penalty * rows.length;
      for (int j = 0; j < p; j++) {
        for (int k = 0; k < j; k++) {
          hessian[k][j] = hessian[j][k];
        }
        if (j > 0) {
          gradient[j] -= lambda * beta[j];
          hessian[j][j] += lambda;
        }
      }
      double[] delta = Cholesky.solve(hessian, gradient);
      double change = 0;
      for (int j = 0; j < p; j++) {
        beta[j] += delta[j];
        change = Math.max(change, Math.abs(delta[j]));
      }
      if (change < TOLERANCE) {
        break;
      }
    }
    double[] weights = new double[d];
    double intercept = beta[0];
    for (int j = 0; j < d; j++) {
      weights[j] = beta[j + 1] / scale[j];
      intercept -= weights[j] * mean[j];
    }
    return new LogisticRegression(intercept, weights);
  }

  /** Means and standard deviations of each column; a constant column keeps a scale of one. */
  private static void standardisation(double[][] rows, double[] mean, double[] scale) {
    for (double[] row : rows) {
      for (int j = 0; j < mean.length; j++) {
        mean[j] += row[j] / rows.length;
      }
    }
    Arrays.fill(scale, 0);
    for (double[] row : rows) {
      for (int j = 0; j < mean.length; j++) {
        scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / rows.length;
      }
    }
    for (int j = 0; j < scale.length; j++) {
      scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LogisticRegression o
        && intercept == o.intercept
        && Arrays.equals(weights, o.weights);
  }

  @Override
  public int hashCode() {
    return 31 * Double.hashCode(intercept) + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return "LogisticRegression[intercept="
        + intercept
        + ", weights="
        + Arrays.toString(weights)
        + "]";
  }
}
