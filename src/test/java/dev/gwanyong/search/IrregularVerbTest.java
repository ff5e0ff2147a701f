package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A verb whose stem Nori's dictionary also spells as an irregular verb's (쓰-, and 쓸- "sweep"
 * without its ㄹ) is found in all its forms, and through its English translation.
 */
class IrregularVerbTest {

  /** Written for this test. */
  private static final String TEAMS =
      """
      ---
      id: teams
      title: 팀 이야기
      lang: ko
      licence: written for the Gwanyong tests
      ---
      우리 팀은 작년부터 쿠버네티스를 쓰고 있다.
      그 회사는 지금도 도커 스웜을 쓴다.
      관리인이 마당을 빗자루로 쓸고 갔다.
      """;

  @RegisterExtension static final SharedIndex index = SharedIndex.of(Map.of("teams.txt", TEAMS));

  private static Hit first(String question) {
    return index.retriever().retrieve(question, 1).hits().getFirst();
  }

  @Test
  void aVerbWrittenAsTwoCouldBeIsSoughtAsBoth() {
    // 쓰는 is both 쓸- with its ㄹ dropped and 쓰-; the passage says 쓰고, which only 쓰- is.
    Hit hit = first("쿠버네티스를 쓰는 팀은?");
    assertEquals(1, hit.paragraph());
    assertEquals(hit.evidence().groups(), hit.evidence().groupsFound());
  }

  @Test
  void aVerbsEnglishTranslationFindsItInTheFormsNoriReadsAsWritten() {
    // The lexicon's 쓰다 for use is read as 쓰다, as 쓴다 is, not as 쓸다.
    Hit hit = first("Which company uses Docker Swarm?");
    assertEquals(2, hit.paragraph());
    assertEquals(hit.evidence().groups(), hit.evidence().groupsFound());
  }
}
