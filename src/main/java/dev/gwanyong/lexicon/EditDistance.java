package dev.gwanyong.lexicon;

/**
 * Edit distance with adjacent transpositions (optimal string alignment): a swapped pair of letters
 * ("histroy") is one edit, as in Lucene's fuzzy matching. Over UTF-16 characters; the words
 * compared, letters and jamo, are all in the Basic Multilingual Plane.
 */
public final class EditDistance {

  private EditDistance() {}

  /**
   * The distance between two words: insertions, deletions, substitutions and swaps of neighbours,
   * one edit each.
   */
  public static int between(String a, String b) {
    return new Bounded(a, Math.max(a.length(), b.length())).distance(b);
  }

  /**
   * Distances from one word to many, up to a bound, for screening a dictionary: a comparison stops
   * as soon as the bound is passed and works in reused rows, so it allocates nothing.
   */
  public static final class Bounded {
    private final String word;
    private final int max;
    private final char[] buffer;
    private int[] beforeLast;
    private int[] last;
    private int[] current;

    public Bounded(String word, int max) {
      this.word = word;
      this.max = max;
      this.buffer = new char[word.length() + max];
      this.beforeLast = new int[word.length() + 1];
      this.last = new int[word.length() + 1];
      this.current = new int[word.length() + 1];
    }

    /** The distance to another word, or one more than the bound when it is farther. */
    public int distance(String other) {
      if (other.length() > buffer.length) {
        return max + 1;
      }
      other.getChars(0, other.length(), buffer, 0);
      return distance(buffer, other.length());
    }

    /**
     * The distance to the first {@code length} characters of {@code other}, or one more than the
     * bound.
     */
    int distance(char[] other, int length) {
      int n = word.length();
      if (Math.abs(length - n) > max) {
        return max + 1;
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
          if (i > 1
              && j > 1
              && other[i - 1] == word.charAt(j - 2)
              && other[i - 2] == word.charAt(j - 1)) {
            d = Math.min(d, beforeLast[j - 2] + 1);
          }
          current[j] = d;
          best = Math.min(best, d);
        }
        if (best > max) {
          return max + 1;
        }
        int[] recycled = beforeLast;
        beforeLast = last;
        last = current;
        current = recycled;
      }
      return Math.min(last[n], max + 1);
    }
  }
}
