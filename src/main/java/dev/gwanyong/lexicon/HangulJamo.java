package dev.gwanyong.lexicon;

import dev.gwanyong.index.HangulSyllables;
import java.util.List;

/**
 * The jamo {@link HangulSpelling} writes with: the initial consonant of each English consonant
 * phoneme, the vowels a glide merges into, and the composition of (initial, medial, final) jamo
 * into Hangul syllables.
 */
final class HangulJamo {

  /** No final consonant, or no pending onset or glide. */
  static final char NONE = ' ';

  /** The initial ㅇ of a syllable that starts with its vowel. */
  static final char SILENT = 'ㅇ';

  private static final String MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
  private static final String FINALS = NONE + "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";
  private static final String Y_VOWELS = "ㅑㅒㅕㅖㅛㅠ";
  private static final String PLAIN_VOWELS = "ㅏㅐㅓㅔㅗㅜ";

  private HangulJamo() {}

  /**
   * Syllables of (initial, medial, final) compatibility jamo, the final {@link #NONE} when there is
   * none.
   */
  static String compose(List<char[]> syllables) {
    StringBuilder hangul = new StringBuilder();
    for (char[] s : syllables) {
      int initial = HangulSyllables.INITIAL_JAMO.indexOf(s[0]);
      int medial = MEDIALS.indexOf(s[1]);
      int last = FINALS.indexOf(s[2]);
      hangul.append(HangulSyllables.compose(initial, medial, last));
    }
    return hangul.toString();
  }

  /**
   * The vowel with a glide before it, {@code 'y'} or {@code 'w'} (야, 워, 위…); the vowel itself for
   * no glide.
   */
  static char withGlide(char vowel, char glide) {
    return switch (glide) {
      case 'y' -> {
        int plain = PLAIN_VOWELS.indexOf(vowel);
        yield plain >= 0 ? Y_VOWELS.charAt(plain) : vowel;
      }
      case 'w' ->
          switch (vowel) {
            case 'ㅏ' -> 'ㅘ';
            case 'ㅐ' -> 'ㅙ';
            case 'ㅓ', 'ㅗ' -> 'ㅝ'; // [wə], [wɔ] and [wou] are all 워 (제9항 1)
            case 'ㅔ' -> 'ㅞ';
            case 'ㅣ' -> 'ㅟ';
            default -> vowel;
          };
      default -> vowel;
    };
  }

  /** A y-vowel without its y (ㅑ → ㅏ); any other vowel as it is. */
  static char withoutY(char vowel) {
    int glided = Y_VOWELS.indexOf(vowel);
    return glided >= 0 ? PLAIN_VOWELS.charAt(glided) : vowel;
  }

  /**
   * The initial consonant an English consonant phoneme is written with (f as ㅍ, v as ㅂ, θ as ㅅ, ð
   * as ㄷ).
   */
  static char initial(String phone) {
    return switch (phone) {
      case "P", "F" -> 'ㅍ';
      case "B", "V" -> 'ㅂ';
      case "T" -> 'ㅌ';
      case "D", "DH" -> 'ㄷ';
      case "K" -> 'ㅋ';
      case "G" -> 'ㄱ';
      case "S", "TH" -> 'ㅅ';
      case "Z", "JH", "ZH" -> 'ㅈ';
      case "CH" -> 'ㅊ';
      case "M" -> 'ㅁ';
      case "N" -> 'ㄴ';
      case "L", "R" -> 'ㄹ';
      case "HH" -> 'ㅎ';
      default -> SILENT;
    };
  }
}
