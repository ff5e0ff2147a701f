package dev.gwanyong.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * English words and their pronunciations in ARPAbet without stress, from the generated CMU
 * Pronouncing Dictionary table ({@code pronunciations-cmudict.txt}, one {@code word<TAB>PHONES} a
 * line, other pronunciations after a bar, sorted, held as a {@link SortedTable}). The table is read
 * the first time a word is looked up, since most questions never need it and start-up time matters
 * for a one-off {@code ask}.
 */
final class Pronunciations {

  /** The table's name in the lexicon's generated folder. */
  static final String FILE = "pronunciations-cmudict.txt";

  /**
   * The table holds words of four letters or more, and so a compound's parts are looked up from
   * that length.
   */
  private static final int MIN_PART = 4;

  private final Optional<Path> file;
  private volatile SortedTable table;

  private Pronunciations(Optional<Path> file) {
    this.file = file;
  }

  /** The table in a file; a missing file is an empty table. */
  static Pronunciations in(Path file) {
    return new Pronunciations(Optional.of(file));
  }

  /** No dictionary: every word is read by {@link LetterToSound}. */
  static Pronunciations none() {
    return new Pronunciations(Optional.empty());
  }

  /**
   * The dictionary's pronunciations of a lower-case word, its first one first (jacket [dʒækət],
   * then [dʒækɪt], the one 재킷 is written from); empty when the dictionary lacks it.
   */
  List<List<String>> of(String word) {
    List<List<String>> readings = new ArrayList<>();
    for (String phones : table().value(word).orElse("").split("\\|")) {
      if (!phones.isEmpty()) {
        readings.add(List.of(phones.split(" ")));
      }
    }
    return List.copyOf(readings);
  }

  /**
   * The dictionary's pronunciations; for a word it lacks, the first ones of the two dictionary
   * words it is made of (hypervisor = hyper + visor, metadata = meta + data: compounds are common
   * among technical loanwords), the longer first part first; otherwise the spelling rules' guess.
   */
  List<List<String>> orGuess(String word) {
    List<List<String>> readings = of(word);
    if (!readings.isEmpty()) {
      return readings;
    }
    return List.of(compound(word).orElseGet(() -> LetterToSound.phonemes(word)));
  }

  private Optional<List<String>> compound(String word) {
    for (int split = word.length() - MIN_PART; split >= MIN_PART; split--) {
      List<List<String>> first = of(word.substring(0, split));
      List<List<String>> second = of(word.substring(split));
      if (!first.isEmpty() && !second.isEmpty()) {
        List<String> both = new ArrayList<>(first.getFirst());
        both.addAll(second.getFirst());
        return Optional.of(List.copyOf(both));
      }
    }
    return Optional.empty();
  }

  private SortedTable table() {
    SortedTable loaded = table;
    if (loaded == null) {
      synchronized (this) {
        if (table == null) {
          table = read();
        }
        loaded = table;
      }
    }
    return loaded;
  }

  private SortedTable read() {
    return file.map(SortedTable::read).orElseGet(SortedTable::empty);
  }
}
