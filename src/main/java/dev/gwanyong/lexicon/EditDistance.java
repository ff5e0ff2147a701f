package dev.gwanyong.lexicon;

/**
 * Edit distance with adjacent transpositions (optimal string alignment), over code points: a swapped pair of letters
 * ("histroy") is one edit, as in Lucene's fuzzy matching.
 */
final class EditDistance {

  private EditDistance() {}

  static int between(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int[][] d = new int[x.length + 1][y.length + 1];
    for (int i = 0; i <= x.length; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= y.length; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= x.length; i++) {
      for (int j = 1; j <= y.length; j++) {
        int cost = x[i - 1] == y[j - 1] ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[x.length][y.length];
  }

  /**
   * Distances from one word to many words of a dictionary, for screening them: up to a bound, stopping as soon as it
   * is passed, over reused rows, so a comparison allocates nothing. Characters, not code points: for English words.
   */
  static final class Bounded {
    private final String word;
    private final int max;
    private int[] beforeLast;
    private int[] last;
    private int[] current;
    private char[] buffer;

    Bounded(String word, int max) {
      this.word = word;
      this.max = max;
      this.beforeLast = new int[word.length() + 1];
      this.last = new int[word.length() + 1];
      this.current = new int[word.length() + 1];
      this.buffer = new char[word.length() + max];
    }

    /** Whether a word is within the bound. */
    boolean within(String other) {
      if (other.length() > buffer.length) {
        return false;
      }
      other.getChars(0, other.length(), buffer, 0);
      return within(buffer, other.length());
    }

    /** Whether the first {@code length} characters of {@code other} are within the bound. */
    boolean within(char[] other, int length) {
      int n = word.length();
      if (Math.abs(length - n) > max) {
        return false;
      }
      for (int j = 0; j <= n; j++) {
        last[j] = j;
      }
      for (int i = 1; i <= length; i++) {
        current[0] = i;
        int best = i;
        for (int j = 1; j <= n; j++) {
          int cost = other[i - 1] == word.charAt(j - 1) ? 0 : 1;
          int d = Math.min(Math.min(last[j] + 1, current[j - 1] + 1), last[j - 1] + cost);
          if (i > 1 && j > 1 && other[i - 1] == word.charAt(j - 2) && other[i - 2] == word.charAt(j - 1)) {
            d = Math.min(d, beforeLast[j - 2] + 1);
          }
          current[j] = d;
          best = Math.min(best, d);
        }
        if (best > max) {
          return false;
        }
        int[] recycled = beforeLast;
        beforeLast = last;
        last = current;
        current = recycled;
      }
      return last[n] <= max;
    }
  }
}
