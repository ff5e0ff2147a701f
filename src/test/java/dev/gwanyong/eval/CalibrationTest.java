package dev.gwanyong.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.answer.Answer;
import dev.gwanyong.answer.Citation;
import dev.gwanyong.answer.Language;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The threshold sweep's arithmetic on a small set whose every figure can be worked out by hand. */
class CalibrationTest {

  private static final String PARAGRAPH = "대상 기업의 78%가 쿠버네티스를 활용한다. 다른 문장.";

  private static Answer answered(String question, String quote, double confidence) {
    int start = PARAGRAPH.indexOf(quote);
    Citation c =
        new Citation(
            quote, "essay", "Essay", 1, start, start + quote.length(), "file:essay.txt#L7", 1.0, PARAGRAPH,
            Optional.empty(), List.of());
    return new Answer(question, Language.KOREAN, List.of(c), confidence, Optional.empty(), 1);
  }

  private static EvalQuestion question(String id, EvalQuestion.Expectation expect, String... evidence) {
    return new EvalQuestion(id, "ko", "q " + id, expect, List.of(evidence));
  }

  /**
   * Four positives: right quote at 0.9, wrong quote at 0.7, an abstain question whose best answer has 0.3, an
   * any-question at 0.6; four negatives at 0.1, 0.4, 0.55 and 0.8.
   */
  private static Calibration sample() {
    Calibration calibration = new Calibration();
    calibration.addPositive(
        question("right", EvalQuestion.Expectation.ANSWER, "78%"), answered("q right", "대상 기업의 78%가 쿠버네티스를 활용한다.", 0.9));
    calibration.addPositive(
        question("wrong", EvalQuestion.Expectation.ANSWER, "78%"), answered("q wrong", "다른 문장.", 0.7));
    calibration.addPositive(
        question("abstain", EvalQuestion.Expectation.ABSTAIN), answered("q abstain", "다른 문장.", 0.3));
    calibration.addPositive(question("any", EvalQuestion.Expectation.ANY), answered("q any", "다른 문장.", 0.6));
    for (double negative : new double[] {0.1, 0.4, 0.55, 0.8}) {
      calibration.addNegative(negative);
    }
    return calibration;
  }

  @Test
  void atZeroEverythingIsAnswered() {
    Calibration.Row row = sample().at(0.0);
    // right passes; wrong fails its evidence; abstain is answered, so fails; any passes.
    assertEquals(new Calibration.Row(0.0, 2, 4, 4, 4), row);
    assertEquals(1.0, row.falseAnswerRate());
  }

  @Test
  void aMiddleThresholdTradesNegativesForTheAbstainQuestion() {
    Calibration.Row row = sample().at(0.5);
    assertEquals(new Calibration.Row(0.5, 3, 4, 2, 4), row);
    assertEquals(0.5, row.falseAnswerRate());
  }

  @Test
  void aConfidenceEqualToTheThresholdIsAnswered() {
    assertEquals(2, sample().at(0.55).negativesAnswered());
    assertEquals(1, sample().at(0.5500001).negativesAnswered());
  }

  @Test
  void aThresholdAboveEveryConfidenceRefusesAll() {
    Calibration.Row row = sample().at(0.95);
    // right is refused now; abstain and any pass.
    assertEquals(new Calibration.Row(0.95, 2, 4, 0, 4), row);
    assertEquals(0.0, row.falseAnswerRate());
  }

  @Test
  void theSweepIsMonotoneInNegativesAnswered() {
    Calibration calibration = sample();
    int previous = Integer.MAX_VALUE;
    for (int step = 0; step <= 20; step++) {
      int answered = calibration.at(step / 20.0).negativesAnswered();
      assertTrue(answered <= previous, "at " + step / 20.0);
      previous = answered;
    }
  }

  @Test
  void noNegativesMeansNoFalseAnswers() {
    Calibration empty = new Calibration();
    assertEquals(new Calibration.Row(0.5, 0, 0, 0, 0), empty.at(0.5));
    assertEquals(0.0, empty.at(0.5).falseAnswerRate());
  }
}
