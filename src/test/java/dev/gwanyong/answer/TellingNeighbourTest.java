package dev.gwanyong.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quote joins the neighbouring sentence that holds question words its own sentence lacks, where
 * the answer often is; a sentence that holds the whole question, and is long enough to stand alone,
 * is quoted alone; a sentence that asks a question is quoted with the sentences that answer it, and
 * one that points back with the sentence before.
 */
class TellingNeighbourTest {

  private static final String FIRST =
      "The guitar maker released a solid-body electric model in 1952 after long experiments in its"
          + " Kalamazoo workshop.";
  private static final String SECOND = "Its pickups were designed by Seth Lover.";
  private static final String THIRD =
      "The company later moved its production from Michigan to Nashville in Tennessee.";

  @TempDir Path folder;

  private AnswerService open() throws IOException {
    return open(FIRST + " " + SECOND + " " + THIRD);
  }

  private AnswerService open(String paragraph) throws IOException {
    return OneSource.open(folder, "guitars", paragraph);
  }

  @Test
  void aQuoteJoinsTheNextSentenceWhenItHoldsTheRestOfTheQuestion() throws IOException {
    try (AnswerService service = open()) {
      Candidate first =
          service
              .candidates("Who designed the pickups of the electric model released in 1952?")
              .getFirst();
      assertEquals(FIRST + " " + SECOND, first.quote());
    }
  }

  @Test
  void aSentenceHoldingTheWholeQuestionIsQuotedAlone() throws IOException {
    try (AnswerService service = open()) {
      assertEquals(
          FIRST,
          service
              .candidates("When was the solid-body electric model released?")
              .getFirst()
              .quote());
    }
  }

  @Test
  void aSentenceThatAsksIsQuotedWithTheSentencesThatAnswerIt() throws IOException {
    String asks = "Why did the guitar maker leave its Kalamazoo workshop?";
    String answer =
        "Rents in Michigan had tripled. Nashville also offered skilled luthiers and a music"
            + " industry.";
    try (AnswerService service = open(asks + " " + answer + " " + THIRD)) {
      assertEquals(
          asks + " " + answer + " " + THIRD,
          service
              .candidates("Why did the guitar maker leave the Kalamazoo workshop?")
              .getFirst()
              .quote(),
          "as many of the sentences that follow as fit");
    }
  }

  @Test
  void aKoreanSentenceAsksByItsEndingAsWell() throws IOException {
    String asks = "그 공방은 왜 칼라머주를 떠났을까.";
    String answer = "미시간의 임대료가 세 배로 올랐다. 내슈빌에는 숙련된 장인도 많았다.";
    try (AnswerService service = open(asks + " " + answer)) {
      assertEquals(asks + " " + answer, service.candidates("공방은 왜 칼라머주를 떠났나?").getFirst().quote());
    }
  }

  @Test
  void aSentenceThatPointsBackIsQuotedWithTheSentenceBefore() throws IOException {
    String before =
        "The company opened a second workshop in Nashville in 1984 after decades in Michigan.";
    String pointsBack =
        "It built acoustic guitars with spruce tops and mahogany necks for touring musicians.";
    try (AnswerService service = open(before + " " + pointsBack)) {
      assertEquals(
          before + " " + pointsBack,
          service
              .candidates("What did it build with spruce tops and mahogany necks?")
              .getFirst()
              .quote());
    }
  }

  @Test
  void aShortSentenceThatPointsBackIsQuotedWithTheSentencesEitherSide() throws IOException {
    String before =
        "The company moved its workshop from Kalamazoo to Nashville in 1984 after decades in"
            + " Michigan.";
    String bridge = "But the guitars stayed the same.";
    String after = "Each still had a spruce top, a mahogany neck and a hand-fitted bone nut.";
    try (AnswerService service = open(before + " " + bridge + " " + after)) {
      assertEquals(
          before + " " + bridge + " " + after,
          service.candidates("Did the guitars stay the same?").getFirst().quote());
    }
  }
}
