package dev.gwanyong.search;

import java.util.regex.Pattern;

/**
 * Whether a text says something is not so, read from its surface: the analysis drops the words that negate (they are
 * stop words, and Nori tags 않다 and 아니다 as auxiliaries and copulas), yet "I like eggs" does not answer "I don't
 * like eggs", and 일자리가 없다 does not say there are few jobs. One text is read either way; a question and a sentence
 * that differ are a reason to doubt the sentence. The patterns are the closed class of negators: English not, n't,
 * no, never and their kin; Korean 않다, 없다, 못, 아니다, 모르다, a prohibition's -지 마/말, and 안 standing before its
 * verb.
 */
final class Negation {

  // Grouped by first letter, so that most positions fail at once: it is read in every candidate sentence.
  private static final Pattern ENGLISH =
      Pattern.compile(
          "\\b(?:n(?:ot|o|ever|obody|othing|one|owhere|or|either)|cannot|without)\\b|n['’]t\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern KOREAN =
      Pattern.compile("[않없못]|아니(?!면)|아냐|아닌|아닙|모르|몰[라랐]|지\\s?[마말]|(?:^|\\s)안(?:\\s|[되돼해했가와])");

  private Negation() {}

  static boolean negates(String text) {
    return ENGLISH.matcher(text).find() || KOREAN.matcher(text).find();
  }
}
