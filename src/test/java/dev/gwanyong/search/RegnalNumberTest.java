package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.index.Analysis;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Roman numeral after a name is the number Korean text writes (Louis XV, 루이 15세; World War II,
 * 제2차 세계 대전), and so is an ordinal in digits (the 16th presidential election, 제16대 대통령 선거).
 */
class RegnalNumberTest {

  /** Written for this test. */
  private static final String KINGS =
      """
      ---
      id: kings
      title: 프랑스의 왕들
      lang: ko
      licence: written for the Gwanyong tests
      ---
      루이 15세는 천연두에 걸려 세상을 떠났다.
      루이 16세는 혁명 중에 처형되어 세상을 떠났다.
      제2차 세계 대전은 1945년에 끝났다.
      제15대 대통령 선거는 1997년에 치러졌다.
      제16대 대통령 선거는 2002년에 치러졌다.
      """;

  @RegisterExtension static final SharedIndex index = SharedIndex.of(Map.of("kings.txt", KINGS));

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          How did Louis XV die?      | 루이 15세
          How did Louis XVI die?     | 루이 16세
          When was the 16th presidential election held? | 제16대
          When was the 15th presidential election held? | 제15대
          """)
  void theNumberFindsWhatKoreanTextNumbers(String question, String numbered) {
    Hit first = index.retriever().retrieve(question, 3).hits().getFirst();
    assertTrue(first.sentenceText().startsWith(numbered), question + " -> " + first.sentenceText());
  }

  @Test
  void anOrdinalInDigitsReadsAsItsNumber() {
    assertEquals(Optional.of("17"), LatinNumbers.ordinalNumber("17th"));
    assertEquals(Optional.of("21"), LatinNumbers.ordinalNumber("21st"));
    assertEquals(Optional.of("2"), LatinNumbers.ordinalNumber("2ND"));
    assertEquals(Optional.empty(), LatinNumbers.ordinalNumber("17"));
    assertEquals(Optional.empty(), LatinNumbers.ordinalNumber("4th-century"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Louis XV          | XV    | 15
          Henry VIII        | VIII  | 8
          World War II      | II    | 2
          Pope John XXIII   | XXIII | 23
          Malcolm X         | X     |
          Can I go?         | I     |
          the XV of them    | XV    |
          Louis IIII        | IIII  |
          Size XL           | XL    |
          """)
  void aNumeralAfterANameReadsAsItsNumber(String text, String numeral, String number) {
    int start = text.indexOf(numeral);
    Optional<String> read =
        LatinNumbers.regnalNumber(
            text, new Analysis.TermSpan(numeral.toLowerCase(), start, start + numeral.length()));
    assertEquals(Optional.ofNullable(number), read, text);
  }
}
