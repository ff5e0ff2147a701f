package dev.gwanyong.lexicon;

import dev.gwanyong.index.Fields;
import dev.gwanyong.index.SpellingFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the Hangul words of the index that an English word is likely written as: the word's Hangul
 * forms ({@link Transliterator}) looked up by jamo in the index's Hangul words ({@link
 * Fields#SPELLING_HANGUL}), one jamo edit allowed, so that the conventional spelling is found where
 * it departs from the rules (메세지 for the rules' 메시지, 로켓 for 로킷). Only the closest words are kept,
 * and a long word's other spellings (바시키르 beside 바슈키르). A Korean or Japanese word written romanised
 * (bulgogi, Hakodate) is found as the Hangul word its romanisation spells ({@link RomanisedWords}),
 * and a Chinese name in pinyin as its characters' Korean readings ({@link PinyinReadings}).
 */
final class LoanwordMatcher {

  /**
   * A Hangul word or form this short (in syllables) must match exactly: two-syllable words are so
   * dense that one jamo from a form is usually another word (measured on the tune pairs: allowing
   * it found 2% more pairs and made ten times as many false matches with the lexicon's Korean
   * words).
   */
  static final int EXACT_BELOW_SYLLABLES = 3;

  /**
   * A word the index has as it is brings the words one jamo from it when it is this long (in
   * syllables): the index may hold a name's other spelling too (바슈키르 and 바시키르). Measured on the
   * tune pairs: from four syllables it found 0.9% more pairs with no more false matches; from three
   * it made twice as many matches with the lexicon's words (브랜치 found 브런치) and brought held-out
   * precision down to 0.966.
   */
  private static final int VARIANTS_FROM_SYLLABLES = 4;

  private final Transliterator transliterator;
  private final PinyinReadings pinyin;

  LoanwordMatcher(Transliterator transliterator, PinyinReadings pinyin) {
    this.transliterator = transliterator;
    this.pinyin = pinyin;
  }

  /**
   * The index's Hangul words closest to the English word's Hangul forms; none when no form is close
   * to any.
   */
  Set<String> hangulWords(String english, IndexWords index) {
    try {
      return closest(english, index);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the index's Hangul words failed", e);
    }
  }

  /**
   * Whether a one-syllable form is a word of the index's Korean text: the spelling field keeps a
   * word's stems of two syllables or more only, so a short name (Tom 톰, in 톰은) is found among the
   * words Nori split off instead.
   */
  private static boolean isKoreanTerm(String form, IndexWords index) throws IOException {
    return form.length() == 1 && index.docFreq(Fields.KOREAN, form) > 0;
  }

  private Set<String> closest(String english, IndexWords index) throws IOException {
    Set<String> forms = transliterator.hangul(english);
    // A form the index has as it is wins over every near one (but for a long word's other
    // spellings); looking the forms up whole first spares building Lucene's edit automata, the
    // costliest step, for most words that have a match. A Korean or Japanese word written romanised
    // (hanok, Hakodate) is no English loanword: its spellings are looked up as they are too, never
    // near, as they are many and most are no word.
    Set<String> exact = new LinkedHashSet<>();
    for (String form : forms) {
      if (index.hasHangulWord(form) || isKoreanTerm(form, index)) {
        exact.add(form);
      }
    }
    for (String spelling :
        Stream.concat(RomanisedWords.hangul(english).stream(), pinyin.hangul(english).stream())
            .toList()) {
      if (index.hasHangulWord(spelling)) {
        exact.add(spelling);
      }
    }
    if (!exact.isEmpty()) {
      Set<String> withSpellings = new LinkedHashSet<>(exact);
      withSpellings.addAll(
          near(exact.stream().filter(w -> w.length() >= VARIANTS_FROM_SYLLABLES).toList(), index));
      return withSpellings;
    }
    return near(forms, index);
  }

  /**
   * The index's words one jamo from the forms of three syllables or more ({@link
   * HangulNeighbours}). Not two: Lucene's two-edit automata are costly to build, and long words the
   * lexicon lacks ("misunderstand", "circumscribed") made the slowest questions; two edits from 12
   * jamo found 0.4 points more held-out pairs (recall 0.707 against 0.703) and doubled the slowest
   * answers (10 ms against 5). With one, and the forms the index has as they are looked up first,
   * every near word is equally close.
   */
  private static Set<String> near(Collection<String> forms, IndexWords index) throws IOException {
    Set<String> near = new LinkedHashSet<>();
    for (String form : forms) {
      if (form.length() < EXACT_BELOW_SYLLABLES) {
        continue;
      }
      for (IndexWords.Close close : HangulNeighbours.of(form, index)) {
        String word = SpellingFilter.fromJamo(close.term());
        if (word.length() >= EXACT_BELOW_SYLLABLES) {
          near.add(word);
        }
      }
    }
    return near;
  }
}
