package dev.gwanyong.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an English spelling as ARPAbet phonemes by spelling rules, for words the pronouncing dictionary lacks
 * (kubernetes, mesosphere): consonant digraphs (sh, ch, th, ph, ck, ng, qu), soft c and g before e, i, y, vowel
 * digraphs (ee, oo, ou, ai…), r-coloured vowels (er, ar, or), a silent final e that lengthens the vowel before it
 * (cube, rate), and -tion. A guess, not a dictionary: good enough for a fuzzy match against the index's words.
 */
final class LetterToSound {

  private LetterToSound() {}

  static List<String> phonemes(String word) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < w.length()) {
      i = read(w, i, out);
    }
    return List.copyOf(out);
  }

  /** Reads the letters at {@code i} into {@code out}; returns where the next reading starts. */
  private static int read(String w, int i, List<String> out) {
    char c = w.charAt(i);
    if (w.startsWith("tion", i) || w.startsWith("sion", i)) {
      add(out, "SH", "AH", "N");
      return i + 4;
    }
    if (w.startsWith("ture", i)) {
      add(out, "CH", "ER");
      return i + 4;
    }
    if (isVowel(c)) {
      return vowel(w, i, out);
    }
    String two = i + 1 < w.length() ? w.substring(i, i + 2) : "";
    switch (two) {
      case "sh" -> add(out, "SH");
      case "ch" -> add(out, w.startsWith("chr", i) ? "K" : "CH");
      case "th" -> add(out, "TH");
      case "ph" -> add(out, "F");
      case "ck" -> add(out, "K");
      case "ng" -> add(out, "NG");
      case "qu" -> add(out, "K", "W");
      case "wh" -> add(out, "W");
      case "gh" -> { } // silent, as in night and high
      default -> {
        consonant(w, i, out);
        return i + 1;
      }
    }
    return i + 2;
  }

  private static void consonant(String w, int i, List<String> out) {
    char c = w.charAt(i);
    char next = i + 1 < w.length() ? w.charAt(i + 1) : ' ';
    boolean soft = next == 'e' || next == 'i' || next == 'y';
    if (i > 0 && w.charAt(i - 1) == c) {
      return; // a doubled consonant is one sound
    }
    switch (c) {
      case 'c' -> add(out, soft ? "S" : "K");
      case 'g' -> add(out, soft && i + 1 < w.length() - 1 ? "JH" : "G");
      case 'j' -> add(out, "JH");
      case 'x' -> add(out, "K", "S");
      case 'y' -> add(out, "Y");
      case 'w' -> add(out, "W");
      case 'h' -> add(out, "HH");
      case 'q' -> add(out, "K");
      default -> add(out, String.valueOf(c).toUpperCase(Locale.ROOT));
    }
  }

  private static int vowel(String w, int i, List<String> out) {
    char c = w.charAt(i);
    String two = i + 1 < w.length() ? w.substring(i, i + 2) : "";
    boolean last = i == w.length() - 1;
    if (c == 'e' && last && out.size() > 1) {
      return i + 1; // silent final e
    }
    if (c == 'y') {
      if (i == 0) {
        add(out, "Y");
      } else {
        add(out, last ? "IY" : "AY");
      }
      return i + 1;
    }
    String digraph = switch (two) {
      case "ee", "ea", "ie" -> "IY";
      case "oo" -> "UW";
      case "ou" -> "AW";
      case "ow" -> i + 2 == w.length() ? "OW" : "AW";
      case "oi", "oy" -> "OY";
      case "ai", "ay", "ei", "ey" -> "EY";
      case "au", "aw" -> "AO";
      case "eu", "ew", "ue" -> "UW";
      case "oa" -> "OW";
      default -> "";
    };
    if (!digraph.isEmpty()) {
      add(out, digraph);
      return i + 2;
    }
    char after = i + 1 < w.length() ? w.charAt(i + 1) : ' ';
    if (after == 'r' && (i + 2 >= w.length() || !isVowel(w.charAt(i + 2)))) {
      add(out, switch (c) {
        case 'a' -> "AA";
        case 'o' -> "AO";
        default -> "ER";
      });
      if (c == 'a' || c == 'o') {
        add(out, "R");
      }
      return i + 2;
    }
    boolean lengthened = i + 2 < w.length() && !isVowel(after) && w.charAt(i + 2) == 'e' && i + 3 == w.length();
    add(out, switch (c) {
      case 'a' -> lengthened ? "EY" : "AE";
      case 'e' -> lengthened ? "IY" : "EH";
      case 'i' -> lengthened ? "AY" : "IH";
      case 'o' -> lengthened ? "OW" : "AA";
      default -> lengthened ? "UW" : "AH";
    });
    return i + 1;
  }

  private static boolean isVowel(char c) {
    return "aeiouy".indexOf(c) >= 0;
  }

  private static void add(List<String> out, String... phones) {
    out.addAll(List.of(phones));
  }
}
