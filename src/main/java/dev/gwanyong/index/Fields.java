package dev.gwanyong.index;

/** The names of the index's fields, in one place. One Lucene document is one sentence of a source. */
public final class Fields {

  /** The source's id. */
  public static final String SOURCE = "source";
  public static final String TITLE = "title";
  /** The source's own web address ({@code url} in its header), when it is published; links are made when answering. */
  public static final String URL = "url";
  /** The first public reference a source written for the corpus was based on ({@code references}), if any. */
  public static final String REFERENCE = "reference";
  /** The line of the source file on which the paragraph stands, from 1, for a link to it. */
  public static final String LINE = "line";
  /** Paragraph number, from 1. */
  public static final String PARAGRAPH = "paragraph";
  /** Sentence number within the paragraph, from 0: a doc value of every sentence's document. */
  public static final String SENTENCE = "sentence";
  /** The paragraph, stored as written; the sentence is {@code [start, end)} of it. */
  public static final String PARAGRAPH_TEXT = "paragraph_text";
  public static final String START = "start";
  public static final String END = "end";
  /** The aligned translation of the paragraph, stored, when the source carries one. */
  public static final String TRANSLATION_TEXT = "translation_text";

  /** The sentence analysed with Nori. */
  public static final String KOREAN = "ko";
  /** The title and the whole paragraph, analysed with Nori: context that helps rank the sentence. */
  public static final String KOREAN_CONTEXT = "ko_context";
  /** The sentence analysed for English: stemming and stop words. */
  public static final String ENGLISH = "en";
  /** The aligned translation of the sentence, analysed for English. */
  public static final String TRANSLATION = "translation";
  /** Hangul character bigrams: a safety net for morphology the dictionary misses. */
  public static final String BIGRAMS = "bigrams";
  /**
   * Phonetic keys of the sentence's Hangul words ({@link PhoneticKey}), so that English words in a question find
   * Hangul loanwords without a lexicon entry. Indexed from the sentence text; questions are read as English.
   */
  public static final String TRANSLITERATION = "translit";
  /**
   * The other way round: phonetic keys of the sentence's English words, so that a Hangul loanword in a question
   * (노마드) finds English text (Nomad) without a lexicon entry. Indexed from the sentence text; questions are read as
   * Hangul.
   */
  public static final String TRANSLITERATION_LATIN = "translit_en";
  /**
   * English words of the sentence and its aligned translation as written, lower case and unstemmed: the words a
   * misspelled English question word is corrected to ({@link SpellingFilter}).
   */
  public static final String SPELLING_LATIN = "spelling_en";
  /**
   * English words the sentence and its aligned translation write as names ({@link LatinNameFilter}), lower case:
   * whether a question word typed in lower case (mesosphere) is one.
   */
  public static final String NAMES_LATIN = "names_en";
  /**
   * Hangul words of the sentence, with and without particles, in jamo: what a misspelled Korean word is corrected
   * to.
   */
  public static final String SPELLING_HANGUL = "spelling_ko";

  private Fields() {}
}
