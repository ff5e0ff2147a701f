package dev.gwanyong.index;

import java.util.HashSet;
import java.util.Set;

/**
 * The numbers a text writes. A number the sentence lacks only counts as a missing word, yet a
 * sentence that writes other numbers (내 생일은 11월 10일이다 for "born on October 10, 1972") says
 * something else ({@code numbers_clash} in the answer model). The digits are scanned for only when
 * the question writes any.
 */
public final class WrittenNumbers {

  private WrittenNumbers() {}

  /**
   * Whether the sentence writes numbers and lacks one of the question's ({@link #numbers}) that its
   * paragraph does not write either: a year the sentence before gives ("In the 2021 survey… Data
   * from SlashData in the same report counted 5.6 million") is context, not another date. Read only
   * for a question that writes any, as most do not.
   */
  public static boolean numbersClash(
      Set<String> questionNumbers, String sentence, String paragraph) {
    if (questionNumbers.isEmpty()) {
      return false;
    }
    Set<String> written = numbers(sentence);
    // The paragraph holds the sentence, so it is read only when the sentence lacks a number, as few
    // do.
    return !written.isEmpty()
        && !written.containsAll(questionNumbers)
        && !numbers(paragraph).containsAll(questionNumbers);
  }

  /**
   * The runs of digits in a text (1972; the 1 and 0 of 1.0), also where a word goes on after them
   * (10월, 1990s), but not those a Latin letter comes just before: they are part of a name (k8s,
   * EC2, log4j), not a number.
   */
  public static Set<String> numbers(String text) {
    Set<String> numbers = new HashSet<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean digit = i < text.length() && Character.isDigit(text.charAt(i));
      if (digit && start < 0) {
        start = i;
      } else if (!digit && start >= 0) {
        if (start == 0 || !isLatinLetter(text.charAt(start - 1))) {
          numbers.add(text.substring(start, i));
        }
        start = -1;
      }
    }
    return numbers;
  }

  private static boolean isLatinLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
