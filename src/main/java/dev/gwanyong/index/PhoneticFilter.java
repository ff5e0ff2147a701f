package dev.gwanyong.index;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.dict.UserDictionary;

/**
 * Replaces each word by its {@link PhoneticKey}s, so that Hangul loanwords in the index and English
 * words in a question meet in one term space. A word with several keys (a Hangul word and its stems
 * without particles, an English spelling with several readings) gives them all at one position,
 * like synonyms. Words of the other script, words with digits, and words whose keys are too short
 * to be specific are dropped.
 */
public final class PhoneticFilter extends WordKeysFilter {

  /** Which spelling the filter reads. */
  private enum Script {
    /**
     * Hangul words of at least two syllables, with their particles and light-verb endings stripped.
     * Words that are not loanwords are dropped: Sino-Korean ones ({@link SinoKorean}) and inflected
     * native ones ({@link NativeWords}).
     */
    HANGUL,
    /**
     * Lower-case English words, letters a to z only, and such a word with a Korean particle written
     * onto it: a Korean sentence writes Redis는 and HashiCorp가, which are read as redis and
     * hashicorp.
     */
    LATIN
  }

  private final Script script;
  private final NativeWords nativeWords;

  private PhoneticFilter(TokenStream input, Script script, NativeWords nativeWords) {
    super(input);
    this.script = script;
    this.nativeWords = nativeWords;
  }

  /**
   * Keys of Hangul words, for the index.
   *
   * @param userDictionary the user dictionary Nori reads the text with, or null
   */
  public static PhoneticFilter hangul(TokenStream input, UserDictionary userDictionary) {
    return new PhoneticFilter(input, Script.HANGUL, new NativeWords(userDictionary));
  }

  /** Keys of lower-case English words, for questions. */
  public static PhoneticFilter latin(TokenStream input) {
    return new PhoneticFilter(input, Script.LATIN, null);
  }

  @Override
  Set<String> keys(String word) {
    Set<String> keys = new LinkedHashSet<>();
    switch (script) {
      case HANGUL -> {
        if (HangulSyllables.isSyllables(word) && word.length() >= 2) {
          for (String stem : KoreanEndings.stems(word)) {
            if (!SinoKorean.isSinoKorean(stem)) {
              keys.add(PhoneticKey.ofHangul(stem));
            }
          }
          keys.removeIf(key -> !PhoneticKey.isSpecific(key));
          if (!keys.isEmpty() && nativeWords.isInflected(word)) {
            keys.clear();
          }
        }
      }
      case LATIN -> {
        int letters = latinLetters(word);
        if (letters > 0) {
          keys.addAll(PhoneticKey.latinKeys(word.substring(0, letters)));
        }
      }
    }
    keys.removeIf(key -> !PhoneticKey.isSpecific(key));
    return keys;
  }
}
