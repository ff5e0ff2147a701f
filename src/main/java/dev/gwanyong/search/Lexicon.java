package dev.gwanyong.search;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bilingual English–Korean lexicon in {@code config/lexicon/*.tsv}: one entry a line, {@code english<TAB>ko1;
 * ko2}. At load time every English side is analysed with the English analyzer and every Korean translation with the
 * same Nori analysis as the index, so lookups compare exactly what the index holds. Both directions are kept: English
 * stems to Korean term sequences, and single Korean terms back to English stems.
 */
public final class Lexicon {

  /** Longest English phrase, in stems, that is looked up as a unit. */
  static final int MAX_PHRASE = 4;

  private final Map<List<String>, Set<List<String>>> englishToKorean;
  private final Set<List<String>> functionWords;
  private final Map<String, Set<String>> koreanToEnglish;
  private final int entries;

  private Lexicon(
      Map<List<String>, Set<List<String>>> englishToKorean,
      Set<List<String>> functionWords,
      Map<String, Set<String>> koreanToEnglish,
      int entries) {
    this.englishToKorean = englishToKorean;
    this.functionWords = functionWords;
    this.koreanToEnglish = koreanToEnglish;
    this.entries = entries;
  }

  /** An empty lexicon: questions are searched in their own language only. */
  public static Lexicon empty() {
    return new Lexicon(Map.of(), Set.of(), Map.of(), 0);
  }

  /**
   * Loads every {@code *.tsv} of a folder; a missing folder is an empty lexicon.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed entry
   */
  public static Lexicon load(Path folder, Analysis analysis) {
    Map<List<String>, Set<List<String>>> forward = new HashMap<>();
    Map<String, Set<String>> reverse = new HashMap<>();
    Set<List<String>> function = new java.util.HashSet<>();
    int entries = 0;
    for (Path file : tsvFiles(folder)) {
      List<String> lines = readLines(file);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        Entry entry = Entry.parse(line, file.getFileName() + ": line " + (i + 1));
        List<String> stems = terms(analysis, Fields.ENGLISH, entry.english());
        if (stems.isEmpty() || stems.size() > MAX_PHRASE) {
          continue; // a stop word or an over-long phrase: nothing a question could look up
        }
        entries++;
        boolean content = false;
        for (String korean : entry.korean()) {
          List<String> terms = terms(analysis, Fields.KOREAN, korean);
          if (terms.isEmpty()) {
            continue;
          }
          content = true;
          forward.computeIfAbsent(stems, k -> new LinkedHashSet<>()).add(terms);
          if (terms.size() == 1 && stems.size() == 1) {
            reverse.computeIfAbsent(terms.getFirst(), k -> new LinkedHashSet<>()).add(stems.getFirst());
          }
        }
        if (!content) {
          function.add(stems);
        }
      }
    }
    function.removeAll(forward.keySet());
    return new Lexicon(Map.copyOf(forward), Set.copyOf(function), Map.copyOf(reverse), entries);
  }

  /** How many English entries were loaded. */
  public int size() {
    return entries;
  }

  /** Korean translations of an English stem sequence, each as the Nori terms it analyses to. */
  public Set<List<String>> korean(List<String> englishStems) {
    return englishToKorean.getOrDefault(englishStems, Set.of());
  }

  /**
   * Whether an English word is a function word: every translation of it is one that Korean analysis drops (adverbs
   * such as 다시, 항상), so it says nothing a passage could be searched for.
   */
  public boolean isFunctionWord(List<String> englishStems) {
    return functionWords.contains(englishStems);
  }

  /** English stems of a Korean term. */
  public Set<String> english(String koreanTerm) {
    return koreanToEnglish.getOrDefault(koreanTerm, Set.of());
  }

  /** One line of a lexicon file. */
  public record Entry(String english, List<String> korean) {

    public Entry {
      if (english.isBlank() || english.contains("\t")) {
        throw new IllegalArgumentException("the English side must be one non-empty word or phrase");
      }
      korean = korean.stream().map(String::strip).filter(k -> !k.isEmpty()).toList();
      if (korean.isEmpty()) {
        throw new IllegalArgumentException("'" + english + "' needs at least one Korean translation");
      }
    }

    static Entry parse(String line, String where) {
      String[] sides = line.split("\t");
      if (sides.length != 2) {
        throw new IllegalArgumentException(where + ": expected english<TAB>korean1; korean2");
      }
      try {
        return new Entry(sides[0].strip().toLowerCase(java.util.Locale.ROOT), List.of(sides[1].split(";")));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }

    /** The line as a lexicon file holds it. */
    public String line() {
      return english + "\t" + String.join("; ", korean);
    }
  }

  /** The terms in order, repeats kept ("year over year"), as a question's words are looked up. */
  private static List<String> terms(Analysis analysis, String field, String text) {
    return analysis.termSpans(field, text).stream().map(Analysis.TermSpan::term).toList();
  }

  private static List<Path> tsvFiles(Path folder) {
    try {
      return LexiconFiles.tsvFiles(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list lexicon folder " + folder, e);
    }
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon file " + file, e);
    }
  }
}
