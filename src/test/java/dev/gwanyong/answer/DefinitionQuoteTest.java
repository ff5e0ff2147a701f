package dev.gwanyong.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question for what a term is or stands for quotes the sentence of its paragraph that introduces
 * the term, not one that only uses it, even where that one writes it more often.
 */
class DefinitionQuoteTest {

  private static final String INTRODUCES =
      "In 2019 the rowing club renamed its regatta Zorbex, short for Zone Orbit" + " Exchange.";
  private static final String USES =
      "Zorbex later moved to the lake, and the Zorbex committee still runs Zorbex Day.";

  @TempDir Path folder;

  @Test
  void aTermAskedAloneIsQuotedFromTheSentenceThatIntroducesIt() throws IOException {
    try (AnswerService service = OneSource.open(folder, "regatta", INTRODUCES + " " + USES)) {
      assertEquals(
          INTRODUCES, service.candidates("What does Zorbex stand for?").getFirst().quote());
      assertEquals(INTRODUCES, service.candidates("Zorbex?").getFirst().quote());
    }
  }
}
