package dev.gwanyong.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** English words as written: a possessive's ending belongs to the name, not to the word. */
class WrittenWordsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Tom's   | Tom
          Joseon’s | Joseon
          CNCF'S  | CNCF
          """)
  void aPossessiveEndingWithEitherApostropheIsTakenOff(String word, String name) {
    assertEquals(name, WrittenWords.withoutPossessive(word));
  }

  @ParameterizedTest
  @ValueSource(strings = {"'s", "its", "Tom's.", "I'll"})
  void aWordThatOnlyEndsLikeOneIsKept(String word) {
    assertEquals(word, WrittenWords.withoutPossessive(word));
  }
}
