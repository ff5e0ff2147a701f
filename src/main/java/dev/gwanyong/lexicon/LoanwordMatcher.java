package dev.gwanyong.lexicon;

import dev.gwanyong.index.Fields;
import dev.gwanyong.index.SpellingFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the Hangul words of the index that an English word is likely written as: the word's Hangul forms ({@link
 * Transliterator}) looked up by jamo in the index's Hangul words ({@link Fields#SPELLING_HANGUL}), one jamo edit
 * allowed, so that the conventional spelling is found where it departs from the rules (메세지 for the rules' 메시지,
 * 로켓 for 로킷), and two for a long form that no word is one edit from (베트남 for 비에트남). Only the closest words
 * are kept, and a long word's other spellings (바시키르 beside 바슈키르).
 */
final class LoanwordMatcher {

  /**
   * How many jamo a form may be from an index word. Lucene's two-edit automata are costly to build, and long words
   * the lexicon lacks ("misunderstand", "circumscribed") made the slowest questions: two edits from 12 jamo found
   * 0.4 points more held-out pairs (recall 0.707 against 0.703) and doubled the slowest answers (10 ms against 5).
   * With one edit, and the forms the index has as they are looked up first, every near word is equally close.
   */
  private static final int EDITS = 1;
  /**
   * How many jamo a form this long (in jamo) may be from an index word when no word is within {@link #EDITS} of any
   * form: a long name's conventional spelling often departs from the rules twice (베트남 for 비에트남, 미얀마 for
   * 미얀마르), and long words are far enough apart that two edits seldom reach another one. Measured on the held-out
   * pairs: recall 0.753 to 0.778, precision 0.980 to 0.977 (27 of the 30 new matches right), lexicon matches 0.024
   * to 0.025; from 8 jamo recall 0.788, but precision 0.973 and lexicon matches 0.030; two edits for every form of
   * five syllables, not as a fallback, recall 0.768 and precision 0.968. Being a fallback, the dear automata are
   * built only for the long forms of a word that has no close match.
   */
  private static final int FALLBACK_EDITS = 2;
  private static final int FALLBACK_FROM_JAMO = 9;
  /**
   * A Hangul word or form this short (in syllables) must match exactly: two-syllable words are so dense that one jamo
   * from a form is usually another word (measured on the tune pairs: allowing it found 2% more pairs and made ten
   * times as many false matches with the lexicon's Korean words).
   */
  static final int EXACT_BELOW_SYLLABLES = 3;

  /**
   * A word the index has as it is brings the words one jamo from it when it is this long (in syllables): the index may
   * hold a name's other spelling too (바슈키르 and 바시키르). Measured on the tune pairs: from four syllables it found
   * 0.9% more pairs with no more false matches; from three it made twice as many matches with the lexicon's words
   * (브랜치 found 브런치) and brought held-out precision down to 0.966.
   */
  private static final int VARIANTS_FROM_SYLLABLES = 4;

  private final Transliterator transliterator;

  LoanwordMatcher(Transliterator transliterator) {
    this.transliterator = transliterator;
  }

  /** The index's Hangul words closest to the English word's Hangul forms; none when no form is close to any. */
  Set<String> hangulWords(String english, IndexWords index) {
    try {
      return closest(english, index);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the index's Hangul words failed", e);
    }
  }

  /**
   * Whether a one-syllable form is a word of the index's Korean text: the spelling field keeps a word's stems of two
   * syllables or more only, so a short name (Tom 톰, in 톰은) is found among the words Nori split off instead.
   */
  private static boolean isKoreanTerm(String form, IndexWords index) throws IOException {
    return form.length() == 1 && index.docFreq(Fields.KOREAN, form) > 0;
  }

  private Set<String> closest(String english, IndexWords index) throws IOException {
    Set<String> forms = transliterator.hangul(english);
    // A form the index has as it is wins over every near one (but for a long word's other spellings); looking the
    // forms up whole first spares building Lucene's edit automata, the costliest step, for most words that have a
    // match.
    Set<String> exact = new LinkedHashSet<>();
    for (String form : forms) {
      if (index.docFreq(Fields.SPELLING_HANGUL, SpellingFilter.toJamo(form)) > 0 || isKoreanTerm(form, index)) {
        exact.add(form);
      }
    }
    if (!exact.isEmpty()) {
      Set<String> withSpellings = new LinkedHashSet<>(exact);
      withSpellings.addAll(near(exact.stream().filter(w -> w.length() >= VARIANTS_FROM_SYLLABLES).toList(), index));
      return withSpellings;
    }
    Set<String> near = near(forms, index);
    return near.isEmpty() ? farther(forms, index) : near;
  }

  /** The index's words one jamo from the forms of three syllables or more. */
  private static Set<String> near(Collection<String> forms, IndexWords index) throws IOException {
    List<String> jamo = forms.stream().filter(f -> f.length() >= EXACT_BELOW_SYLLABLES).map(SpellingFilter::toJamo)
        .toList();
    return close(jamo, EDITS, index);
  }

  /** The index's words two jamo from the long forms. */
  private static Set<String> farther(Collection<String> forms, IndexWords index) throws IOException {
    List<String> jamo = forms.stream().map(SpellingFilter::toJamo).filter(j -> j.length() >= FALLBACK_FROM_JAMO)
        .toList();
    return close(jamo, FALLBACK_EDITS, index);
  }

  /** The index's words of three syllables or more within some edits of the jamo forms. */
  private static Set<String> close(List<String> jamoForms, int edits, IndexWords index) throws IOException {
    Set<String> near = new LinkedHashSet<>();
    for (String jamo : jamoForms) {
      for (IndexWords.Close close : index.close(Fields.SPELLING_HANGUL, jamo, edits)) {
        String word = SpellingFilter.fromJamo(close.term());
        if (word.length() >= EXACT_BELOW_SYLLABLES) {
          near.add(word);
        }
      }
    }
    return near;
  }
}
