package dev.gwanyong.eval;

import dev.gwanyong.corpus.RecordImporter;
import dev.gwanyong.lexicon.EditDistance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Tatoeba's aligned English–Korean sentence pairs: each Korean sentence becomes a source of its
 * own, and so can each English one, for asking the pairs the other way round.
 */
public record Tatoeba(List<String> english, List<RecordImporter.Record> korean) {

  private static final Pattern NOT_ENGLISH_WORD = Pattern.compile("[^a-z0-9]+");
  private static final Pattern NOT_KOREAN_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  public static Tatoeba read(Path englishFile, Path koreanFile) throws IOException {
    List<String> english = Files.readAllLines(englishFile, StandardCharsets.UTF_8);
    List<String> koreanLines = Files.readAllLines(koreanFile, StandardCharsets.UTF_8);
    if (english.size() != koreanLines.size()) {
      throw new IllegalArgumentException(
          "Tatoeba files are not aligned: %d English and %d Korean lines"
              .formatted(english.size(), koreanLines.size()));
    }
    List<RecordImporter.Record> korean = new ArrayList<>();
    for (int i = 0; i < koreanLines.size(); i++) {
      korean.add(
          new RecordImporter.Record(
              sourceId(i), "Tatoeba " + (i + 1), koreanLines.get(i), Optional.empty(), "ko"));
    }
    return new Tatoeba(english, korean);
  }

  public static String sourceId(int pair) {
    return "tatoeba-" + (pair + 1);
  }

  /** The English sentences as sources of their own, for Korean sentences to be asked of. */
  public List<RecordImporter.Record> englishSources() {
    List<RecordImporter.Record> sources = new ArrayList<>();
    for (int i = 0; i < english.size(); i++) {
      sources.add(
          new RecordImporter.Record(
              englishSourceId(i), "Tatoeba " + (i + 1), english.get(i), Optional.empty(), "en"));
    }
    return sources;
  }

  /**
   * The pairs that say what each pair says, itself included: the test set holds a few sentences
   * twice, once with other punctuation or a contraction ("Read this book." and "Read this book!",
   * "Where is the bank?" and "Where's the bank?"), and quoting either answers both. Two pairs say
   * the same when their English sentences differ by at most one edit ({@link EditDistance}) once
   * case and punctuation are set aside, or their Korean sentences not at all once spacing and
   * punctuation are. Korean needs the stricter rule: one syllable there is a different sentence (없다
   * and 적다).
   */
  public List<Set<Integer>> restatements() {
    List<String> englishWords = english.stream().map(Tatoeba::englishWords).toList();
    List<String> koreanLetters =
        korean.stream().map(r -> NOT_KOREAN_WORD.matcher(r.text()).replaceAll("")).toList();
    List<Set<Integer>> same = new ArrayList<>();
    for (int i = 0; i < english.size(); i++) {
      same.add(new TreeSet<>(List.of(i)));
    }
    for (int i = 0; i < english.size(); i++) {
      for (int j = i + 1; j < english.size(); j++) {
        boolean sameEnglish = withinOneEdit(englishWords.get(i), englishWords.get(j));
        if (sameEnglish || koreanLetters.get(i).equals(koreanLetters.get(j))) {
          same.get(i).add(j);
          same.get(j).add(i);
        }
      }
    }
    return same.stream().map(Set::copyOf).toList();
  }

  private static String englishWords(String sentence) {
    return NOT_ENGLISH_WORD.matcher(sentence.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /**
   * Whether one edit at most turns {@code a} into {@code b}; pairs further apart in length are not
   * compared.
   */
  private static boolean withinOneEdit(String a, String b) {
    return Math.abs(a.length() - b.length()) <= 1 && EditDistance.between(a, b) <= 1;
  }

  public static String englishSourceId(int pair) {
    return "tatoeba-en-" + (pair + 1);
  }
}
