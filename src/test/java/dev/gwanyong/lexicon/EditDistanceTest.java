package dev.gwanyong.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Edit distance with swaps as one edit, and its bounded form for screening a dictionary. */
class EditDistanceTest {

  @Test
  void aSwapIsOneEditAsADropAnAddOrAReplacementIs() {
    assertEquals(1, EditDistance.between("history", "histroy"));
    assertEquals(1, EditDistance.between("founded", "foundd"));
    assertEquals(1, EditDistance.between("found", "foundd"));
    assertEquals(1, EditDistance.between("point", "poine"));
    assertEquals(2, EditDistance.between("kubernetes", "kubrentes"));
    assertEquals(0, EditDistance.between("same", "same"));
  }

  @Test
  void theBoundedFormAgreesWithTheDistanceOnRandomWords() {
    Random random = new Random(42);
    for (int n = 0; n < 20_000; n++) {
      String word = randomWord(random);
      String other = randomWord(random);
      int max = 1 + random.nextInt(2);
      assertEquals(EditDistance.between(word, other) <= max, new EditDistance.Bounded(word, max).within(other),
          word + " / " + other + " within " + max);
    }
  }

  @Test
  void oneBoundedInstanceServesManyWordsOfAnyLength() {
    EditDistance.Bounded within = new EditDistance.Bounded("train", 1);
    assertTrue(within.within("trrain"));
    assertFalse(within.within("terrains"), "two edits");
    assertTrue(within.within("rain"));
    assertFalse(within.within("a-much-longer-word-than-the-buffer"));
    char[] key = "trainXYZ".toCharArray();
    assertTrue(within.within(key, 5), "only the first characters count");
    assertTrue(within.within("train"), "the rows are reset between words");
  }

  /** A short word over a small alphabet, so that near words are common. */
  private static String randomWord(Random random) {
    StringBuilder word = new StringBuilder();
    for (int i = 1 + random.nextInt(7); i > 0; i--) {
      word.append((char) ('a' + random.nextInt(4)));
    }
    return word.toString();
  }
}
