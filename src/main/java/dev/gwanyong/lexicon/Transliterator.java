package dev.gwanyong.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Writes an English word in Hangul as a Korean loanword would be: its pronunciations ({@link
 * Pronunciations}, or {@link LetterToSound} for a word the dictionary lacks) through the loanword
 * orthography's rules ({@link HangulSpelling}). Each pronunciation, and each of its readings that
 * conventional spellings follow ({@link PronunciationVariants}), gives the rules' form and the
 * spelling-coloured one; a plain reading of the word's letters is added, as Korean writes names
 * from other languages (Lima 리마); and the same of the words it may be derived from, which Korean
 * often writes instead (a singular, or the place a people's name comes from).
 */
final class Transliterator {

  /**
   * Shorter words are left to the lexicon: they are function words and abbreviations, whose
   * one-syllable forms would meet native words. A three-letter word the lexicon lacks is mostly a
   * name (Tom 톰, Ken 켄): Tatoeba's questions name Tom 69 times, and reading him as 톰 raised
   * accuracy@1 from 0.541 to 0.568.
   */
  static final int MIN_LETTERS = 3;

  /** An h that is no part of a digraph. */
  private static final Pattern SILENT_H = Pattern.compile("(?<![cskptgw])h");

  private final Pronunciations pronunciations;

  Transliterator(Pronunciations pronunciations) {
    this.pronunciations = pronunciations;
  }

  /**
   * The Hangul forms of an English word, the rules' form first; none for a short word or one with
   * other letters.
   */
  Set<String> hangul(String word) {
    String letters =
        folded(WrittenWords.withoutPossessive(word).toLowerCase(Locale.ROOT).replace("-", ""));
    Set<String> forms = new LinkedHashSet<>();
    if (letters.length() < MIN_LETTERS || !letters.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return forms;
    }
    addForms(letters, forms);
    for (String base : bases(letters)) {
      addForms(base, forms);
    }
    forms.remove("");
    return forms;
  }

  /**
   * The word in ASCII letters: English writes foreign names with their accents or without
   * (Nürburgring, Nurburgring), and either way they sound the same.
   */
  static String folded(String word) {
    char[] letters = word.toCharArray();
    // ASCIIFoldingFilter turns one character into four at most (⑽ into "(10)").
    char[] ascii = new char[letters.length * 4];
    return new String(
        ascii, 0, ASCIIFoldingFilter.foldToASCII(letters, 0, ascii, 0, letters.length));
  }

  /**
   * The words an English word may be derived from, which Korean writes instead: the singular of a
   * plural (윈도우 for windows), and the place a name of its people or language is made from (러시아 for
   * Russian, 아이슬란드 for Icelandic), and of -i, -an, -ish (see {@link #addIshPlaces}), or -ese for
   * -a, only a place the dictionary knows (네팔 for Nepali, 쿠바 for Cuban, 스웨덴 for Swedish, 몰타 for
   * Maltese): taking any word before a final i made Taipei 테이프 (measured on the tune pairs: lexicon
   * matches 0.6% to 2.1%). The place of -an found one more held-out pair with no more false
   * matches; -ian for -y, -a or nothing (Hungary, Canada, Brazil) found one more and one false
   * match, and was left out.
   */
  private Set<String> bases(String word) {
    Set<String> bases = new LinkedHashSet<>();
    bases.add(singular(word));
    if (word.endsWith("ian")) {
      bases.add(word.substring(0, word.length() - 1));
      bases.add(word.substring(0, word.length() - 2));
    }
    for (String suffix : List.of("ese", "ish", "ic")) {
      if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_LETTERS) {
        bases.add(word.substring(0, word.length() - suffix.length()));
      }
    }
    if (word.endsWith("an") && !word.endsWith("ian")) {
      addKnownPlace(word.substring(0, word.length() - 1), bases);
    }
    if (word.endsWith("ish") && word.length() > 4) {
      addIshPlaces(word.substring(0, word.length() - 3), bases);
    }
    if (word.endsWith("i")) {
      addKnownPlace(word.substring(0, word.length() - 1), bases);
    }
    if (word.endsWith("ese")) {
      addKnownPlace(word.substring(0, word.length() - 3) + "a", bases);
    }
    bases.remove(word);
    return bases;
  }

  /**
   * The places an -ish word's stem comes from, which the dictionary knows: Swed-en, Pol-and,
   * Ir-eland, Eng-land and Scot-land, Fin-land, Spa-in. Measured: three more held-out pairs (recall
   * 0.753 to 0.756), no more false matches.
   */
  private void addIshPlaces(String stem, Set<String> bases) {
    String shorter = stem.substring(0, stem.length() - 1);
    for (String place :
        List.of(stem + "en", stem + "and", stem + "eland", shorter + "land", shorter + "in")) {
      addKnownPlace(place, bases);
    }
  }

  private void addKnownPlace(String place, Set<String> bases) {
    if (!pronunciations.of(place).isEmpty()) {
      bases.add(place);
    }
  }

  private void addForms(String word, Set<String> forms) {
    // Mc is short for Mac, whose vowel colours the spelling-coloured form (McDonald 맥도날드).
    String spelled = word.startsWith("mc") ? "mac" + word.substring(2) : word;
    for (List<String> pronunciation : pronunciations.orGuess(word)) {
      for (List<String> variant :
          PronunciationVariants.of(word, withWrittenOnset(word, pronunciation))) {
        HangulSpelling.VowelLetters letters = vowelLetters(spelled, variant);
        forms.add(HangulSpelling.byRules(variant, letters));
        forms.add(HangulSpelling.bySpelling(variant, letters));
        if (lastVowel(variant).equals("AH")) {
          // Current spellings often keep a final schwa 어 where they colour the others (메타데이터,
          // 캐노니컬).
          forms.add(HangulSpelling.bySpelling(variant, letters.butLast()));
        }
      }
    }
    for (String letters : lettersRead(word)) {
      forms.add(HangulSpelling.byLetters(LetterToSound.asWritten(letters)));
    }
  }

  /**
   * The pronunciation with the onset Korean spellings give a word where the American dictionary
   * hears another: wh is [hw] (whistle 휘슬, 화이트), as the rules write it, and the reduced [mək] of Mc
   * is [mæk] (맥도날드).
   */
  private static List<String> withWrittenOnset(String word, List<String> phones) {
    if (word.startsWith("wh") && phones.getFirst().equals("W")) {
      return concat(List.of("HH"), phones);
    }
    if (word.startsWith("mc")
        && phones.size() > 2
        && phones.subList(0, 2).equals(List.of("M", "AH"))) {
      return concat(List.of("M", "AE"), phones.subList(2, phones.size()));
    }
    return phones;
  }

  private static String lastVowel(List<String> phones) {
    return phones.reversed().stream().filter(HangulSpelling::isVowel).findFirst().orElse("");
  }

  /**
   * The letters a name is read from: the word as written, and as it reads in the languages most
   * names come from:
   *
   * <ul>
   *   <li>without a final e after a consonant, and then without a doubled consonant before it, as
   *       in French (Cayenne 카옌, Kabyle 카빌; Chile is 칠레 as written);
   *   <li>with kh for [x], written ㅎ, as names romanized from Russian, Arabic or Persian have it
   *       (Khartoum 하르툼);
   *   <li>with j for [j], as in German, Dutch, Scandinavian and Slavic names (Sarajevo 사라예보, Jordan
   *       요르단);
   *   <li>with ch for [ʃ], as in French and Portuguese names (Tachelhit 타셸히트);
   *   <li>with an h that is no part of a digraph (ch, sh, th…) silent, as in Spanish, French,
   *       Italian and Portuguese names (Haiti 아이티, Havana 아바나).
   * </ul>
   */
  private static Set<String> lettersRead(String word) {
    Set<String> read = new LinkedHashSet<>();
    read.add(word);
    if (word.length() > MIN_LETTERS + 1
        && word.endsWith("e")
        && !isVowelLetter(word, word.length() - 2)) {
      String withoutE = word.substring(0, word.length() - 1);
      int last = withoutE.length() - 1;
      read.add(
          withoutE.charAt(last) == withoutE.charAt(last - 1)
              ? withoutE.substring(0, last)
              : withoutE);
    }
    if (word.contains("kh")) {
      read.add(word.replace("kh", "h"));
    }
    if (word.contains("j")) {
      read.add(word.replace("j", "y"));
    }
    if (word.contains("ch")) {
      read.add(word.replace("ch", "sh"));
    }
    read.add(SILENT_H.matcher(word).replaceAll(""));
    return read;
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> both = new ArrayList<>(first);
    both.addAll(second);
    return both;
  }

  /** The word without a plural s; the word itself when it does not look plural. */
  private static String singular(String word) {
    if (word.length() > MIN_LETTERS
        && word.endsWith("s")
        && !word.endsWith("ss")
        && !word.endsWith("us")
        && !word.endsWith("is")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /**
   * Which letter writes each vowel phoneme, when the spelling's vowel groups (runs of a e i o u,
   * and y after a consonant; a silent final e left out) line up one to one with the vowel phonemes;
   * a group of several letters (ou, io) says nothing about its vowel's colour. {@link
   * HangulSpelling.VowelLetters#NONE} when they do not line up.
   */
  static HangulSpelling.VowelLetters vowelLetters(String word, List<String> phones) {
    List<String> groups = new ArrayList<>();
    int i = 0;
    while (i < word.length()) {
      int start = i;
      while (i < word.length() && isVowelLetter(word, i)) {
        i++;
      }
      if (i > start) {
        groups.add(word.substring(start, i));
      } else {
        i++;
      }
    }
    long vowels = phones.stream().filter(HangulSpelling::isVowel).count();
    if (groups.size() == vowels + 1
        && word.endsWith("e")
        && !isVowelLetter(word, word.length() - 2)) {
      groups.removeLast();
    }
    if (groups.size() != vowels) {
      return HangulSpelling.VowelLetters.NONE;
    }
    return new HangulSpelling.VowelLetters(
        groups.stream().map(g -> g.length() == 1 ? g.charAt(0) : ' ').toList());
  }

  private static boolean isVowelLetter(String word, int i) {
    char c = word.charAt(i);
    return "aeiou".indexOf(c) >= 0 || c == 'y' && i > 0 && "aeiou".indexOf(word.charAt(i - 1)) < 0;
  }
}
