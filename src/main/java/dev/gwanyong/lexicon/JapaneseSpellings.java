package dev.gwanyong.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Hangul words a Japanese word written in Hepburn romanisation may be, by the Korean
 * orthography of Japanese (외래어 표기법, 제2장 표4 "일본어의 가나와 한글 대조표", and 제3장 제3절 일본어의 표기): English text
 * writes Japanese names and places so (Hakodate 하코다테, Kuriyama 구리야마, Hokkaido 홋카이도, Tokyo 도쿄), and
 * the English loanword rules read them as English (Hakodate as 해커데이트). The orthography writes:
 *
 * <ul>
 *   <li>each kana as one syllable, the voiceless k, t and ch plain at a word's start and aspirated
 *       within it (Kyoto 교토, Tokyo 도쿄, Chiba 지바 but Hachioji 하치오지), and tsu as 쓰, su as 스, zu as 즈;
 *   <li>the moraic n (ん) as the final ㄴ (Banryu 반류), as Hepburn's m before b, p and m (Shimbashi
 *       신바시);
 *   <li>the doubled consonant (っ) as the final ㅅ (Hokkaido 홋카이도, Sapporo 삿포로);
 *   <li>no long vowel: Hepburn's ou, oo and uu may be one vowel (Ryuu 류, Koube 고베) or, as often in
 *       names, two (Inoue 이노우에), and both are read.
 * </ul>
 *
 * Like {@link dev.gwanyong.index.RomanisedSpellings}, every reading is given, for the index to say
 * which words it has.
 */
final class JapaneseSpellings {

  /** Jamo indexes of the initials this needs (ㄱ 0 … ㅎ 18), in Unicode's order. */
  private static final int G = 0;

  private static final int N = 2;
  private static final int D = 3;
  private static final int R = 5;
  private static final int M = 6;
  private static final int B = 7;
  private static final int S = 9;
  private static final int SS = 10;
  private static final int NG = 11;
  private static final int J = 12;
  private static final int CH = 14;
  private static final int K = 15;
  private static final int T = 16;
  private static final int P = 17;
  private static final int H = 18;

  /** Jamo indexes of the vowels this needs (ㅏ 0 … ㅣ 20). */
  private static final int A = 0;

  private static final int E = 5;
  private static final int O = 8;
  private static final int WA = 9;
  private static final int U = 13;
  private static final int EU = 18;
  private static final int I = 20;
  private static final int YA = 2;
  private static final int YO = 12;
  private static final int YU = 17;

  private static final int FINAL_NIEUN = 4;
  private static final int FINAL_SIOT = 19;
  private static final int VOWELS = 21;
  private static final int FINALS = 28;

  /** Most Hangul spellings given for one word; the index keeps those it has. */
  private static final int MAX_SPELLINGS = 64;

  /**
   * One kana as Hepburn writes it, and its syllable's initial at a word's start and within a word,
   * and its vowel.
   */
  private record Kana(String letters, int initialAtStart, int initialWithin, int vowel) {}

  private static final List<Kana> KANA = kana();

  private JapaneseSpellings() {}

  /**
   * The Hangul words of two syllables or more a word may write in Hepburn romanisation; none when
   * it reads as no run of kana. The word is in ASCII letters.
   */
  static List<String> of(String word) {
    Reader reader = new Reader(word.toLowerCase(Locale.ROOT));
    reader.read(0, new StringBuilder());
    return reader.spellings.stream().filter(w -> w.length() >= 2).toList();
  }

  /**
   * Reads a word into syllables, depth first, into only the readings that can be finished: whether
   * the rest of the word from a letter on reads, after a syllable that may take a final or not, is
   * remembered, so that a word that reads no way costs a few steps a letter, not one for every way
   * its start reads (ooooooooox).
   */
  private static final class Reader {
    private final String word;
    private final List<String> spellings = new ArrayList<>();
    private final Boolean[][] finishes;

    Reader(String word) {
      this.word = word;
      this.finishes = new Boolean[word.length() + 1][2];
    }

    void read(int at, StringBuilder hangul) {
      boolean takesFinal = takesFinal(hangul);
      if (spellings.size() >= MAX_SPELLINGS || !finishes(at, takesFinal)) {
        return;
      }
      if (at == word.length()) {
        spellings.add(hangul.toString());
        return;
      }
      forEachStep(
          at,
          takesFinal,
          hangul.isEmpty(),
          (last, syllable, next) -> {
            int end = hangul.length() - 1;
            if (last > 0) {
              char before = hangul.charAt(end);
              hangul.setCharAt(end, (char) (before + last));
              read(next, hangul);
              hangul.setCharAt(end, before);
            } else if (syllable > 0) {
              hangul.append((char) syllable);
              read(next, hangul);
              hangul.setLength(end + 1);
            } else {
              read(next, hangul);
            }
            return false;
          });
    }

    private boolean finishes(int at, boolean takesFinal) {
      int state = takesFinal ? 1 : 0;
      if (finishes[at][state] == null) {
        finishes[at][state] =
            at == word.length()
                || forEachStep(
                    at,
                    takesFinal,
                    at == 0,
                    (last, syllable, next) ->
                        finishes(next, last == 0 && (syllable > 0 || takesFinal)));
      }
      return finishes[at][state];
    }

    /**
     * Calls {@code step} with each way the word goes on from {@code at}, until it returns true: a
     * final put on the syllable before (the moraic n, the doubled consonant), a vowel that only
     * lengthens the one before, or a kana.
     */
    private boolean forEachStep(int at, boolean takesFinal, boolean atStart, Step step) {
      if (takesFinal && moraicN(word, at) && step.take(FINAL_NIEUN, 0, at + 1)) {
        return true;
      }
      if (takesFinal
          && at + 1 < word.length()
          && doubled(word.charAt(at), word.charAt(at + 1))
          && step.take(FINAL_SIOT, 0, at + 1)) {
        return true;
      }
      if (takesFinal && lengthens(word, at) && step.take(0, 0, at + 1)) {
        return true;
      }
      for (Kana kana : KANA) {
        if (word.startsWith(kana.letters(), at)) {
          int initial = atStart ? kana.initialAtStart() : kana.initialWithin();
          int syllable = 0xAC00 + (initial * VOWELS + kana.vowel()) * FINALS;
          if (step.take(0, syllable, at + kana.letters().length())) {
            return true;
          }
        }
      }
      return false;
    }

    private static boolean takesFinal(StringBuilder hangul) {
      return !hangul.isEmpty() && (hangul.charAt(hangul.length() - 1) - 0xAC00) % FINALS == 0;
    }
  }

  /**
   * One step of a reading: a final for the syllable before, or a syllable, or neither; and where
   * the word goes on.
   */
  @FunctionalInterface
  private interface Step {
    boolean take(int last, int syllable, int next);
  }

  /**
   * An n that is no kana's initial: before a consonant or at the end; Hepburn's m before b, p and
   * m.
   */
  private static boolean moraicN(String word, int at) {
    char c = word.charAt(at);
    boolean last = at + 1 == word.length();
    char next = last ? 0 : word.charAt(at + 1);
    return c == 'n' && (last || "aiueoy".indexOf(next) < 0)
        || c == 'm' && "bpm".indexOf(next) >= 0 && !last;
  }

  /** A consonant doubled before its kana (kk, ss, tt, pp, and t before ch): the small tsu. */
  private static boolean doubled(char c, char next) {
    return c == next && "kstp".indexOf(c) >= 0 || c == 't' && next == 'c';
  }

  /** A vowel that only lengthens the one before it: u after o or u, o after o. */
  private static boolean lengthens(String word, int at) {
    char previous = word.charAt(at - 1);
    char c = word.charAt(at);
    return c == 'u' && (previous == 'o' || previous == 'u') || c == 'o' && previous == 'o';
  }

  private static List<Kana> kana() {
    List<Kana> kana = new ArrayList<>();
    // The five vowels and the rows of a consonant and a vowel, with Hepburn's own spellings of some
    // (shi, chi, tsu, fu, ji) and the orthography's 스, 쓰 and 즈 for su, tsu and zu.
    String[] vowels = {"a", "i", "u", "e", "o"};
    int[] hangulVowels = {A, I, U, E, O};
    addRow(kana, "", NG, NG, vowels, hangulVowels);
    addRow(kana, "k", G, K, vowels, hangulVowels);
    addRow(kana, "g", G, G, vowels, hangulVowels);
    addRow(kana, "s", S, S, new String[] {"a", "e", "o"}, new int[] {A, E, O});
    addRow(kana, "z", J, J, new String[] {"a", "e", "o"}, new int[] {A, E, O});
    addRow(kana, "t", D, T, new String[] {"a", "e", "o"}, new int[] {A, E, O});
    addRow(kana, "d", D, D, new String[] {"a", "e", "o"}, new int[] {A, E, O});
    addRow(kana, "n", N, N, vowels, hangulVowels);
    addRow(kana, "h", H, H, new String[] {"a", "i", "e", "o"}, new int[] {A, I, E, O});
    addRow(kana, "b", B, B, vowels, hangulVowels);
    addRow(kana, "p", P, P, vowels, hangulVowels);
    addRow(kana, "m", M, M, vowels, hangulVowels);
    addRow(kana, "r", R, R, vowels, hangulVowels);
    kana.add(new Kana("su", S, S, EU));
    kana.add(new Kana("zu", J, J, EU));
    kana.add(new Kana("tsu", SS, SS, EU));
    kana.add(new Kana("fu", H, H, U));
    kana.add(new Kana("shi", S, S, I));
    kana.add(new Kana("ji", J, J, I));
    kana.add(new Kana("chi", J, CH, I));
    kana.add(new Kana("wa", NG, NG, WA));
    kana.add(new Kana("wo", NG, NG, O));
    // The y row, and the contracted kana (kya, sha, cha, ja): sh and ch before a, u and o keep them
    // plain (샤, 차).
    String[] contracted = {"a", "u", "o"};
    addRow(kana, "y", NG, NG, contracted, new int[] {YA, YU, YO});
    for (String row : List.of("k", "g", "n", "h", "b", "p", "m", "r")) {
      Kana plain =
          kana.stream().filter(k -> k.letters().equals(row + "a")).findFirst().orElseThrow();
      addRow(
          kana,
          row + "y",
          plain.initialAtStart(),
          plain.initialWithin(),
          contracted,
          new int[] {YA, YU, YO});
    }
    addRow(kana, "sh", S, S, contracted, new int[] {YA, YU, YO});
    addRow(kana, "ch", J, CH, contracted, new int[] {A, U, O});
    addRow(kana, "j", J, J, contracted, new int[] {A, U, O});
    return List.copyOf(kana);
  }

  private static void addRow(
      List<Kana> kana, String consonant, int atStart, int within, String[] vowels, int[] jamo) {
    for (int v = 0; v < vowels.length; v++) {
      kana.add(new Kana(consonant + vowels[v], atStart, within, jamo[v]));
    }
  }
}
