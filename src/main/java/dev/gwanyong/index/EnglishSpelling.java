package dev.gwanyong.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads English spelling left to right into {@link PhoneticKey} keys, branching where the spelling
 * is ambiguous.
 */
final class EnglishSpelling {

  private final String w;
  private List<StringBuilder> keys = new ArrayList<>(List.of(new StringBuilder()));

  EnglishSpelling(String letters) {
    String word = letters.startsWith("wr") ? letters.substring(1) : letters; // wrestling
    word = word.startsWith("mc") ? "mac" + word.substring(2) : word; // mcdonalds
    this.w = dropSilentE(word);
  }

  List<String> read() {
    int i = 0;
    while (i < w.length()) {
      i = step(i);
    }
    return keys.stream().map(StringBuilder::toString).toList();
  }

  /** Emits the sound at {@code i} and returns where the next one starts. */
  private int step(int i) {
    char c = w.charAt(i);
    if (isVowel(i)) {
      return vowels(i);
    }
    switch (c) {
      case 'b', 'p', 'f', 'v' -> {
        emit("p");
        return c == 'p' && at(i + 1) == 'h' ? i + 2 : i + 1;
      }
      case 'd', 't' -> {
        return dental(i);
      }
      case 'k' -> {
        if (i == 0 && at(1) == 'n') {
          return 1; // knife
        }
        emit("k");
        return i + 1;
      }
      case 'q' -> {
        emit("k");
        return i + 1;
      }
      case 'g' -> {
        return velar(i);
      }
      case 'c' -> {
        return hardOrSoftC(i);
      }
      case 'x' -> {
        emit(i == 0 ? "s" : "ks");
        return i + 1;
      }
      case 's' -> {
        if (at(i + 1) == 'h') {
          sibilantWithVowel();
          return i + 2;
        }
        if (i == 0 && at(1) == 'c' && at(2) == 'h') {
          emit("sk"); // school, schema
          return 3;
        }
        emit("s");
        return i + 1;
      }
      case 'z' -> {
        emit("s");
        return i + 1;
      }
      case 'j' -> {
        sibilantWithVowel();
        return i + 1;
      }
      case 'l' -> {
        emit("l");
        return i + 1;
      }
      case 'r' -> {
        if (isVowelAt(i + 1)) {
          emit("l");
        }
        return i + 1;
      }
      case 'm' -> {
        emit("m");
        return i + 1;
      }
      case 'n' -> {
        if (at(i + 1) == 'g' && !isSoftAt(i + 2)) {
          // ng is one sound (ㅇ) unless a vowel or l/r follows, where Korean also writes the g
          // (잉글리시)
          char next = at(i + 2);
          emit(isVowelAt(i + 2) || next == 'l' || next == 'r' ? "gk" : "g");
          return i + 2;
        }
        char next = at(i + 1);
        if (next == 'k'
            || next == 'q'
            || next == 'x'
            || next == 'c' && !isSoftAt(i + 2) && at(i + 2) != 'h') {
          emit("g"); // bank = 뱅크, sync = 싱크
          return i + 1;
        }
        emit("n");
        return i + 1;
      }
      default -> {
        return i + 1; // h, and w or y where they are not vowels: no consonant
      }
    }
  }

  /**
   * A run of vowel letters is one slot. Two kinds of unstressed vowel that Korean often leaves out
   * (as ㅡ or not at all) give a second key without the slot: an e that ends the first part of a
   * compound (pipeline = 파이프라인, facebook = 페이스북), and the vowel of a final or pre-consonant -en,
   * -on, -al (open = 오픈, season = 시즌, sandal = 샌들).
   */
  private int vowels(int i) {
    int end = i;
    while (end < w.length() && isVowel(end)) {
      end++;
    }
    boolean afterConsonant = i > 0 && !isVowel(i - 1) && w.charAt(i - 1) != 'h';
    boolean compoundE =
        end == i + 1
            && w.charAt(i) == 'e'
            && i >= 2
            && afterConsonant
            && isVowel(i - 2)
            && end + 1 < w.length()
            && !isVowel(end)
            && w.charAt(end) != 'h'
            && (w.charAt(end) != 'r' || isVowel(end + 1))
            && w.charAt(end + 1) != w.charAt(end);
    boolean schwa =
        i > 1
            && afterConsonant
            && end < w.length()
            && "nl".indexOf(w.charAt(end)) >= 0
            && (end + 1 == w.length() || (!isVowel(end + 1) && w.charAt(end + 1) != 'g'));
    if (compoundE || schwa) {
      branch("a", "");
    } else {
      emit("a");
    }
    return end;
  }

  private int dental(int i) {
    char next = at(i + 1);
    if (w.charAt(i) == 't') {
      if (next == 'h') {
        branch("t", "s"); // th: 프로메테우스, 파이썬
        return i + 2;
      }
      if (i > 0 && w.charAt(i - 1) == 's' && next == 'l') {
        return i + 1; // wrestle, castle: a silent t
      }
      if (next == 's' || next == 'z') {
        emit("s"); // ts: 스포츠
        return i + 2;
      }
      if (next == 'c' && at(i + 2) == 'h') {
        sibilantWithVowel(); // tch: 스위치
        return i + 3;
      }
      if (i > 0
          && next == 'i'
          && "aeo".indexOf(at(i + 2)) >= 0
          && i + 3 < w.length()
          && !isVowel(i + 3)) {
        sibilantWithVowel(); // tion: 션
        return i + 2;
      }
      if (i > 0 && next == 'u' && at(i + 2) == 'r') {
        sibilantWithVowel(); // ture: 처
        return i + 2;
      }
    }
    if (w.charAt(i) == 'd' && next == 'g' && isSoftAt(i + 2)) {
      return i + 1; // dge: the g says it
    }
    emit("t");
    return i + 1;
  }

  private int velar(int i) {
    char next = at(i + 1);
    if (next == 'h') {
      if (i == 0 || isVowelAt(i + 2)) {
        emit("k"); // ghost, spaghetti
      }
      return i + 2; // dough, night
    }
    if (next == 'n' && (i == 0 || i + 2 == w.length())) {
      return i + 1; // gnome, design
    }
    if (next == 'g') {
      emit("k");
      return i + 2;
    }
    if (next == 'u' && isVowelAt(i + 2) && at(i + 2) != 'u') {
      emit("k"); // guitar, guide, guest: a silent u
      return i + 2;
    }
    if (isSoftAt(i + 1)) {
      branchSibilantOrK(); // engine, digital / burger, target
      return i + 1;
    }
    emit("k");
    return i + 1;
  }

  private int hardOrSoftC(int i) {
    char next = at(i + 1);
    if (next == 'h') {
      if (at(i + 2) == 'r' || at(i + 2) == 'l') {
        emit("k"); // chrome, chlorine
      } else {
        branchSibilantOrK(); // chip / chorus, orchestra
      }
      return i + 2;
    }
    if (next == 'k' || next == 'q') {
      emit("k");
      return i + 2;
    }
    if (next == 'c') {
      emit(isSoftAt(i + 2) ? "ks" : "k"); // access / account
      return i + 2;
    }
    emit(isSoftAt(i + 1) ? "s" : "k");
    return i + 1;
  }

  /** sh, ch, j, soft g: Korean writes them with a vowel (시, 치, 지) unless a vowel follows anyway. */
  private void sibilantWithVowel() {
    emit("sa");
  }

  /** ch or g read as in chip and gin, or as k as in chorus and get. */
  private void branchSibilantOrK() {
    branch("sa", "k");
  }

  private void emit(String symbols) {
    for (StringBuilder key : keys) {
      PhoneticKey.append(key, symbols);
    }
  }

  private void branch(String first, String second) {
    if (keys.size() * 2 > PhoneticKey.MAX_VARIANTS) {
      emit(first);
      return;
    }
    List<StringBuilder> next = new ArrayList<>();
    for (StringBuilder key : keys) {
      StringBuilder other = new StringBuilder(key);
      PhoneticKey.append(key, first);
      PhoneticKey.append(other, second);
      next.add(key);
      next.add(other);
    }
    keys = next;
  }

  private char at(int i) {
    return i < w.length() ? w.charAt(i) : '\0';
  }

  /**
   * Whether the letter at {@code i} is a vowel sound: a, e, i, o, u, and y or w not before a vowel.
   */
  private boolean isVowel(int i) {
    char c = w.charAt(i);
    return switch (c) {
      case 'a', 'e', 'i', 'o', 'u', 'y', 'w' -> true;
      default -> false;
    };
  }

  private boolean isVowelAt(int i) {
    return i < w.length() && isVowel(i);
  }

  private boolean isSoftAt(int i) {
    char c = at(i);
    return c == 'e' || c == 'i' || c == 'y';
  }

  /**
   * Drops a final e that is not pronounced (cake, table, release), keeping it where it is the only
   * vowel (the) or follows another vowel (coffee). A final "gue" or "que" loses its ue (league,
   * technique); a final "ge" or "ce" keeps its soft sound as j or s (image, juice).
   */
  private static String dropSilentE(String word) {
    if (word.length() > 4 && (word.endsWith("gue") || word.endsWith("que"))) {
      return word.substring(0, word.length() - 2);
    }
    if (word.length() > 3 && word.endsWith("dge")) {
      return word.substring(0, word.length() - 3) + "j";
    }
    if (word.length() > 3 && word.endsWith("ge")) {
      return word.substring(0, word.length() - 2) + "j";
    }
    if (word.length() > 3 && word.endsWith("ce")) {
      return word.substring(0, word.length() - 2) + "s";
    }
    int n = word.length();
    if (n > 3 && word.charAt(n - 1) == 'e' && "aeiouy".indexOf(word.charAt(n - 2)) < 0) {
      String stem = word.substring(0, n - 1);
      if (stem.chars().anyMatch(ch -> "aeiouy".indexOf(ch) >= 0)) {
        return stem;
      }
    }
    return word;
  }
}
