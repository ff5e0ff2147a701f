package dev.gwanyong.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Strips the particles and light-verb endings that follow a noun in a Korean word (워크로드를,
 * 오케스트레이션하는, 서비스들에서), so that a loanword Nori does not know can still be keyed whole. Nori splits
 * such words into pieces (텔레메트리 becomes 텔레 | 메트리), which is why the transliteration field reads
 * whole words instead.
 */
public final class KoreanEndings {

  /**
   * Endings, in the order a slipped one-syllable ending is mended by ({@link #withSlippedEnding}).
   */
  private static final List<String> ENDINGS =
      List.of(
          "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도", "만", "나", "랑", "께", "들", "에서",
          "에게", "으로", "로서", "로써", "부터", "까지", "처럼", "보다", "마다", "이나", "이다", "이며", "이고", "라는", "라고",
          "이라", "였다", "입니다", "이라는", "이라고", "에게서", "으로서", "으로써", "하는", "하고", "하며", "하여", "하면", "하기",
          "해서", "했다", "한다", "합니다", "하였다", "한", "할", "된", "될", "되는", "되어", "되고", "된다", "됩니다", "시키는");

  /**
   * {@link #ENDINGS} as a set, looked up by a word's last syllables, longest first: a word's stems
   * are read for every Hangul word a build analyses, and trying each ending in turn was 4% of a
   * KorQuAD build's analysis.
   */
  private static final Set<String> ENDING_SET = Set.copyOf(ENDINGS);

  private static final int LONGEST_ENDING =
      ENDINGS.stream().mapToInt(String::length).max().orElseThrow();

  /** Endings that are also the last syllable of many loanwords (매크로, 윈도, 바나나, 오토바이, 하와이). */
  private static final List<String> AMBIGUOUS = List.of("이", "가", "로", "도", "나", "와", "만");

  /** Rounds of stripping: a plural or light verb and then a particle (서비스들에서 = 서비스 + 들 + 에서). */
  private static final int ROUNDS = 2;

  private KoreanEndings() {}

  /**
   * Whether {@code text} is one of the particles and endings written onto a noun (이, 는, 에서, 이라는).
   */
  public static boolean isEnding(String text) {
    return ENDING_SET.contains(text);
  }

  /**
   * The stems left after stripping endings, longest first, and the word itself when it has no
   * ending or when its ending may be part of the word (오토바이 gives 오토바이 and 오토바). A stem keeps at
   * least two syllables.
   */
  static List<String> stems(String word) {
    List<String> stems = new ArrayList<>();
    String first = strip(word);
    if (first.equals(word) || AMBIGUOUS.contains(word.substring(first.length()))) {
      stems.add(word);
    }
    String stem = word;
    for (int round = 0; round < ROUNDS; round++) {
      String shorter = strip(stem);
      if (shorter.equals(stem)) {
        break;
      }
      stems.add(shorter);
      stem = shorter;
    }
    return stems;
  }

  /**
   * The word with its last syllable read as the one-syllable ending it is one jamo from, as slipped
   * on a two-set keyboard (직위녠 for 직위는); empty for a word of fewer than three syllables, or when
   * that syllable is an ending already or near none. Of two near endings, the one listed first.
   */
  public static Optional<String> withSlippedEnding(String word) {
    if (word.length() < 3) {
      return Optional.empty();
    }
    char last = word.charAt(word.length() - 1);
    if (!HangulSyllables.isSyllable(last) || ENDING_SET.contains(String.valueOf(last))) {
      return Optional.empty();
    }
    for (String ending : ENDINGS) {
      if (ending.length() == 1 && oneJamoApart(last, ending.charAt(0))) {
        return Optional.of(word.substring(0, word.length() - 1) + ending);
      }
    }
    return Optional.empty();
  }

  private static boolean oneJamoApart(char a, char b) {
    int differ =
        (HangulSyllables.initial(a) != HangulSyllables.initial(b) ? 1 : 0)
            + (HangulSyllables.medial(a) != HangulSyllables.medial(b) ? 1 : 0)
            + (HangulSyllables.last(a) != HangulSyllables.last(b) ? 1 : 0);
    return differ == 1;
  }

  private static String strip(String word) {
    for (int length = Math.min(LONGEST_ENDING, word.length() - 2); length > 0; length--) {
      if (ENDING_SET.contains(word.substring(word.length() - length))) {
        return word.substring(0, word.length() - length);
      }
    }
    return word;
  }
}
