package dev.gwanyong.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question that asks when is answered by a sentence that says a time: a paragraph that says none
 * comes after one that does, one that says only how long after one that says the date, and within a
 * paragraph the sentence that says it is quoted, when it is about the question.
 */
class WhenQuestionTest {

  private static final String UNDATED =
      "The harbour board installed the lighthouse lantern, and the board praised how the installed"
          + " lantern shone.";
  private static final String DATED =
      "Keepers lit the lighthouse lantern for the first time in 1898.";
  private static final String DATED_NEIGHBOUR =
      "The harbour board installed a second lantern at the lighthouse. Work on it ended in March"
          + " 1902.";

  private static final String HOW_LONG_AFTER = "쿠버네티스는 출시 6년 만에 최강자가 되었다.";
  private static final String WHEN =
      "구글이 만든 쿠버네티스는 2014년 6월 샌프란시스코의 한 행사에서 처음 출시되었고 여러 회사가 곧 합류했다.";

  private static final String SAME_DAY =
      "The museum opened its east wing in May 1931. The same day the city founded"
          + " the museum society, which still runs it. The society moved its offices in 1952.";
  private static final String SAME_DAY_KO =
      "쿠버네티스 1.0은 2015년 7월 21일 포틀랜드에서 발표되었다. 같은 날 구글은 리눅스 재단과"
          + " 함께 새 재단의 설립을 발표하고, 쿠버네티스를 그 재단의 첫 기반 기술로 기증했다. 재단 회원사는 2016년 3월 처음으로 모였다.";

  private static final String NEXT_YEAR =
      "The orchestra gave its first concert in 1921. The next year it toured"
          + " Europe. On that tour the orchestra played in Vienna, Prague and Budapest.";
  private static final String SAME_YEAR_KO =
      "그는 2003년 라면 광고로 데뷔했다. 같은 해 10월 드라마 오디션을 치렀다. 당시 그 배우는" + " 오디션에서 탈락했으나 나중에 다시 연락을 받고 출연했다.";

  private static final String ANOTHER_TIME =
      "Merchants of the town founded the harbour board in 1850. The board keeps many beacons"
          + " along the coast. The Greywick lighthouse was closed once its last keepers had gone.";
  private static final String ITS_TIME =
      "The Greywick lighthouse was closed for good in 1961, when ships no longer needed its light.";

  @TempDir Path folder;

  private AnswerService open(String... paragraphs) throws IOException {
    return OneSource.open(folder, "lighthouses", paragraphs);
  }

  @Test
  void aParagraphThatSaysNoTimeComesAfterOneThatDoes() throws IOException {
    try (AnswerService service = open(UNDATED, DATED)) {
      assertEquals(
          UNDATED,
          service.candidates("Who installed the lighthouse lantern?").getFirst().quote(),
          "the sentence with more of the question comes first when no time is asked for");
      assertEquals(
          DATED,
          service.candidates("When was the lighthouse lantern installed?").getFirst().quote());
    }
  }

  @Test
  void withinAParagraphTheSentenceThatSaysWhenIsQuoted() throws IOException {
    try (AnswerService service = open(DATED_NEIGHBOUR, UNDATED)) {
      Candidate first =
          service.candidates("When did the harbour board install the second lantern?").getFirst();
      assertEquals(
          "Work on it ended in March 1902.",
          first.hit().paragraphText().substring(first.hit().start(), first.hit().end()));
      assertEquals(DATED_NEIGHBOUR, first.quote(), "with the sentence its \"it\" points back to");
    }
  }

  @Test
  void aParagraphThatSaysHowLongComesAfterOneThatSaysWhen() throws IOException {
    try (AnswerService service = open(HOW_LONG_AFTER, WHEN)) {
      assertEquals(
          HOW_LONG_AFTER,
          service.candidates("쿠버네티스는 출시 몇 년 만에 최강자가 되었어?").getFirst().quote(),
          "a span answers how many years");
      assertEquals(
          WHEN,
          service.candidates("쿠버네티스는 언제 출시됐어?").getFirst().quote(),
          "\"6년 만에\" (six years after) says how long, not when");
    }
  }

  @Test
  void aSentenceThatTellsTheTimeOfTheOneBeforeIsQuotedWithIt() throws IOException {
    try (AnswerService service = open(SAME_DAY, UNDATED)) {
      assertEquals(
          "The museum opened its east wing in May 1931. The same day the city founded the museum"
              + " society, which still runs it.",
          service.candidates("When was the museum society founded?").getFirst().quote(),
          "\"the same day\" says when, with the sentence before it, better than the society's other"
              + " year");
    }
    try (AnswerService service = OneSource.open(folder.resolve("ko"), "foundation", SAME_DAY_KO)) {
      assertEquals(
          "쿠버네티스 1.0은 2015년 7월 21일 포틀랜드에서 발표되었다. 같은 날 구글은 리눅스 재단과 함께 새 재단의"
              + " 설립을 발표하고, 쿠버네티스를 그 재단의 첫 기반 기술로 기증했다.",
          service.candidates("재단은 언제 설립됐어?").getFirst().quote());
      // 시기 asks for a number, and the sentence before gives it.
      Candidate first = service.candidates("재단이 설립된 시기는?").getFirst();
      assertTrue(first.quote().startsWith("쿠버네티스 1.0은 2015년 7월 21일"), first.quote());
      assertTrue(first.hit().evidence().numberAnswer(), "같은 날 answers 시기 with the date before it");
    }
  }

  @Test
  void theSentenceBeforeTellsTheTimeEvenWhenTheNextHasMoreOfTheQuestion() throws IOException {
    // The sentence after names what the answering one leaves out (the orchestra, 배우); a
    // when-question still wants the year that the sentence before gives.
    try (AnswerService service = open(NEXT_YEAR, UNDATED)) {
      String quote = service.candidates("When did the orchestra tour Europe?").getFirst().quote();
      assertTrue(
          quote.startsWith(
              "The orchestra gave its first concert in 1921. The next year it toured Europe."),
          quote);
    }
    try (AnswerService service = OneSource.open(folder.resolve("ko"), "actor", SAME_YEAR_KO)) {
      String quote = service.candidates("그 배우가 드라마 오디션을 본 해는?").getFirst().quote();
      assertTrue(quote.startsWith("그는 2003년 라면 광고로 데뷔했다. 같은 해 10월 드라마 오디션을 치렀다."), quote);
    }
  }

  @Test
  void aSentenceThatSaysTheTimeOfSomethingElseDoesNotAnswerForItsParagraph() throws IOException {
    String question = "When was the Greywick lighthouse closed?";
    try (AnswerService service = open(ANOTHER_TIME, UNDATED)) {
      assertEquals(
          "The Greywick lighthouse was closed once its last keepers had gone.",
          service.candidates(question).getFirst().quote(),
          "the board's founding year says nothing of when the lighthouse closed");
    }
    try (AnswerService service =
        OneSource.open(folder.resolve("two"), "coast", ANOTHER_TIME, ITS_TIME)) {
      assertEquals(ITS_TIME, service.candidates(question).getFirst().quote());
    }
  }
}
