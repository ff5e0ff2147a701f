package dev.gwanyong.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gwanyong.search.Evidence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fit on generated examples whose answers depend on the evidence in a known way: a sentence
 * that holds the question answers it, one that does not never does, and a corpus that lacks the
 * question's words holds no answer.
 */
class CalibratorTest {

  @TempDir Path folder;

  private static Evidence evidence(double sentenceShare, double absentShare, int rank) {
    double rest = 1 - sentenceShare - absentShare;
    return new Evidence(
        10 * sentenceShare,
        sentenceShare,
        1.0 / (rank + 1),
        rank,
        rank == 0 ? 0.1 : -0.1,
        0.2,
        sentenceShare,
        sentenceShare,
        0,
        0,
        0,
        0,
        0,
        rest,
        absentShare,
        0,
        0,
        0,
        1,
        sentenceShare > 0.5 ? 1 : 0,
        3,
        sentenceShare > 0.5 ? 2 : 1,
        2 * sentenceShare,
        false,
        false,
        80,
        1_000,
        false,
        false,
        false,
        false,
        false,
        0,
        0);
  }

  /**
   * Answerable questions hide their answer at a random rank; unanswerable ones lack half their
   * words.
   */
  private static List<Example> examples(int count, long seed) {
    Random random = new Random(seed);
    List<Example> examples = new ArrayList<>();
    for (int q = 0; q < count; q++) {
      boolean answerable = q % 2 == 0;
      int answerAt = random.nextInt(5);
      List<Evidence> candidates = new ArrayList<>();
      List<Boolean> answers = new ArrayList<>();
      for (int rank = 0; rank < 5; rank++) {
        boolean answer = answerable && rank == answerAt;
        double share = answer ? 0.7 + 0.3 * random.nextDouble() : 0.6 * random.nextDouble();
        double absent = answerable ? 0 : 0.3 + 0.2 * random.nextDouble();
        candidates.add(evidence(Math.min(share, 1 - absent), absent, rank));
        answers.add(answer);
      }
      examples.add(
          new Example(q % 4 < 2 ? "A" : "B", "generated", "ko", answerable, candidates, answers));
    }
    return examples;
  }

  @Test
  void theFittedModelRanksTheAnsweringSentenceFirstAndRefusesWhatTheCorpusLacks() {
    Calibrator.Fitted fitted =
        Calibrator.fit(examples(2_000, 1), new ObjectMapper().createObjectNode());
    AnswerModel model = fitted.model();
    assertEquals(2_000, fitted.heldOut().size(), "every question is held out once");
    int rankedFirst = 0;
    List<Example> fresh = examples(400, 2);
    for (Example e : fresh) {
      if (!e.answerable()) {
        continue;
      }
      int best = 0;
      for (int i = 1; i < e.candidates().size(); i++) {
        best =
            model.judge(e.candidates().get(i)).score()
                    > model.judge(e.candidates().get(best)).score()
                ? i
                : best;
      }
      rankedFirst += e.answers().get(best) ? 1 : 0;
    }
    assertTrue(rankedFirst >= 190, rankedFirst + " of 200 answering sentences ranked first");
    double threshold = model.threshold(0.03);
    int answered = 0;
    int falseAnswers = 0;
    for (Example e : fresh) {
      double best =
          e.candidates().stream().mapToDouble(c -> model.judge(c).confidence()).max().orElseThrow();
      if (best >= threshold) {
        answered++;
        falseAnswers += e.answerable() ? 0 : 1;
      }
    }
    assertTrue(answered >= 150, answered + " of 400 answered");
    // A 3% budget on held-out data, checked on 400 fresh questions: allow for sampling error.
    assertTrue(falseAnswers <= 0.06 * answered, falseAnswers + " false answers of " + answered);
  }

  @Test
  void heldOutConfidenceIsCalibrated() {
    Calibrator.Fitted fitted =
        Calibrator.fit(examples(2_000, 3), new ObjectMapper().createObjectNode());
    double expected = 0;
    int right = 0;
    for (Calibrator.HeldOut h : fitted.heldOut()) {
      expected += h.judged().confidence();
      right += h.judged().right() ? 1 : 0;
    }
    assertEquals(
        right,
        expected,
        0.02 * fitted.heldOut().size(),
        "mean confidence matches the share answered right");
  }

  @Test
  void aModelFileRoundTripsAndRecordsItsProvenance() throws IOException {
    var provenance = new ObjectMapper().createObjectNode().put("fitted", "2026-11-30");
    AnswerModel model = Calibrator.fit(examples(400, 4), provenance).model();
    Path file = folder.resolve("model.json");
    model.write(file);
    AnswerModel read = AnswerModel.load(file);
    Evidence e = evidence(0.8, 0, 0);
    assertEquals(model.judge(e).score(), read.judge(e).score(), 1e-12);
    assertEquals(model.judge(e).confidence(), read.judge(e).confidence(), 1e-12);
    assertEquals(model.judge(e).holdsAnswer(), read.judge(e).holdsAnswer(), 1e-12);
    assertEquals(model.threshold(0.05), read.threshold(0.05), 1e-12);
    assertEquals("2026-11-30", read.provenance().path("fitted").asText());
  }

  @Test
  void aModelFittedOnOtherFeaturesIsRejectedWithWhatToDo() throws IOException {
    Path file = folder.resolve("model.json");
    Calibrator.fit(examples(400, 5), new ObjectMapper().createObjectNode()).model().write(file);
    Files.writeString(file, Files.readString(file).replace("\"log_rank\"", "\"log_position\""));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AnswerModel.load(file));
    assertTrue(e.getMessage().contains("calibrate"), e.getMessage());
    Files.writeString(file, "{\"format\": \"something else\"}");
    assertThrows(IllegalArgumentException.class, () -> AnswerModel.load(file));
  }

  @Test
  void aStricterBudgetNeverLowersTheThreshold() {
    AnswerModel model =
        Calibrator.fit(examples(2_000, 6), new ObjectMapper().createObjectNode()).model();
    assertTrue(model.threshold(0.01) >= model.threshold(0.05));
    assertTrue(model.threshold(0.05) >= model.threshold(0.5));
    assertTrue(AnswerModel.unfitted().threshold(1.0) > 1, "an unfitted model never answers");
  }

  /**
   * A sentence of the answering paragraph with a number for a question that asks for one, or one
   * that only restates the question; as in KorQuAD, the restating one holds more of the question's
   * words.
   */
  private static Evidence sentenceOfTheParagraph(boolean withNumber, int rank, Random random) {
    double share = withNumber ? 0.5 + 0.2 * random.nextDouble() : 0.7 + 0.3 * random.nextDouble();
    return new Evidence(
        10 * share,
        share,
        1.0 / (rank + 1),
        rank,
        rank == 0 ? 0.1 : -0.1,
        0.4,
        share,
        share,
        0,
        0,
        1 - share,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        1,
        1,
        3,
        2,
        2 * share,
        true,
        withNumber,
        withNumber ? 120 : 60,
        1_000,
        false,
        false,
        false,
        false,
        false,
        0,
        0);
  }

  /**
   * Questions whose answering paragraph has two candidate sentences, of which the one with a number
   * holds the answer.
   */
  private static List<Example> paragraphsOfTwoSentences(int count, long seed) {
    Random random = new Random(seed);
    List<Example> examples = new ArrayList<>();
    for (int q = 0; q < count; q++) {
      boolean numberFirst = random.nextBoolean();
      List<Evidence> candidates = new ArrayList<>();
      List<Boolean> holds = new ArrayList<>();
      for (int rank = 0; rank < 2; rank++) {
        boolean withNumber = numberFirst == (rank == 0);
        candidates.add(sentenceOfTheParagraph(withNumber, rank, random));
        holds.add(withNumber);
      }
      candidates.add(evidence(0.3 * random.nextDouble(), 0, 2));
      holds.add(false);
      examples.add(
          new Example(
              q % 4 < 2 ? "A" : "B",
              "generated",
              "ko",
              true,
              candidates,
              List.of(true, true, false),
              holds));
    }
    return examples;
  }

  @Test
  void theQuoteStepPicksTheSentenceOfTheParagraphThatHoldsTheAnswer() {
    List<Example> examples = new ArrayList<>(examples(1_000, 8));
    examples.addAll(paragraphsOfTwoSentences(1_000, 9));
    Calibrator.Fitted fitted = Calibrator.fit(examples, new ObjectMapper().createObjectNode());
    assertEquals(
        1_000,
        fitted.quotes().questions(),
        "questions whose answering paragraph has two sentences");
    assertTrue(fitted.quotes().pickedByQuoteStep() > 0.95, "held out: " + fitted.quotes());
    assertTrue(
        fitted.quotes().pickedByQuoteStep() > fitted.quotes().pickedByRanking(),
        fitted.quotes().toString());
    int picked = 0;
    for (Example e : paragraphsOfTwoSentences(200, 10)) {
      boolean first =
          fitted.model().judge(e.candidates().get(0)).holdsAnswer()
              > fitted.model().judge(e.candidates().get(1)).holdsAnswer();
      picked += e.holdsAnswer().get(first ? 0 : 1) ? 1 : 0;
    }
    assertTrue(
        picked >= 190, picked + " of 200 fresh paragraphs quoted by the sentence with the answer");
  }

  @Test
  void withoutQuoteLabelsTheQuoteStepLeavesTheRankingsFirstSentenceFirst() {
    AnswerModel model =
        Calibrator.fit(examples(400, 11), new ObjectMapper().createObjectNode()).model();
    assertEquals(
        model.judge(evidence(0.9, 0, 0)).holdsAnswer(),
        model.judge(evidence(0.1, 0, 3)).holdsAnswer(),
        0,
        "no question has two answering sentences, so every sentence is as likely as the next");
  }

  @Test
  void theQuoteStepTakesTheLargestPenaltyWithinOneStandardErrorOfTheBest() {
    // Of 10,000 questions, 0.9 picked right has a standard error of 0.003.
    List<Calibrator.QuoteStep> steps =
        List.of(
            new Calibrator.QuoteStep(1e-3, new Calibrator.QuoteFigures(10_000, 0.895, 0.88)),
            new Calibrator.QuoteStep(1e-2, new Calibrator.QuoteFigures(10_000, 0.900, 0.88)),
            new Calibrator.QuoteStep(1e-1, new Calibrator.QuoteFigures(10_000, 0.898, 0.88)),
            new Calibrator.QuoteStep(1.0, new Calibrator.QuoteFigures(10_000, 0.896, 0.88)));
    assertEquals(1e-1, Calibrator.mostPenalisedWithinOneStandardError(steps).penalty());
    assertEquals(
        1e-2, Calibrator.mostPenalisedWithinOneStandardError(steps.subList(0, 2)).penalty());
  }

  @Test
  void oneFoldCannotBeHeldOut() {
    List<Example> oneFold =
        examples(10, 7).stream()
            .map(
                e ->
                    new Example(
                        "A", e.set(), e.language(), e.answerable(), e.candidates(), e.answers()))
            .toList();
    assertThrows(
        IllegalArgumentException.class,
        () -> Calibrator.fit(oneFold, new ObjectMapper().createObjectNode()));
  }
}
