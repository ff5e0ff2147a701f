package dev.gwanyong.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a spelling as ARPAbet phonemes by spelling rules. {@link #phonemes} reads it as English,
 * for words the pronouncing dictionary lacks (kubernetes, mesosphere): consonant digraphs (sh, ch,
 * th, ph, ck, ng, qu), soft c and g before e, i, y, vowel digraphs (ee, oo, ou, ai…), r-coloured
 * vowels (er, ar, or), a silent final e that lengthens the vowel before it (cube, rate), and -tion.
 * {@link #asWritten} reads every vowel letter with its plain sound (a e i o u as in Spanish or
 * Italian), as Korean writes most names of places and languages that are not English (Lima,
 * Bolivia). Guesses, not a dictionary: good enough for a fuzzy match against the index's words.
 */
final class LetterToSound {

  private final boolean english;

  private LetterToSound(boolean english) {
    this.english = english;
  }

  /** The English reading of a word's letters. */
  static List<String> phonemes(String word) {
    return new LetterToSound(true).read(word);
  }

  /**
   * The plain reading of a word's letters: each vowel letter its own sound, doubled m, n, l
   * pronounced twice.
   */
  static List<String> asWritten(String word) {
    return new LetterToSound(false).read(word);
  }

  private List<String> read(String word) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < w.length()) {
      i = read(w, i, out);
    }
    return List.copyOf(out);
  }

  /** Reads the letters at {@code i} into {@code out}; returns where the next reading starts. */
  private int read(String w, int i, List<String> out) {
    char c = w.charAt(i);
    if (english && (w.startsWith("tion", i) || w.startsWith("sion", i))) {
      add(out, "SH", "AH", "N");
      return i + 4;
    }
    if (english && w.startsWith("ture", i)) {
      add(out, "CH", "ER");
      return i + 4;
    }
    if (isVowel(c) && !(c == 'y' && i + 1 < w.length() && isVowel(w.charAt(i + 1)))) {
      return english ? vowel(w, i, out) : plainVowel(w, i, out);
    }
    String two = i + 1 < w.length() ? w.substring(i, i + 2) : "";
    switch (two) {
      case "sh" -> add(out, "SH");
      case "ch" -> add(out, w.startsWith("chr", i) ? "K" : "CH");
      case "th" -> add(out, english ? "TH" : "T");
      case "ph" -> add(out, "F");
      case "ck" -> add(out, "K");
      case "ng" -> add(out, ngReading(w, i));
      case "qu" -> add(out, english ? new String[] {"K", "W"} : new String[] {"K"});
      case "gu" -> {
        if (english || i + 2 >= w.length() || !isVowel(w.charAt(i + 2))) {
          consonant(w, i, out);
          return i + 1;
        }
        // In a name, gu before a vowel is [gw] before a or o (Nicaragua 니카라과) and [g] before e or i
        // (Guevara 게바라).
        add(out, "ao".indexOf(w.charAt(i + 2)) >= 0 ? new String[] {"G", "W"} : new String[] {"G"});
      }
      case "wh" -> add(out, "HH", "W"); // [hw], 휘슬
      case "gh" -> {
        if (!english) {
          add(out, "G");
        }
      } // silent in English, as in night and high
      case "kh" -> add(out, english ? new String[] {"K", "HH"} : new String[] {"K"});
      default -> {
        consonant(w, i, out);
        return i + 1;
      }
    }
    return i + 2;
  }

  private void consonant(String w, int i, List<String> out) {
    char c = w.charAt(i);
    char next = i + 1 < w.length() ? w.charAt(i + 1) : ' ';
    boolean soft = next == 'e' || next == 'i' || next == 'y';
    if (i > 0 && w.charAt(i - 1) == c && (english || "mnl".indexOf(c) < 0)) {
      // A doubled consonant is one sound, but Korean writes names' mm, nn, ll twice (암만, 안나).
      return;
    }
    switch (c) {
      case 'c' -> add(out, soft ? "S" : "K");
      case 'g' -> add(out, english && soft && i + 1 < w.length() - 1 ? "JH" : "G");
      case 'j' -> add(out, "JH");
      case 'x' -> add(out, "K", "S");
      case 'y' -> {
        // A name's y between a consonant and a vowel is a syllable of its own: Myanmar 미얀마, not 먄마.
        if (!english && !out.isEmpty() && !HangulSpelling.isVowel(out.getLast())) {
          add(out, "IY");
        }
        add(out, "Y");
      }
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
    String digraph =
        switch (glidesIntoVowel(w, i) ? "" : two) {
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
      add(
          out,
          switch (c) {
            case 'a' -> "AA";
            case 'o' -> "AO";
            default -> "ER";
          });
      if (c == 'a' || c == 'o') {
        add(out, "R");
      }
      return i + 2;
    }
    boolean lengthened =
        i + 2 < w.length() && !isVowel(after) && w.charAt(i + 2) == 'e' && i + 3 == w.length();
    add(
        out,
        switch (c) {
          case 'a' -> last ? "AH" : lengthened ? "EY" : "AE";
          case 'e' -> lengthened ? "IY" : "EH";
          case 'i' -> lengthened ? "AY" : "IH";
          case 'o' -> lengthened ? "OW" : "AA";
          default -> lengthened ? "UW" : "AH";
        });
    return i + 1;
  }

  private static int plainVowel(String w, int i, List<String> out) {
    String two = i + 1 < w.length() ? w.substring(i, i + 2) : "";
    String digraph =
        switch (glidesIntoVowel(w, i) ? "" : two) {
          case "ui", "uy" -> i + 2 < w.length() ? "W IY" : ""; // Uyghur 위구르, but Rapanui 라파누이
          case "ou", "oo", "uu" -> "UW";
          case "ee", "ii" -> "IY";
          case "aa" -> "AA";
          case "ai", "ay" -> "AY";
          case "au", "aw" -> "AW";
          case "ei", "ey" -> "EY";
          case "oi", "oy" -> "OY";
          default -> "";
        };
    if (!digraph.isEmpty()) {
      add(out, digraph.split(" "));
      return i + 2;
    }
    add(
        out,
        switch (w.charAt(i)) {
          case 'a' -> "AA";
          case 'e' -> "EH";
          case 'i', 'y' -> "IY";
          case 'o' -> "OW";
          default -> "UW";
        });
    return i + 1;
  }

  /**
   * Whether the vowel's second letter is a w or y before another vowel, and so the next syllable's
   * glide (Tarawa).
   */
  private static boolean glidesIntoVowel(String w, int i) {
    return i + 2 < w.length() && "wy".indexOf(w.charAt(i + 1)) >= 0 && isVowel(w.charAt(i + 2));
  }

  /**
   * ng: one sound [ŋ] in English (singer) but [ŋg] before l or r (English, 힝글리시); in a name, [ŋg]
   * before a vowel too (Mongo 몽고).
   */
  private String[] ngReading(String w, int i) {
    char after = i + 2 < w.length() ? w.charAt(i + 2) : ' ';
    boolean voicedG = after == 'l' || after == 'r' || !english && isVowel(after);
    return voicedG ? new String[] {"NG", "G"} : new String[] {"NG"};
  }

  private static boolean isVowel(char c) {
    return "aeiouy".indexOf(c) >= 0;
  }

  private static void add(List<String> out, String... phones) {
    out.addAll(List.of(phones));
  }
}
