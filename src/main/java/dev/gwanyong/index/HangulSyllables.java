package dev.gwanyong.index;

/**
 * Hangul syllables as Unicode lays them out: each is an initial, a medial and a final jamo (or
 * none), by index, in one block from 가 to 힣. The one place that takes syllables apart and puts them
 * together.
 */
public final class HangulSyllables {

  public static final int INITIALS = 19;

  /**
   * The initial consonants in their order, as compatibility jamo: {@code
   * INITIAL_JAMO.charAt(initial(s))}.
   */
  public static final String INITIAL_JAMO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";

  public static final int MEDIALS = 21;

  /** The 27 final consonants and, first, none. */
  public static final int FINALS = 28;

  /** Final consonants by index, those other classes turn on: ㄴ, ㄷ, ㄹ, ㅂ, ㅅ. */
  public static final int FINAL_NIEUN = 4;

  public static final int FINAL_TIKEUT = 7;
  public static final int FINAL_RIEUL = 8;
  public static final int FINAL_PIEUP = 17;
  public static final int FINAL_SIOS = 19;

  static final char FIRST = '\uAC00';
  static final char LAST = '\uD7A3';

  private HangulSyllables() {}

  public static boolean isSyllable(int c) {
    return c >= FIRST && c <= LAST;
  }

  /**
   * Whether a word is written in Hangul syllables only. A loop, not a stream: asked of every word a
   * build analyses, the stream's objects were 23 of the 811 MB a KorQuAD build allocated.
   */
  static boolean isSyllables(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!isSyllable(word.charAt(i))) {
        return false;
      }
    }
    return !word.isEmpty();
  }

  /**
   * Whether the text has a Hangul syllable: a loop, as it is asked of every term a build indexes.
   */
  static boolean containsSyllable(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isSyllable(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The index of a syllable's initial consonant, from 0 (ㄱ). */
  public static int initial(char syllable) {
    return (syllable - FIRST) / (MEDIALS * FINALS);
  }

  /** The index of a syllable's vowel, from 0 (ㅏ). */
  public static int medial(char syllable) {
    return (syllable - FIRST) / FINALS % MEDIALS;
  }

  /** The index of a syllable's final consonant, from 1 (ㄱ); 0 when it has none. */
  public static int last(char syllable) {
    return (syllable - FIRST) % FINALS;
  }

  /** The syllable of an initial, a medial and a final, by index (0 for no final). */
  public static char compose(int initial, int medial, int last) {
    return (char) (FIRST + (initial * MEDIALS + medial) * FINALS + last);
  }
}
