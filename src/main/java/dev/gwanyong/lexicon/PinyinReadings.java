package dev.gwanyong.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Hangul words a Chinese name written in pinyin may be in Korean text, which writes the names
 * of China's past by their characters' Korean readings, as one word (Hua Yuan 화원, Zheng Chenggong
 * 정성공, Zhuge Liang 제갈량): each syllable read as the Korean readings most characters of that Mandarin
 * syllable have ({@value #FILE}, generated from Unihan by {@code scripts/lexicon/pinyin.py}). A
 * syllable stands for several readings (ze: 책, 측, 택, 칙), so a name spells several words, and the
 * index says which it has.
 */
final class PinyinReadings {

  /** The table's name in the lexicon's generated folder. */
  static final String FILE = "pinyin-unihan.txt";

  /** The longest syllable's letters (zhuang, shuang). */
  private static final int MAX_SYLLABLE = 6;

  /** A Chinese name has two to four syllables (Hua Yuan, Zhuge Liang, Sima Xiangru). */
  private static final int MIN_SYLLABLES = 2;

  private static final int MAX_SYLLABLES = 4;

  /** Most Hangul spellings given for one name; the index keeps those it has. */
  private static final int MAX_SPELLINGS = 256;

  private final SortedTable table;

  private PinyinReadings(SortedTable table) {
    this.table = table;
  }

  /** The readings in a file; a missing file reads no name. */
  static PinyinReadings in(Path file) {
    return new PinyinReadings(SortedTable.read(file));
  }

  /**
   * The Hangul words a name of two or three words in ASCII letters, apart by spaces or hyphens, may
   * be, its syllables' readings joined; none when a word reads as no run of syllables or the name
   * has fewer than two syllables or more than four. A single word is none: read so, English words
   * the lexicon lacks met everyday Korean ones (dari as 다리), and a word of a name alone is seldom
   * what Korean writes (Zedong, of 모택동).
   */
  List<String> hangul(String name) {
    String[] words = name.toLowerCase(Locale.ROOT).split("[ -]+");
    if (words.length < 2) {
      return List.of();
    }
    List<List<String>> syllables = new ArrayList<>();
    for (String word : words) {
      List<String> read = syllables(word);
      if (read.isEmpty()) {
        return List.of();
      }
      syllables.addAll(read.stream().map(this::readings).toList());
    }
    if (syllables.size() < MIN_SYLLABLES || syllables.size() > MAX_SYLLABLES) {
      return List.of();
    }
    List<String> spellings = new ArrayList<>(List.of(""));
    for (List<String> readings : syllables) {
      List<String> longer = new ArrayList<>();
      for (String start : spellings) {
        for (String reading : readings) {
          if (longer.size() < MAX_SPELLINGS) {
            longer.add(start + reading);
          }
        }
      }
      spellings = longer;
    }
    return spellings;
  }

  /**
   * A word's syllables, each as long as it can be and still leave a word of syllables after it
   * (chenggong as cheng | gong, xian as xian, not xi | an, as pinyin writes an apostrophe where it
   * means two); none when it reads as none.
   */
  private List<String> syllables(String word) {
    List<String> read = new ArrayList<>();
    return readsFrom(word, 0, read, new boolean[word.length() + 1]) && !word.isEmpty()
        ? read
        : List.of();
  }

  /**
   * Whether the word reads as syllables from {@code at}, adding them; {@code fails} remembers where
   * it does not.
   */
  private boolean readsFrom(String word, int at, List<String> read, boolean[] fails) {
    if (at == word.length()) {
      return true;
    }
    if (fails[at]) {
      return false;
    }
    for (int end = Math.min(word.length(), at + MAX_SYLLABLE); end > at; end--) {
      String syllable = word.substring(at, end);
      if (table.contains(syllable)) {
        read.add(syllable);
        if (readsFrom(word, end, read, fails)) {
          return true;
        }
        read.removeLast();
      }
    }
    fails[at] = true;
    return false;
  }

  private List<String> readings(String syllable) {
    return List.of(table.value(syllable).orElseThrow().split(" "));
  }
}
