package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A verb's phrase with a particle (get up, 일어나다) translates the verb only where the question writes
 * the particle: "get to Boston" is not "get up in Boston".
 */
class PhrasalVerbTest {

  /** Written for this test. */
  private static final String DAY =
      """
      ---
      id: day
      title: 하루
      lang: ko
      licence: written for the Gwanyong tests
      ---
      그는 보스턴에서 일찍 일어났다.
      """;

  @RegisterExtension static final SharedIndex index = SharedIndex.of(Map.of("day.txt", DAY));

  private static Evidence evidence(String question) {
    return index.retriever().retrieve(question, 1).hits().getFirst().evidence();
  }

  @Test
  void theParticleBringsThePhrasesTranslation() {
    Evidence upEarly = evidence("Did he get up early in Boston?");
    assertEquals(3, upEarly.groups(), "get, early, Boston");
    assertEquals(3, upEarly.groupsFound());
  }

  @Test
  void withoutItTheVerbIsOnlyItself() {
    Evidence toBoston = evidence("Did he get to Boston early?");
    assertEquals(3, toBoston.groups(), "get, Boston, early");
    assertEquals(2, toBoston.groupsFound(), "일어났다 is get up, not get to");
  }
}
