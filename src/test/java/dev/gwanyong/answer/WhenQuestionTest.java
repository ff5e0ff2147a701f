package dev.gwanyong.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question that asks when is answered by a sentence that says a time: a paragraph that says none comes after one
 * that does, and within a paragraph the sentence that says it is quoted.
 */
class WhenQuestionTest {

  private static final String UNDATED =
      "The harbour board installed the lighthouse lantern, and the board praised how the installed lantern shone.";
  private static final String DATED = "Keepers lit the lighthouse lantern for the first time in 1898.";
  private static final String DATED_NEIGHBOUR =
      "The harbour board installed a second lantern at the lighthouse. Work on it ended in March 1902.";

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
}
