package dev.gwanyong.lexicon;

import dev.gwanyong.index.Analysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text's words as written, in lower case, stop words included: English analysis drops the
 * particle of get up and the to of ability to judge, so a lexicon phrase with such words is found
 * only where the question writes them around the words analysis keeps. Lexicon entries and
 * questions are split the same way.
 */
public final class WrittenWords {

  /** Letters and digits, with the apostrophes inside a word (I'll, don't). */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");

  private final List<String> words;
  private final int[] ends;

  private WrittenWords(List<String> words, int[] ends) {
    this.words = words;
    this.ends = ends;
  }

  /**
   * A word without its possessive ending, which is the name's: Tom's house is 톰의 집, Joseon's king
   * 조선의 왕.
   */
  public static String withoutPossessive(String word) {
    // Read character by character, not by a regex: every English word of every question comes here,
    // and a matcher was allocated for each.
    int n = word.length();
    boolean possessive =
        n >= 3
            && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S')
            && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '’');
    return possessive ? word.substring(0, n - 2) : word;
  }

  public static WrittenWords of(String text) {
    List<String> words = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      words.add(word.group().toLowerCase(Locale.ROOT));
      ends.add(word.end());
    }
    return new WrittenWords(
        List.copyOf(words), ends.stream().mapToInt(Integer::intValue).toArray());
  }

  int size() {
    return words.size();
  }

  List<String> all() {
    return words;
  }

  /** The word at an index, or "" past either end. */
  String word(int index) {
    return index >= 0 && index < words.size() ? words.get(index) : "";
  }

  boolean is(int index, String word) {
    return word(index).equals(word);
  }

  /** The index of the word each term was read from. */
  List<Integer> wordsOf(List<Analysis.TermSpan> terms) {
    List<Integer> indexes = new ArrayList<>(terms.size());
    for (Analysis.TermSpan term : terms) {
      int index = 0;
      while (index < ends.length - 1 && ends[index] <= term.start()) {
        index++;
      }
      indexes.add(index);
    }
    return indexes;
  }
}
