package dev.gwanyong.index;

/**
 * The names of the index's fields, in one place. One Lucene document is one sentence of a source.
 */
public final class Fields {

  /** Sentence number within the paragraph, from 0: a doc value of every sentence's document. */
  public static final String SENTENCE = "sentence";

  /** The sentence analysed with Nori. */
  public static final String KOREAN = "ko";

  /**
   * The title and the whole paragraph, analysed with Nori: context that helps rank the sentence.
   */
  public static final String KOREAN_CONTEXT = "ko_context";

  /** The sentence analysed for English: stemming and stop words. */
  public static final String ENGLISH = "en";

  /** The aligned translation of the sentence, analysed for English. */
  public static final String TRANSLATION = "translation";

  /** Hangul character bigrams: a safety net for morphology the dictionary misses. */
  public static final String BIGRAMS = "bigrams";

  /**
   * Phonetic keys of the sentence's Hangul words ({@link PhoneticKey}), so that English words in a
   * question find Hangul loanwords without a lexicon entry. Indexed from the sentence text;
   * questions are read as English, and a question's Hangul loanword looks up its own key here, to
   * meet the other ways Korean spells it (제레미, 제러미).
   */
  public static final String TRANSLITERATION = "translit";

  /**
   * The other way round: phonetic keys of the sentence's English words, so that a Hangul loanword
   * in a question (노마드) finds English text (Nomad) without a lexicon entry. Indexed from the
   * sentence text; questions are read as Hangul.
   */
  public static final String TRANSLITERATION_LATIN = "translit_en";

  /**
   * English words of the sentence and its aligned translation as written, lower case and unstemmed:
   * the words a misspelled English question word is corrected to ({@link SpellingFilter}).
   */
  public static final String SPELLING_LATIN = "spelling_en";

  /**
   * English words the sentence and its aligned translation write as names ({@link
   * LatinNameFilter}), lower case: whether a question word typed in lower case (mesosphere) is one.
   */
  public static final String NAMES_LATIN = "names_en";

  /**
   * Hangul words of the sentence, with and without particles, in jamo: what a misspelled Korean
   * word is corrected to.
   */
  public static final String SPELLING_HANGUL = "spelling_ko";

  /**
   * The kinds of number the sentence or its aligned translation writes ({@link NumberCue#term()}: a
   * percentage, a year, any number), so that a question word that asks for one also finds the
   * sentences that give one ("쿠버네티스 점유율" the sentence with 78% in it, which names no share).
   */
  public static final String NUMBERS = "numbers";

  private Fields() {}
}
