package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name asked in words is found where a text writes only its initials (benevolent dictator for
 * life, BDFL).
 */
class InitialsTest {

  /** Written for this test. */
  private static final String GOVERNANCE =
      """
      ---
      id: governance
      title: 프로젝트 운영
      lang: ko
      licence: written for the Gwanyong tests
      ---
      BDFL 모델에서는 창시자가 모든 결정을 내린다.
      독재 정권은 오래가지 못했다.
      TOC는 새 프로젝트의 승격을 투표로 정한다.
      위원회는 매달 회의를 연다.
      """;

  @RegisterExtension
  static final SharedIndex index = SharedIndex.of(Map.of("governance.txt", GOVERNANCE));

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          What is a benevolent dictator for life?   | BDFL
          What is the Technical Oversight Committee? | TOC
          """)
  void aNameAskedInWordsFindsItsInitials(String question, String initials) {
    Hit first = index.retriever().retrieve(question, 3).hits().getFirst();
    assertTrue(first.sentenceText().startsWith(initials), question + " -> " + first.sentenceText());
  }
}
