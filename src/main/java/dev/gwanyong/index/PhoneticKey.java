package dev.gwanyong.index;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A coarse phonetic key shared by Hangul and English spelling, so that a Hangul loanword (클러스터) and
 * the English word it renders (cluster) get the same key without a lexicon entry: {@code klasta}.
 *
 * <p>The key alphabet has eight consonant classes and a vowel slot, chosen to merge what Korean
 * loanword spelling merges or renders variably:
 *
 * <ul>
 *   <li>{@code p} p, b, f, v (ㅂ ㅃ ㅍ) · {@code t} t, d, th (ㄷ ㄸ ㅌ, final ㅅ) · {@code k} k, g, hard
 *       c, q (ㄱ ㄲ ㅋ)
 *   <li>{@code s} s, z, soft c, sh, ch, j, soft g (ㅅ ㅆ ㅈ ㅉ ㅊ) · {@code n} (ㄴ) · {@code g} ng, and n
 *       before k (final ㅇ) · {@code m} (ㅁ) · {@code l} l, and r before a vowel (ㄹ)
 *   <li>{@code a} one slot for any run of vowels and glides (a e i o u y w, ㅏ…ㅣ). ㅡ is dropped, as
 *       the vowel Korean inserts to break up consonant clusters (스트 = st), and so are h and ㅎ.
 * </ul>
 *
 * <p>English r is dropped unless a vowel follows (server = 서버), a final silent e is dropped, and
 * sh, ch, j and soft g carry their own vowel slot because Korean writes them with one (cache = 캐시,
 * image = 이미지). Runs of the same symbol collapse to one. Spelling that English does not settle (ch
 * as in chip or as in chorus, th as t or s, a plural s that Korean leaves out) gives a Latin word a
 * few alternative keys, {@link #latinKeys}; a Hangul word has one.
 *
 * <p>Keys of fewer than three consonants collide by chance (코드 {@code kat}: code, coat, cord, cat,
 * kid), so {@link #isSpecific} rejects them.
 */
public final class PhoneticKey {

  /** Fewest consonants a key needs before it is specific enough to index or search. */
  static final int MIN_CONSONANTS = 3;

  static final int MAX_VARIANTS = 8;

  /**
   * What sets a name's key apart ({@link #asName}): no key of the alphabet's letters starts with
   * it.
   */
  private static final String NAME_MARK = "=";

  // Initial, medial and final jamo of a Hangul syllable, in Unicode order.
  private static final String[] INITIALS = {
    "k", "k", "n", "t", "t", "l", "m", "p", "p", "s", "s", "", "s", "s", "s", "k", "t", "p", ""
  };
  private static final int MEDIAL_EU = 18; // ㅡ
  private static final int INITIAL_H = 18; // ㅎ

  /**
   * The vowel classes of a name's key with its vowels ({@link #ofNameWithVowels}), by medial jamo
   * in Unicode order (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ): a, e, i, and one class for the
   * vowels the romanisations write every which way (eo, o, u, eu: Seo and Suh for 서, Eun and Un for
   * 은), glides aside. Capitals, which no other key has.
   */
  private static final String VOWEL_CLASSES = "AEAEOEOEOAEEOOOEIOOII";

  /** Fewest symbols a key with vowels needs to find a name (유아인 {@code OAIn}). */
  static final int MIN_SYMBOLS_WITH_VOWELS = 4;

  private static final String[] FINALS = {
    "", "k", "k", "k", "n", "n", "n", "t", "l", "lk", "lm", "lp", "l", "l", "lp", "l", "m", "p",
    "p", "t", "t", "g", "t", "t", "k", "t", "p", ""
  };

  private PhoneticKey() {}

  /** The key of a Hangul word; characters other than Hangul syllables are ignored. */
  public static String ofHangul(String word) {
    return of(word, false, false);
  }

  /**
   * The key of a Korean name (a proper noun of Sino-Korean syllables: 이회창, 오세훈), with an initial ㅎ
   * read as {@code h}, where a loanword's key drops it: a romanised name writes ㅎ (Hoi-chang,
   * Se-hoon), and without it the name's key is too short to be specific ({@link
   * RomanisedKorean#keys}). The index keeps it apart, as a name's ({@link #asName}).
   */
  public static String ofName(String word) {
    return of(word, true, false);
  }

  /**
   * The key of a Korean name with its vowels, for a name whose {@link #ofName} key has too few
   * consonants to be specific (노태우 {@code nata}, 유아인 {@code an}, 이나영 {@code anag}): its consonants
   * as there, each vowel as its class ({@link #VOWEL_CLASSES}), so 노태우 is {@code nOtEO}, which Roh
   * Tae-woo reads too ({@link RomanisedKorean#keysWithVowels}).
   */
  public static String ofNameWithVowels(String word) {
    return of(word, true, true);
  }

  /** Whether a key with vowels ({@link #ofNameWithVowels}) is long enough to find a name by. */
  public static boolean isSpecificWithVowels(String key) {
    return key.length() >= MIN_SYMBOLS_WITH_VOWELS;
  }

  /**
   * A Hangul word's key, its ㅎ read as {@code h} or dropped, its vowels as their classes or as the
   * one slot.
   */
  private static String of(String word, boolean readingH, boolean withVowels) {
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!HangulSyllables.isSyllable(c)) {
        continue;
      }
      int initial = HangulSyllables.initial(c);
      append(key, readingH && initial == INITIAL_H ? "h" : INITIALS[initial]);
      int medial = HangulSyllables.medial(c);
      if (withVowels) {
        append(key, String.valueOf(VOWEL_CLASSES.charAt(medial)));
      } else if (medial != MEDIAL_EU) {
        append(key, "a");
      }
      append(key, FINALS[HangulSyllables.last(c)]);
    }
    return key.toString();
  }

  /**
   * A key as a Korean name's: the term under which the index keeps the keys of Nori's proper nouns
   * a second time, apart from the loanword keys of every other word, and which a romanised Korean
   * name looks up. Jeon Woo-yong's key {@code sanag} is also 사냥's, a word far commoner than the
   * name 전우용; among names alone it meets few others.
   */
  public static String asName(String key) {
    return NAME_MARK + key;
  }

  /** The main key of an English word: the first of {@link #latinKeys}. */
  public static String ofLatin(String word) {
    List<String> keys = latinKeys(word);
    return keys.isEmpty() ? "" : keys.getFirst();
  }

  /**
   * The keys of an English word, most likely first: one for each reading of its ambiguous
   * spellings, at most eight. Letters other than a to z (hyphens, digits) are ignored, so {@code
   * on-premises} is read as one word.
   */
  public static List<String> latinKeys(String word) {
    String letters = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    if (letters.isEmpty()) {
      return List.of();
    }
    Set<String> keys = new LinkedHashSet<>(new EnglishSpelling(letters).read());
    String singular = singular(letters);
    if (!singular.equals(letters)) {
      keys.addAll(new EnglishSpelling(singular).read());
    }
    return List.copyOf(keys).subList(0, Math.min(keys.size(), MAX_VARIANTS));
  }

  /**
   * Whether a key is specific enough to index or search: at least three consonants. Shorter keys
   * match unrelated words by chance (서버 {@code sapa} is also 소파, 자바, 바다 and father), so short
   * loanwords are left to the lexicon.
   */
  public static boolean isSpecific(String key) {
    return consonants(key) >= MIN_CONSONANTS;
  }

  /**
   * Whether a Hangul word and an English word share a specific key, and the Hangul word may be a
   * loanword (is not made of Sino-Korean syllables only): what the transliteration field matches.
   */
  public static boolean matches(String hangul, String latin) {
    String key = ofHangul(hangul);
    return isSpecific(key) && !SinoKorean.isSinoKorean(hangul) && latinKeys(latin).contains(key);
  }

  private static int consonants(String key) {
    int consonants = 0;
    for (int i = 0; i < key.length(); i++) {
      consonants += key.charAt(i) == 'a' ? 0 : 1;
    }
    return consonants;
  }

  /** The word without a plural s, which Korean often leaves out (윈도우 = windows). */
  private static String singular(String word) {
    if (word.length() > 4
        && word.endsWith("s")
        && !word.endsWith("ss")
        && !word.endsWith("us")
        && !word.endsWith("is")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /** Appends symbols, collapsing a run of the same symbol into one (마우스 = mouse, 텔레 = tel). */
  static void append(StringBuilder key, String symbols) {
    for (int i = 0; i < symbols.length(); i++) {
      char c = symbols.charAt(i);
      if (key.isEmpty() || key.charAt(key.length() - 1) != c) {
        key.append(c);
      }
    }
  }
}
