package dev.gwanyong.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gwanyong.search.Hit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sentence found only through a phrase's head says the head, not the phrase: 기술감독위원회 matched
 * "steering committee" through 위원회, committee, and a gloss that read "위원 회 = steering committee"
 * claimed more than it found.
 */
class PhraseHeadGlossTest {

  private static final String OVERSIGHT = "기술감독위원회는 2016년에 쿠버네티스를 첫 프로젝트로 승인했다.";
  private static final String STEERING = "운영위원회(Steering Committee)는 모두 일곱 명이다.";

  @TempDir Path folder;

  @Test
  void aSentenceWithOnlyThePhrasesHeadStandsForTheHead() throws IOException {
    try (AnswerService service = OneSource.open(folder, "governance", OVERSIGHT, STEERING)) {
      List<Candidate> candidates =
          service.candidates("How many members does the steering committee have?");
      assertEquals("committee", askedAs(candidates, OVERSIGHT).get("위원"));
      assertEquals(
          "steering committee",
          askedAs(candidates, STEERING).get("위원"),
          "where the whole phrase is found, its head's terms stand for the phrase");
    }
  }

  /**
   * What each matched term of the candidate quoting {@code sentence} stands for in the question.
   */
  private static Map<String, String> askedAs(List<Candidate> candidates, String sentence) {
    Hit hit =
        candidates.stream()
            .map(Candidate::hit)
            .filter(h -> h.sentenceText().equals(sentence))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no candidate quotes " + sentence));
    return hit.matches().stream()
        .collect(Collectors.toMap(Hit.Match::term, Hit.Match::questionWord, (a, b) -> a));
  }
}
