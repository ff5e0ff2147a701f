package dev.gwanyong.lexicon;

import dev.gwanyong.index.Analysis;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bilingual English–Korean lexicon, in tiers. The first tier is the project's hand-written
 * files, {@code config/lexicon/*.tsv} (with moderators' {@code local.tsv}); after it come the
 * tables generated from public resources, {@code config/lexicon/generated/NN-tier-source.tsv}, in
 * name order. An English word takes its translations from the first tier that has it, so a
 * generated table never changes a hand-written entry and is never merged with one: each file keeps
 * its own licence.
 *
 * <p>Every file has one entry a line, {@code english<TAB>ko1; ko2}. At load time every English side
 * is analysed with the English analyzer and every Korean translation with the same Nori analysis as
 * the index, so lookups compare exactly what the index holds. Both directions are kept: English
 * stems to Korean term sequences, and single Korean terms back to English stems.
 */
public final class Lexicon {

  /** Longest English phrase, in stems, that is looked up as a unit. */
  public static final int MAX_PHRASE = 4;

  /**
   * Longest Korean term sequence looked up back to English: a compound Nori splits into two or
   * three pieces.
   */
  public static final int MAX_COMPOUND = 3;

  /** The folder, inside the lexicon folder, of the generated tables. */
  static final String GENERATED = "generated";

  /**
   * A list of English words spelled right, one a line in byte order, in the generated folder: a
   * word the lexicon does not translate but that is listed here is not a typo.
   */
  static final String ENGLISH_WORDS = "english-words.txt";

  /**
   * Names SCOWL writes capitalised that {@link #ENGLISH_WORDS} lacks, one a line in lower case and
   * byte order, in the generated folder: a question word written capitalised that is one of them is
   * a name spelled right.
   */
  static final String ENGLISH_NAMES = "english-names.txt";

  /**
   * The commonest English words, one a line, in the generated folder: a question word like these
   * that a passage lacks is more likely the question's phrasing ("What was it called?") than its
   * topic.
   */
  static final String EVERYDAY_WORDS = "english-everyday.txt";

  /** What a tier holds, which decides how a question word found there counts. */
  public enum Tier {
    /** Everyday and domain vocabulary written for the project, and moderators' additions. */
    HAND_WRITTEN,
    /**
     * Number words spelled out (five → 5, 다섯; fifth → 다섯째): vocabulary, as certain as the
     * hand-written tier.
     */
    NUMBERS,
    /**
     * Names of countries, territories, cities, languages, scripts and currencies: a word found here
     * is a name.
     */
    NAMES,
    /**
     * Sino-Korean words glossed through their Hanja spelling by a Chinese–English dictionary:
     * vocabulary, but less certain (Korean and Chinese meanings drift apart), so a word found here
     * counts less.
     */
    HANJA
  }

  /** A table and what it holds. */
  record Level(Tier tier, LexiconTable table) {}

  /** Translations of an English word and the tier they were found in. */
  public record Translations(Tier tier, Set<List<String>> korean) {
    public Translations {
      korean = Set.copyOf(korean);
    }
  }

  private final List<Level> levels;

  /**
   * The one-word English entries of every tier as written, in lower case, sorted and without
   * repeats.
   */
  private final String[] words;

  private final SortedTable englishWords;
  private final SortedTable englishNames;
  private final Set<String> everydayStems;
  private final Pronunciations pronunciations;
  private final PinyinReadings pinyin;

  /**
   * For each English stem that begins a phrase of some tier, the most stems of such a phrase: a
   * question's longest phrase from a word is looked up only up to it. Looking up every length up to
   * {@link #MAX_PHRASE} in every tier, for every word of a long English question, was a fiftieth of
   * the slowest questions' time at 99k passages.
   */
  private final Map<String, Integer> longestPhraseFrom;

  Lexicon(
      List<Level> levels,
      SortedTable englishWords,
      SortedTable englishNames,
      Set<String> everydayStems,
      Pronunciations pronunciations,
      PinyinReadings pinyin) {
    this.levels = List.copyOf(levels);
    this.words =
        levels.stream()
            .flatMap(l -> l.table().words().stream())
            .distinct()
            .sorted()
            .toArray(String[]::new);
    this.englishWords = englishWords;
    this.englishNames = englishNames;
    this.everydayStems = Set.copyOf(everydayStems);
    this.pronunciations = pronunciations;
    this.pinyin = pinyin;
    this.longestPhraseFrom =
        levels.stream()
            .flatMap(l -> l.table().englishKeys())
            .filter(stems -> stems.size() > 1)
            .collect(Collectors.toUnmodifiableMap(List::getFirst, List::size, Math::max));
  }

  /**
   * Loads every {@code *.tsv} of a folder as the hand-written tier, then each file of its {@code
   * generated} folder as a tier of its own; a missing folder is an empty lexicon.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed entry, or a generated
   *     file whose name does not say its tier
   */
  public static Lexicon load(Path folder, Analysis analysis) {
    return LexiconLoader.load(folder, analysis, TableCache.NONE);
  }

  /**
   * As {@link #load(Path, Analysis)}, keeping the analysed tables in {@code cacheFolder} (derived
   * data, as an index is) for the next start.
   */
  public static Lexicon load(Path folder, Analysis analysis, Path cacheFolder) {
    return LexiconLoader.load(folder, analysis, TableCache.in(cacheFolder));
  }

  /** How many English entries were loaded, over all tiers. */
  int size() {
    return levels.stream().mapToInt(l -> l.table().size()).sum();
  }

  /**
   * The translations of an English stem sequence from the first tier that has it; empty when none
   * has. A phrase whose dropped words are not known here is not looked up: see {@link #lookup(List,
   * WrittenWords)}.
   */
  public Optional<Translations> lookup(List<String> englishStems) {
    for (Level level : levels) {
      if (level.table().knows(englishStems)) {
        Set<List<String>> korean = level.table().korean(englishStems);
        return korean.isEmpty()
            ? Optional.empty()
            : Optional.of(new Translations(level.tier(), korean));
      }
    }
    return Optional.empty();
  }

  /**
   * The translations of a question's phrase from the first tier that has it, where a phrase some of
   * whose words English analysis drops counts only where the question writes those words around it:
   * get is looked up with get up's translations in "I get up at six" and without them in "I get to
   * Boston". {@link #lookup(List)} knows no such phrase.
   */
  public Optional<Translations> lookup(List<Analysis.TermSpan> phrase, WrittenWords question) {
    List<String> stems = phrase.stream().map(Analysis.TermSpan::term).toList();
    List<Integer> stemWords = question.wordsOf(phrase);
    for (Level level : levels) {
      // A phrase of the stems whose dropped words the question writes is never stored without
      // translations.
      Set<List<String>> korean = level.table().korean(stems, question, stemWords);
      if (!korean.isEmpty() || level.table().knows(stems)) {
        return korean.isEmpty()
            ? Optional.empty()
            : Optional.of(new Translations(level.tier(), korean));
      }
    }
    return Optional.empty();
  }

  /**
   * The translations of English stems in the first level of {@code tier} that has them, which a
   * word of the hand-written tier has beside its own: Sino-Korean words a Chinese or Japanese
   * dictionary glosses with the English (mother is 어머니 there, and 모친 in a Hanja tier), and the
   * number words (second is 초 there, the time, and 둘째 or 두 번째 in the number tier).
   */
  public Set<List<String>> korean(List<String> englishStems, Tier tier) {
    return levels.stream()
        .filter(level -> level.tier() == tier && level.table().knows(englishStems))
        .findFirst()
        .map(level -> level.table().korean(englishStems))
        .orElse(Set.of());
  }

  /**
   * The English stems the first level of {@code tier} that has a Korean term sequence gives it: 모친
   * is mother in a Hanja tier, and 아시아 Asia in a names tier.
   */
  public Set<String> english(List<String> koreanTerms, Tier tier) {
    return levels.stream()
        .filter(level -> level.tier() == tier)
        .map(level -> level.table().english(koreanTerms))
        .filter(english -> !english.isEmpty())
        .findFirst()
        .orElse(Set.of());
  }

  /**
   * The most stems of a phrase some tier has that begins with {@code englishStem}; 1 when none
   * begins with it.
   */
  public int longestPhraseFrom(String englishStem) {
    return longestPhraseFrom.getOrDefault(englishStem, 1);
  }

  /** Korean translations of an English stem sequence, each as the Nori terms it analyses to. */
  public Set<List<String>> korean(List<String> englishStems) {
    return lookup(englishStems).map(Translations::korean).orElse(Set.of());
  }

  /**
   * Whether an English word is a function word: every translation of it is one that Korean analysis
   * drops (adverbs such as 다시, 항상), so it says nothing a passage could be searched for.
   */
  public boolean isFunctionWord(List<String> englishStems) {
    return levels.stream()
        .filter(l -> l.table().knows(englishStems))
        .findFirst()
        .map(l -> l.table().isFunctionWord(englishStems))
        .orElse(false);
  }

  /** English stems of a Korean term, from the first tier that has it. */
  public Set<String> english(String koreanTerm) {
    return english(List.of(koreanTerm));
  }

  /**
   * English stems of a Korean term sequence, from the first tier that has it: one term, or a
   * compound Nori splits into two or three (물리 | 학, physics). Each tier is asked once, not once to
   * find the tier and again for its stems: this runs for every Korean word of a question. A word of
   * the hand-written tier also takes a names tier's English: that tier has 27 places and languages
   * only as their adjectives (아시아의, Asian), and 아시아 is Asia too.
   */
  public Set<String> english(List<String> koreanTerms) {
    for (Level level : levels) {
      Set<String> english = level.table().english(koreanTerms);
      if (!english.isEmpty()) {
        if (level.tier() != Tier.HAND_WRITTEN) {
          return english;
        }
        Set<String> named = english(koreanTerms, Tier.NAMES);
        if (named.isEmpty()) {
          return english;
        }
        Set<String> both = new LinkedHashSet<>(english);
        both.addAll(named);
        return both;
      }
    }
    return Set.of();
  }

  /**
   * English phrases (two words or more) that translate a Korean term sequence, from the first tier
   * that has any.
   */
  public Set<List<String>> englishPhrases(List<String> koreanTerms) {
    return levels.stream()
        .map(l -> l.table().englishPhrases(koreanTerms))
        .filter(p -> !p.isEmpty())
        .findFirst()
        .orElse(Set.of());
  }

  /** The tier a Korean term sequence's English stems come from; empty when no tier has it. */
  public Optional<Tier> tierOf(List<String> koreanTerms) {
    return levelOf(koreanTerms).map(Level::tier);
  }

  private Optional<Level> levelOf(List<String> koreanTerms) {
    return levels.stream().filter(l -> !l.table().english(koreanTerms).isEmpty()).findFirst();
  }

  /**
   * The one-word English entries of every tier as written, in lower case, that start with a letter
   * and have between {@code minLength} and {@code maxLength} letters: words a typo may be meant as.
   * They are sorted, so the entries of one letter are found by binary search: reading all 16,511
   * for every misspelled word made a question with one take 4.83 ms instead of 3.62 (2026-12-02).
   */
  List<String> words(char first, int minLength, int maxLength) {
    int at = Arrays.binarySearch(words, String.valueOf(first));
    List<String> found = new ArrayList<>();
    for (int w = at < 0 ? -at - 1 : at; w < words.length && words[w].charAt(0) == first; w++) {
      if (words[w].length() >= minLength && words[w].length() <= maxLength) {
        found.add(words[w]);
      }
    }
    return found;
  }

  /**
   * The English words (SCOWL's list, inflected forms and function words too) that start with a
   * letter, have between {@code minLength} and {@code maxLength} letters and pass a test: the rest
   * of the words a typo may be meant as.
   */
  List<String> englishWords(char first, int minLength, int maxLength, SortedTable.KeyTest test) {
    return englishWords.keys(first, minLength, maxLength, test);
  }

  /**
   * English pronunciations from the generated CMU dictionary table, for writing a word the lexicon
   * lacks in Hangul; read on first use.
   */
  Pronunciations pronunciations() {
    return pronunciations;
  }

  /**
   * The Korean readings of Mandarin syllables, for Chinese names written in pinyin (Hua Yuan as
   * 화원).
   */
  PinyinReadings pinyin() {
    return pinyin;
  }

  /**
   * Whether an English stem is the stem of an everyday word (among SCOWL's commonest), which a
   * question may use though its answer says it otherwise; a Korean word is everyday when one of its
   * English translations is.
   */
  public boolean isEveryday(String englishStem) {
    return everydayStems.contains(englishStem);
  }

  /**
   * How common a lower-case English word is: the smallest SCOWL size class that has it (10 for the
   * commonest words, up to 95; 100 for one of the English word list in no class), empty for a word
   * not in that list.
   */
  OptionalInt sizeClass(String word) {
    return englishWords
        .value(word)
        .map(size -> OptionalInt.of(Integer.parseInt(size)))
        .orElse(OptionalInt.empty());
  }

  /**
   * Whether a lower-case English word is spelled right: an entry of a tier, or a word of the
   * English word list.
   */
  public boolean isEnglishWord(String word) {
    return Arrays.binarySearch(words, word) >= 0 || englishWords.contains(word);
  }

  /**
   * Whether a word, in lower case, is a name that is spelled right when it is written capitalised
   * (Sami).
   */
  public boolean isEnglishName(String word) {
    return englishNames.contains(word);
  }

  /** One line of a lexicon file. */
  public record Entry(String english, List<String> korean) {

    public Entry {
      if (english.isBlank() || english.contains("\t")) {
        throw new IllegalArgumentException("the English side must be one non-empty word or phrase");
      }
      korean = korean.stream().map(String::strip).filter(k -> !k.isEmpty()).toList();
      if (korean.isEmpty()) {
        throw new IllegalArgumentException(
            "'" + english + "' needs at least one Korean translation");
      }
    }

    static Entry parse(String line, String where) {
      String[] sides = line.split("\t");
      if (sides.length != 2) {
        throw new IllegalArgumentException(where + ": expected english<TAB>korean1; korean2");
      }
      try {
        return new Entry(sides[0].strip().toLowerCase(Locale.ROOT), List.of(sides[1].split(";")));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }

    /** The line as a lexicon file holds it. */
    String line() {
      return english + "\t" + String.join("; ", korean);
    }
  }
}
