package dev.gwanyong.lexicon;

import dev.gwanyong.index.Analysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * What a question needs from this package beyond the {@link Lexicon}'s lookups, against the words
 * of the index being searched: its misspelled words respelled, the Hangul words an English word the
 * lexicon lacks may be written as, and the English names a Hangul word may write. The spelling
 * corrector, the transliterator and the loanword matcher behind it stay inside the package.
 */
public final class CrossLanguage {

  private final Lexicon lexicon;
  private final SpellingCorrector spelling;
  private final Transliterator transliterator;
  private final LoanwordMatcher loanwords;

  /** Query-time knowledge from a lexicon, with the analysis the index was built with. */
  public CrossLanguage(Lexicon lexicon, Analysis analysis) {
    this.lexicon = lexicon;
    this.spelling = new SpellingCorrector(analysis, lexicon);
    this.transliterator = new Transliterator(lexicon.pronunciations());
    this.loanwords = new LoanwordMatcher(transliterator, lexicon.pinyin());
  }

  /** The lexicon's tiers, for translating question words. */
  public Lexicon lexicon() {
    return lexicon;
  }

  /**
   * The normalised question with the words that neither the index nor the lexicon knows respelled
   * as the closest word one of them does; empty when every word is known or too far from any.
   */
  public Optional<String> respell(String text, IndexWords index) throws IOException {
    return spelling.correct(text, index);
  }

  /**
   * The index's Hangul words closest to the Hangul forms of an English word (for one the lexicon
   * lacks: Mesosphere as 메소스피어), or of a Chinese name in pinyin of one to three words (Hua Yuan as
   * 화원); none when no form is close to any.
   *
   * @throws UncheckedIOException when the index cannot be read
   */
  public Set<String> loanwords(String english, IndexWords index) {
    return loanwords.hangulWords(english, index);
  }

  /**
   * The names of an English text (lower case) by the Hangul words they may be written as: Tom as 톰.
   */
  public HangulNames hangulNames(Collection<String> names) {
    return HangulNames.of(names, transliterator);
  }
}
