package dev.gwanyong.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
  void bothFormsAgreeWithTheTextbookMatrixOnRandomWords() {
    Random random = new Random(42);
    for (int n = 0; n < 20_000; n++) {
      String word = randomWord(random);
      String other = randomWord(random);
      int max = 1 + random.nextInt(2);
      int distance = textbook(word, other);
      assertEquals(distance, EditDistance.between(word, other), word + " / " + other);
      assertEquals(
          Math.min(distance, max + 1),
          new EditDistance.Bounded(word, max).distance(other),
          word + " / " + other + " within " + max);
    }
  }

  @Test
  void oneBoundedInstanceServesManyWordsOfAnyLength() {
    EditDistance.Bounded within = new EditDistance.Bounded("train", 1);
    assertEquals(1, within.distance("trrain"));
    assertEquals(2, within.distance("terrains"), "two edits are past the bound");
    assertEquals(1, within.distance("rain"));
    assertEquals(2, within.distance("a-much-longer-word-than-the-buffer"));
    char[] key = "trainXYZ".toCharArray();
    assertEquals(0, within.distance(key, 5), "only the first characters count");
    assertEquals(0, within.distance("train"), "the rows are reset between words");
  }

  /** Optimal string alignment distance over the whole matrix, as a reference. */
  private static int textbook(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
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
