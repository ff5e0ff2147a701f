package dev.gwanyong.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** English words as written: a possessive's ending belongs to the name, not to the word. */
class WrittenWordsTest {

  @Test
  void aPossessiveEndingWithEitherApostropheIsTakenOff() {
    assertEquals("Tom", WrittenWords.withoutPossessive("Tom's"));
    assertEquals("Joseon", WrittenWords.withoutPossessive("Joseon’s"));
    assertEquals("CNCF", WrittenWords.withoutPossessive("CNCF'S"));
  }

  @Test
  void aWordThatOnlyEndsLikeOneIsKept() {
    assertEquals("'s", WrittenWords.withoutPossessive("'s"));
    assertEquals("its", WrittenWords.withoutPossessive("its"));
    assertEquals("Tom's.", WrittenWords.withoutPossessive("Tom's."));
    assertEquals("I'll", WrittenWords.withoutPossessive("I'll"));
  }
}
