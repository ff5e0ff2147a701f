package dev.gwanyong.search;

import dev.gwanyong.index.Analysis;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers a question writes in Latin script beside its words: a Roman numeral after a name (Louis
 * XV) and an ordinal in digits (17th), which Korean text writes in digits (루이 15세, 제17대).
 */
final class LatinNumbers {

  /** The Roman numerals of {@link #regnalNumber}, largest first, and their values. */
  private static final String[] NUMERALS = {"X", "IX", "V", "IV", "I"};

  private static final int[] VALUES = {10, 9, 5, 4, 1};

  private static final Pattern ORDINAL =
      Pattern.compile("(\\d+)(?:st|nd|rd|th)", Pattern.CASE_INSENSITIVE);

  /**
   * The number a Roman numeral after a name stands for (Louis XV, Henry VIII, World War II): two to
   * six of the capitals I, V and X in their usual form, for 2 to 39. A lone I or X is a pronoun or
   * a letter (Malcolm X), and the other Roman capitals spell too many abbreviations (CD, MD, XL).
   */
  static Optional<String> regnalNumber(String text, Analysis.TermSpan word) {
    String written = text.substring(word.start(), word.end());
    if (written.length() < 2 || !LatinCapitals.isCapitalisedWordBefore(text, word.start())) {
      return Optional.empty();
    }
    int value = 0;
    String rest = written;
    for (int i = 0; i < NUMERALS.length; i++) {
      while (rest.startsWith(NUMERALS[i])) {
        value += VALUES[i];
        rest = rest.substring(NUMERALS[i].length());
      }
    }
    return rest.isEmpty() && value >= 2 && value <= 39 && roman(value).equals(written)
        ? Optional.of(Integer.toString(value))
        : Optional.empty();
  }

  /**
   * The number of an ordinal written in digits (17th, 21st, 2nd), which Korean writes as 제17대,
   * 21번째, 2차.
   */
  static Optional<String> ordinalNumber(String written) {
    Matcher ordinal = ORDINAL.matcher(written);
    return ordinal.matches() ? Optional.of(ordinal.group(1)) : Optional.empty();
  }

  /** A number as Roman numerals are usually written, so that IIII or IIX is no numeral. */
  private static String roman(int value) {
    StringBuilder written = new StringBuilder();
    int rest = value;
    for (int i = 0; i < NUMERALS.length; i++) {
      for (; rest >= VALUES[i]; rest -= VALUES[i]) {
        written.append(NUMERALS[i]);
      }
    }
    return written.toString();
  }

  private LatinNumbers() {}
}
