package dev.gwanyong.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of number a question word asks for, and so which sentences answer it: 비율 and percentage
 * a percentage (78%, 78 퍼센트), 연도 and year a year (2014, 1990년대), 수치 and number any number. A
 * version number (Apache 2.0) or a count is no answer to "몇 퍼센트", nor a duration (6년 만에) to "몇 년도".
 */
public enum NumberCue {
  /** The word asks for no number. */
  NONE(null),
  /** Any number written in digits. */
  ANY(Pattern.compile("\\d")),
  /** A number followed by a percent sign or word. */
  PERCENTAGE(Pattern.compile("\\d\\s*(?:%|퍼센트|프로|per\\s?cent)", Pattern.CASE_INSENSITIVE)),
  /** Four digits that may be a year, not part of a longer or decimal number. */
  YEAR(Pattern.compile("(?<![\\d.,])[12]\\d{3}(?![\\d.,]\\d)"));

  /** What a number of this kind looks like; none for {@link #NONE}. */
  private final Pattern answer;

  NumberCue(Pattern answer) {
    this.answer = answer;
  }

  /** Whether the word asks for a number at all. */
  public boolean asks() {
    return answer != null;
  }

  /**
   * Whether a sentence that tells its time by the sentence before answers the word: a year or a
   * date (any number may be one), not a percentage.
   */
  public boolean answeredByTimeBefore() {
    return this == ANY || this == YEAR;
  }

  /**
   * Whether a sentence has a number of this kind. Asked of every group of a question in every
   * candidate, so a word that asks for none costs no look at the sentence.
   */
  public boolean answeredBy(String sentence) {
    return answer != null && answer.matcher(sentence).find();
  }

  /** The term that {@link Fields#NUMBERS} holds for a text that writes a number of this kind. */
  public String term() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The {@link #term()}s of the kinds of number a text writes. */
  static List<String> termsOf(String text) {
    List<String> terms = new ArrayList<>();
    for (NumberCue cue : values()) {
      if (cue.answeredBy(text)) {
        terms.add(cue.term());
      }
    }
    return terms;
  }

  /**
   * The kind a number-cue file names after a word and a tab ({@code percentage}, {@code year});
   * {@link #ANY} when it names none.
   *
   * @throws IllegalArgumentException for any other name
   */
  static NumberCue named(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "" -> ANY;
      case "percentage" -> PERCENTAGE;
      case "year" -> YEAR;
      default ->
          throw new IllegalArgumentException(
              "unknown kind of number '"
                  + name.strip()
                  + "' (expected percentage, year or nothing)");
    };
  }
}
