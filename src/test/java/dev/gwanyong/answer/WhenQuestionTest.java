package dev.gwanyong.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question that asks when is answered by a sentence that says a time: a paragraph that says none comes after one
 * that does, one that says only how long after one that says the date, and within a paragraph the sentence that says
 * it is quoted.
 */
class WhenQuestionTest {

  private static final String UNDATED =
      "The harbour board installed the lighthouse lantern, and the board praised how the installed lantern shone.";
  private static final String DATED = "Keepers lit the lighthouse lantern for the first time in 1898.";
  private static final String DATED_NEIGHBOUR =
      "The harbour board installed a second lantern at the lighthouse. Work on it ended in March 1902.";

  private static final String HOW_LONG_AFTER = "쿠버네티스는 출시 6년 만에 최강자가 되었다.";
  private static final String WHEN =
      "구글이 만든 쿠버네티스는 2014년 6월 샌프란시스코의 한 행사에서 처음 출시되었고 여러 회사가 곧 합류했다.";

  @TempDir Path folder;

  private AnswerService open(String... paragraphs) throws IOException {
    return OneSource.open(folder, "lighthouses", paragraphs);
  }

  @Test
  void aParagraphThatSaysNoTimeComesAfterOneThatDoes() throws IOException {
    try (AnswerService service = open(UNDATED, DATED)) {
      assertEquals(UNDATED, service.candidates("Who installed the lighthouse lantern?").getFirst().quote(),
          "the sentence with more of the question comes first when no time is asked for");
      assertEquals(DATED, service.candidates("When was the lighthouse lantern installed?").getFirst().quote());
    }
  }

  @Test
  void withinAParagraphTheSentenceThatSaysWhenIsQuoted() throws IOException {
    try (AnswerService service = open(DATED_NEIGHBOUR, UNDATED)) {
      Candidate first = service.candidates("When did the harbour board install the second lantern?").getFirst();
      assertEquals("Work on it ended in March 1902.",
          first.hit().paragraphText().substring(first.hit().start(), first.hit().end()));
      assertEquals(DATED_NEIGHBOUR, first.quote(), "with the sentence its \"it\" points back to");
    }
  }

  @Test
  void aParagraphThatSaysHowLongComesAfterOneThatSaysWhen() throws IOException {
    try (AnswerService service = open(HOW_LONG_AFTER, WHEN)) {
      assertEquals(HOW_LONG_AFTER, service.candidates("쿠버네티스는 출시 몇 년 만에 최강자가 되었어?").getFirst().quote(),
          "a span answers how many years");
      assertEquals(WHEN, service.candidates("쿠버네티스는 언제 출시됐어?").getFirst().quote(),
          "\"6년 만에\" (six years after) says how long, not when");
    }
  }
}
