/**
 * The answer model: from the {@link dev.gwanyong.search.Evidence} retrieval measures for each
 * candidate sentence, the probability that its quote answers the question, which sentence of the
 * answering paragraph holds the answer, and the threshold that keeps answers within a risk budget.
 * {@link dev.gwanyong.calibration.Calibrator} fits it on generated benchmark data (cross-validated
 * by fold) and {@link dev.gwanyong.calibration.AnswerModel} reads and applies it; {@link
 * dev.gwanyong.calibration.RiskCoverage} measures the trade-off both are judged by.
 */
package dev.gwanyong.calibration;
