package dev.gwanyong.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.BundledCorpus;
import dev.gwanyong.config.ConfigLoader;
import dev.gwanyong.config.GwanyongConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An English question that names with a noun what its English source says with the verb (founder, was founded) is
 * answered from the same passage as the question asked with the verb, over the bundled corpus.
 */
class DerivedNounTest {

  @TempDir static Path corpus;
  @TempDir static Path data;
  private static AnswerService service;

  @BeforeAll
  static void open() {
    BundledCorpus.copyTo(corpus);
    Map<String, Object> flags = Map.of("corpus", corpus.toString(), "data", data.toString());
    GwanyongConfig config = new ConfigLoader(Map.of()).load(flags);
    service = AnswerService.open(config);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          mesosphere founder?                     | Who founded Mesosphere?
          Who were the founders of Mesosphere?    | Who founded Mesosphere?
          Who is the creator of Mesos?            | Who created Mesos?
          """)
  void aNounFindsTheSentenceThatUsesItsVerb(String withNoun, String withVerb) {
    Answer asked = service.ask(withVerb);
    Answer answer = service.ask(withNoun);
    assertTrue(asked.answered(), withVerb + " is answered");
    assertTrue(answer.answered(), withNoun + " is answered, at " + answer.confidence());
    assertEquals(asked.citations().getFirst().quote(), answer.citations().getFirst().quote());
  }
}
