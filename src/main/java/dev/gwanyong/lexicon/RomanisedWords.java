package dev.gwanyong.lexicon;

import dev.gwanyong.index.RomanisedSpellings;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Hangul words a word written in Latin letters may romanise, as English text writes Korean and
 * Japanese words and names: a Korean word by the Revised Romanization or McCune–Reischauer ({@link
 * RomanisedSpellings}: bulgogi 불고기, Kaesong 개성), a Japanese one by Hepburn ({@link
 * JapaneseSpellings}: Hakodate 하코다테). Accents are set aside, as English writes the breves and
 * macrons or leaves them out (Kŭmgang, Tōkyō).
 */
final class RomanisedWords {

  private RomanisedWords() {}

  /**
   * The word's Hangul spellings; a capitalised word is read as a Korean name by McCune–Reischauer
   * too.
   */
  static List<String> hangul(String word) {
    String letters = Transliterator.folded(word);
    boolean name = !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    Set<String> spellings =
        new LinkedHashSet<>(
            name ? RomanisedSpellings.ofName(letters) : RomanisedSpellings.of(letters));
    spellings.addAll(JapaneseSpellings.of(letters));
    return List.copyOf(spellings);
  }
}
