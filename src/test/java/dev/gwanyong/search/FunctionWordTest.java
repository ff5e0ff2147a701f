package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * English function words the lexicon does not translate (under, against) are no question words:
 * searched by their sound alone they would find loanwords (언더그라운드), and a Korean passage never says
 * them. One it translates (before, 전) still is.
 */
class FunctionWordTest {

  /** Written for this test. */
  private static final String ELECTION =
      """
      ---
      id: election
      title: 선거 이야기
      lang: ko
      licence: written for the Gwanyong tests
      ---
      그는 전쟁 전에 무소속 후보로 선거에 나섰다.
      언더그라운드 밴드가 선거 전날 공연했다.
      """;

  @RegisterExtension
  static final SharedIndex index = SharedIndex.of(Map.of("election.txt", ELECTION));

  @Test
  void aPrepositionTheLexiconLacksIsNoQuestionWord() {
    Hit with =
        index
            .retriever()
            .retrieve("Which candidate ran in the election under no party?", 1)
            .hits()
            .getFirst();
    Hit without =
        index
            .retriever()
            .retrieve("Which candidate ran in the election, no party?", 1)
            .hits()
            .getFirst();
    assertEquals(without.evidence().groups(), with.evidence().groups());
    assertEquals(without.passageId(), with.passageId());
  }

  @Test
  void aFunctionWordTheLexiconTranslatesStaysAQuestionWord() {
    int groups =
        index.retriever().retrieve("war election", 1).hits().getFirst().evidence().groups();
    assertEquals(
        groups + 1,
        index.retriever().retrieve("war before election", 1).hits().getFirst().evidence().groups());
  }
}
