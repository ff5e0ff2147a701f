package dev.gwanyong.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Readings of a dictionary pronunciation that conventional Korean spellings follow where the
 * American dictionary differs from the British pronunciation the loanword rules were written for,
 * or where the spelling wins over the sound:
 *
 * <ul>
 *   <li>a syllabic l or n: the dictionary writes [əl] and [ən] where British dictionaries write
 *       [l̩] and [n̩], and the rules' own example apple is 애플, not 애펄 (curtain 커튼, open 오픈);
 *   <li>a final [z] written s is 스, as in 뉴스 and 제임스, where the rules write [z] as 즈 (재즈).
 * </ul>
 */
final class PronunciationVariants {

  /**
   * Consonants a syllabic n follows: it is only heard after a stop or a fricative (button, seven,
   * listen).
   */
  private static final Set<String> BEFORE_SYLLABIC_N =
      Set.of("P", "B", "T", "D", "K", "G", "F", "V", "S", "Z", "TH", "DH", "SH", "ZH");

  /** Consonants a syllabic l does not follow (channel 채널, not 채늘). */
  private static final Set<String> NOT_BEFORE_SYLLABIC_L =
      Set.of("L", "R", "M", "N", "NG", "W", "Y", "HH");

  private PronunciationVariants() {}

  /** The pronunciation itself first, then its variants, each once. */
  static List<List<String>> of(String word, List<String> phones) {
    Set<List<String>> variants = new LinkedHashSet<>();
    variants.add(phones);
    List<String> syllabic = syllabic(phones);
    variants.add(syllabic);
    if (word.endsWith("s")) {
      variants.add(finalSAsWritten(phones));
      variants.add(finalSAsWritten(syllabic));
    }
    return List.copyOf(variants);
  }

  /** The pronunciation with each [əl] or [ən] between a consonant and no vowel read as syllabic. */
  private static List<String> syllabic(List<String> phones) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < phones.size(); i++) {
      String before = i > 0 ? phones.get(i - 1) : "";
      String after = i + 1 < phones.size() ? phones.get(i + 1) : "";
      boolean noVowelAfter = i + 2 >= phones.size() || !HangulSpelling.isVowel(phones.get(i + 2));
      boolean syllabicL =
          after.equals("L")
              && !before.isEmpty()
              && !HangulSpelling.isVowel(before)
              && !NOT_BEFORE_SYLLABIC_L.contains(before);
      boolean syllabicN = after.equals("N") && BEFORE_SYLLABIC_N.contains(before);
      if (!(phones.get(i).equals("AH") && noVowelAfter && (syllabicL || syllabicN))) {
        out.add(phones.get(i));
      }
    }
    return List.copyOf(out);
  }

  /** A final [z] read as the s it is written with. */
  private static List<String> finalSAsWritten(List<String> phones) {
    if (phones.isEmpty() || !phones.getLast().equals("Z")) {
      return phones;
    }
    List<String> out = new ArrayList<>(phones);
    out.set(out.size() - 1, "S");
    return List.copyOf(out);
  }
}
