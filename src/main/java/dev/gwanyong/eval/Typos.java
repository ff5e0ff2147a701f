package dev.gwanyong.eval;

import dev.gwanyong.index.HangulSyllables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One typing slip made in a benchmark question, for measuring spelling correction on many questions
 * instead of a few typed by hand. An English word of four letters or more loses a letter, doubles
 * one, swaps two neighbours or has one replaced; a Hangul word of three syllables or more has one
 * jamo of a syllable replaced, or its final consonant dropped or added (the slips of a two-set
 * keyboard, which types jamo). Any letter may slip, the first too. Seeded, so every run makes the
 * same slips.
 */
public final class Typos {

  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{4,}");
  private static final Pattern HANGUL_WORD = Pattern.compile("[가-힣]{3,}");

  /** The question as typed, and the word that slipped as meant and as typed. */
  public record Typo(String question, String word, String typed) {}

  private final Random random;

  public Typos(long seed) {
    this.random = new Random(seed);
  }

  /** The question with one slip in one of its long enough words; empty when it has none. */
  public Optional<Typo> make(String question) {
    List<int[]> words = new ArrayList<>();
    collect(LATIN_WORD, question, words);
    collect(HANGUL_WORD, question, words);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    int[] span = words.get(random.nextInt(words.size()));
    String word = question.substring(span[0], span[1]);
    String typed = word.charAt(0) < 0x80 ? latinSlip(word) : hangulSlip(word);
    return Optional.of(
        new Typo(
            question.substring(0, span[0]) + typed + question.substring(span[1]), word, typed));
  }

  private static void collect(Pattern pattern, String text, List<int[]> into) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      into.add(new int[] {m.start(), m.end()});
    }
  }

  private String latinSlip(String word) {
    while (true) {
      int at = random.nextInt(word.length());
      String typed =
          switch (random.nextInt(4)) {
            case 0 -> word.substring(0, at) + word.substring(at + 1);
            case 1 -> word.substring(0, at + 1) + word.charAt(at) + word.substring(at + 1);
            case 2 ->
                at + 1 < word.length()
                    ? word.substring(0, at)
                        + word.charAt(at + 1)
                        + word.charAt(at)
                        + word.substring(at + 2)
                    : word;
            default ->
                word.substring(0, at) + (char) ('a' + random.nextInt(26)) + word.substring(at + 1);
          };
      if (!typed.equalsIgnoreCase(word)) {
        return typed;
      }
    }
  }

  private String hangulSlip(String word) {
    int at = random.nextInt(word.length());
    char syllable = word.charAt(at);
    int initial = HangulSyllables.initial(syllable);
    int vowel = HangulSyllables.medial(syllable);
    int last = HangulSyllables.last(syllable);
    switch (random.nextInt(3)) {
      case 0 -> initial = other(initial, HangulSyllables.INITIALS);
      case 1 -> vowel = other(vowel, HangulSyllables.MEDIALS);
      default -> last = last == 0 ? 1 + random.nextInt(HangulSyllables.FINALS - 1) : 0;
    }
    char typed = HangulSyllables.compose(initial, vowel, last);
    return word.substring(0, at) + typed + word.substring(at + 1);
  }

  private int other(int value, int count) {
    return (value + 1 + random.nextInt(count - 1)) % count;
  }
}
