package dev.gwanyong.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Hangul words a Korean word written by the Revised Romanization may be, as English text writes
 * Korean food, dress, houses and places (bulgogi 불고기, hanok 한옥, Haeundae 해운대): the romanisation
 * read back syllable by syllable. It writes what it hears, so one spelling may read several ways,
 * and every way is given for the index to say which words it has. A name may also be read by the
 * McCune–Reischauer romanisation, as English writes it without its breves and apostrophes: North
 * Korea's places and the South's before 2000 are written so (Kumgang 금강, Kaesong 개성, Taejon 대전,
 * Pusan 부산), with k, t, p and ch for ㄱ, ㄷ, ㅂ and ㅈ and o and u for ㅓ and ㅡ ({@link #ofName}).
 */
public final class RomanisedSpellings {

  /**
   * The letters of each initial consonant, by jamo index (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ … ㅎ): the Revised
   * Romanization's, then McCune–Reischauer's where they differ (its k, t, p and ch for ㄱ, ㄷ, ㅂ and
   * ㅈ, which it writes so at a word's start, and its tch for ㅉ).
   */
  private static final String[][] INITIALS = {
    {"g", "k"},
    {"kk"},
    {"n"},
    {"d", "t"},
    {"tt"},
    {"r"},
    {"m"},
    {"b", "p"},
    {"pp"},
    {"s"},
    {"ss"},
    {""},
    {"j", "ch"},
    {"jj", "tch"},
    {"ch"},
    {"k"},
    {"t"},
    {"p"},
    {"h"}
  };

  /** The initial ㄹ, which the Revised Romanization writes l after a final ㄹ (막걸리 makgeolli). */
  private static final int INITIAL_RIEUL = 5;

  /**
   * The letters of each vowel, by jamo index (ㅏ ㅐ ㅑ … ㅣ): the Revised Romanization's, then
   * McCune–Reischauer's without its breves where they differ (ŏ, yŏ, ŭ and ŭi as o, yo, u and ui).
   */
  private static final String[][] VOWELS = {
    {"a"},
    {"ae"},
    {"ya"},
    {"yae"},
    {"eo", "o"},
    {"e"},
    {"yeo", "yo"},
    {"ye"},
    {"o"},
    {"wa"},
    {"wae"},
    {"oe"},
    {"yo"},
    {"u"},
    {"wo"},
    {"we"},
    {"wi"},
    {"yu"},
    {"eu", "u"},
    {"ui"},
    {"i"}
  };

  /**
   * The Revised Romanization's letters for the common final consonants, with their jamo index (ㄱ 1
   * … ㅍ 26): as written before a consonant (k, t, p) and before a vowel, where the consonant is
   * read into the next syllable (한국어 hangugeo, 볶이 bokki, 불어 bureo).
   */
  private static final List<Final> FINALS =
      List.of(
          new Final("k", 1),
          new Final("g", 1),
          new Final("kk", 2),
          new Final("n", 4),
          new Final("t", 7),
          new Final("d", 7),
          new Final("l", 8),
          new Final("r", 8),
          new Final("m", 16),
          new Final("p", 17),
          new Final("b", 17),
          new Final("t", 19),
          new Final("s", 19),
          new Final("ss", 20),
          new Final("ng", 21),
          new Final("t", 22),
          new Final("j", 22),
          new Final("t", 23),
          new Final("ch", 23),
          new Final("t", 25),
          new Final("p", 26));

  /** Most Hangul spellings given for one romanised word; the index keeps those it has. */
  private static final int MAX_SPELLINGS = 256;

  /** A final consonant as the romanisation writes it, and its jamo index. */
  private record Final(String letters, int index) {}

  private RomanisedSpellings() {}

  /**
   * The Hangul words of two syllables or more that a word may write by the Revised Romanization, as
   * English text writes Korean food, dress and places (bulgogi 불고기, makgeolli 막걸리, hanok 한옥); none
   * when it reads as no run of romanised syllables. Where the romanisation is ambiguous (hanok as
   * 한옥 or 하녹, bokki as 볶이, 복키 or 보끼) every reading is given, at most {@value #MAX_SPELLINGS}, for
   * the index to say which it has.
   */
  public static List<String> of(String word) {
    return spellings(word, 1);
  }

  /**
   * As {@link #of}, and the Hangul words the name may write by McCune–Reischauer (Kaesong 개성). Only
   * for names: its plain k, t and o read so many English words as everyday Korean ones (Jordan as
   * 절단, Sango as 상어, kawi as 가위) that a quarter more English words met a word of the lexicon's in
   * the transliteration test.
   */
  public static List<String> ofName(String word) {
    return spellings(word, 2);
  }

  /**
   * The spellings by the first {@code romanisations} letters of each jamo: the Revised
   * Romanization's, then MR's.
   */
  private static List<String> spellings(String word, int romanisations) {
    Speller speller = new Speller(word.toLowerCase(Locale.ROOT), romanisations);
    speller.spell(0, 0, new StringBuilder());
    return speller.spellings.stream().filter(w -> w.length() >= 2).toList();
  }

  /**
   * Reads a word into Hangul syllables, depth first, into only the readings that can be finished:
   * whether the rest of the word from a letter on reads as syllables is remembered, so a word that
   * reads no way (or reads many ways and then no more) costs a few steps a letter, not one for
   * every way its start reads.
   */
  private static final class Speller {
    private final String word;
    private final int romanisations;
    private final List<String> spellings = new ArrayList<>();

    /**
     * Whether the word from a letter on reads as syllables, after a final ㄹ or not; null until
     * known.
     */
    private final Boolean[][] finishes;

    Speller(String word, int romanisations) {
      this.word = word;
      this.romanisations = romanisations;
      this.finishes = new Boolean[word.length() + 1][2];
    }

    /**
     * Reads syllables from {@code at} onto {@code hangul}, after a syllable whose final is {@code
     * previousFinal}.
     */
    void spell(int at, int previousFinal, StringBuilder hangul) {
      if (spellings.size() >= MAX_SPELLINGS || !finishes(at, previousFinal)) {
        return;
      }
      if (at == word.length()) {
        spellings.add(hangul.toString());
        return;
      }
      forEachSyllable(
          at,
          previousFinal,
          (syllable, next, finalIndex) -> {
            hangul.append((char) syllable);
            spell(next, finalIndex, hangul);
            hangul.setLength(hangul.length() - 1);
            return false;
          });
    }

    private boolean finishes(int at, int previousFinal) {
      int afterRieul = previousFinal == HangulSyllables.FINAL_RIEUL ? 1 : 0;
      if (finishes[at][afterRieul] == null) {
        finishes[at][afterRieul] =
            at == word.length()
                || forEachSyllable(
                    at, previousFinal, (syllable, next, finalIndex) -> finishes(next, finalIndex));
      }
      return finishes[at][afterRieul];
    }

    /**
     * Calls {@code step} with each syllable the word may read from {@code at}, until it returns
     * true.
     */
    private boolean forEachSyllable(int at, int previousFinal, SyllableStep step) {
      for (int initial = 0; initial < INITIALS.length; initial++) {
        boolean afterRieul =
            initial == INITIAL_RIEUL && previousFinal == HangulSyllables.FINAL_RIEUL;
        String[] written = afterRieul ? new String[] {"l"} : INITIALS[initial];
        for (int r = 0; r < Math.min(romanisations, written.length); r++) {
          if (word.startsWith(written[r], at)
              && forEachVowel(at + written[r].length(), initial, step)) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean forEachVowel(int afterInitial, int initial, SyllableStep step) {
      for (int vowel = 0; vowel < VOWELS.length; vowel++) {
        for (int r = 0; r < Math.min(romanisations, VOWELS[vowel].length); r++) {
          String letters = VOWELS[vowel][r];
          if (!word.startsWith(letters, afterInitial)) {
            continue;
          }
          int afterVowel = afterInitial + letters.length();
          int syllable = 0xAC00 + (initial * VOWELS.length + vowel) * 28;
          if (step.take(syllable, afterVowel, 0)) {
            return true;
          }
          for (Final last : FINALS) {
            if (word.startsWith(last.letters(), afterVowel)
                && step.take(
                    syllable + last.index(), afterVowel + last.letters().length(), last.index())) {
              return true;
            }
          }
        }
      }
      return false;
    }
  }

  /** One syllable read: the Hangul syllable, where the word goes on, and the syllable's final. */
  @FunctionalInterface
  private interface SyllableStep {
    boolean take(int syllable, int next, int finalIndex);
  }
}
