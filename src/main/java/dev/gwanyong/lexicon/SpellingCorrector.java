package dev.gwanyong.lexicon;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.Fields;
import dev.gwanyong.index.SpellingFilter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Respells question words that neither the index nor the lexicon knows ("kubernets histroy", "쿠버네티즈") as the
 * closest word one of them does: an English word by letters, from the index's own words ({@link
 * Fields#SPELLING_LATIN}) and the lexicon's; a Korean word by jamo, from the index's Hangul words ({@link
 * Fields#SPELLING_HANGUL}). A word that is only absent from the corpus is usually too far from every word it has to be
 * respelled, and a correctly spelled word is left alone: one the index or lexicon knows, one found by its phonetic
 * key, or a Korean word Nori reads as one dictionary word.
 */
final class SpellingCorrector {

  /** English words shorter than this are too close to too many others to respell. */
  static final int MIN_LETTERS = 4;
  /** English words from this length may be two edits away; shorter ones one. */
  static final int TWO_EDITS_FROM = 8;
  /**
   * Korean words shorter than this (in syllables) are left alone: two-syllable words are so dense that most are one
   * jamo from another real word.
   */
  static final int MIN_SYLLABLES = 3;

  private final Analysis analysis;
  private final Lexicon lexicon;

  SpellingCorrector(Analysis analysis, Lexicon lexicon) {
    this.analysis = analysis;
    this.lexicon = lexicon;
  }

  /** The normalised question with its misspelled words respelled; empty when every word is known or unmatched. */
  Optional<String> correct(String text, IndexWords index) throws IOException {
    Map<Span, String> replacements = new LinkedHashMap<>();
    for (Analysis.TermSpan word : analysis.termSpans(Fields.SPELLING_LATIN, text)) {
      String written = text.substring(word.start(), word.end());
      latin(word.term(), index)
          .ifPresent(r -> replacements.put(new Span(word.start(), word.end()), inCaseOf(written, r)));
    }
    for (HangulWord word : hangulWords(text)) {
      Span stem = new Span(word.start(), word.start() + word.stem().length());
      hangul(word, index).ifPresent(r -> replacements.put(stem, r));
    }
    if (replacements.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder respelled = new StringBuilder(text);
    replacements.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<Span, String> e) -> e.getKey().start()).reversed())
        .forEach(e -> respelled.replace(e.getKey().start(), e.getKey().end(), e.getValue()));
    return Optional.of(respelled.toString());
  }

  private record Span(int start, int end) {}

  /**
   * A respelling in the case the member wrote the word in (Mesosphre as Mesosphere, CNFC as CNCF): a capital says
   * the word is a name, and the question shown as searched keeps it.
   */
  private static String inCaseOf(String written, String respelled) {
    if (written.length() > 1 && written.chars().allMatch(Character::isUpperCase)) {
      return respelled.toUpperCase(Locale.ROOT);
    }
    return Character.isUpperCase(written.charAt(0))
        ? Character.toUpperCase(respelled.charAt(0)) + respelled.substring(1)
        : respelled;
  }

  /** A Hangul word of the question and its stem without particles. */
  private record HangulWord(int start, String stem) {}

  private Optional<String> latin(String word, IndexWords index) throws IOException {
    if (word.length() < MIN_LETTERS || knownLatin(word, index)) {
      return Optional.empty();
    }
    int maxEdits = word.length() >= TWO_EDITS_FROM ? 2 : 1;
    List<Suggestion> suggestions = new ArrayList<>(fromIndex(index, Fields.SPELLING_LATIN, word, maxEdits));
    for (String known : lexicon.words()) {
      if (Math.abs(known.length() - word.length()) <= maxEdits && known.charAt(0) == word.charAt(0)) {
        int distance = EditDistance.between(word, known);
        if (distance <= maxEdits) {
          suggestions.add(new Suggestion(known, distance, 0));
        }
      }
    }
    return best(suggestions);
  }

  /**
   * Whether an English word is spelled right or found as it is: an English word (the lexicon's word list), a word of
   * the index, a stop word, a word whose stem the lexicon translates or the index has (kubernets is found as
   * kubernetes is, by its stem), or one whose phonetic key finds a loanword.
   */
  private boolean knownLatin(String word, IndexWords index) throws IOException {
    if (lexicon.isEnglishWord(word) || index.docFreq(Fields.SPELLING_LATIN, word) > 0) {
      return true;
    }
    List<String> stems = analysis.termSpans(Fields.ENGLISH, word).stream().map(Analysis.TermSpan::term).toList();
    if (stems.isEmpty() || lexicon.lookup(stems).isPresent() || lexicon.isFunctionWord(stems)) {
      return true;
    }
    for (String stem : stems) {
      if (index.docFreq(Fields.ENGLISH, stem) > 0
          || index.docFreq(Fields.TRANSLATION, stem) > 0) {
        return true;
      }
    }
    for (String key : analysis.queryTerms(Fields.TRANSLITERATION, word)) {
      if (index.docFreq(Fields.TRANSLITERATION, key) > 0) {
        return true;
      }
    }
    return false;
  }

  private Optional<String> hangul(HangulWord word, IndexWords index) throws IOException {
    String stem = word.stem();
    if (stem.length() < MIN_SYLLABLES || knownHangul(stem, index)) {
      return Optional.empty();
    }
    return best(fromIndex(index, Fields.SPELLING_HANGUL, SpellingFilter.toJamo(stem), 1))
        .map(SpellingFilter::fromJamo);
  }

  /**
   * Whether a Korean stem is spelled right: the index has it, the lexicon translates it, Nori reads it as one
   * dictionary word, or the index has every morpheme Nori cuts it into (건축물인 = 건축물 + 인, 특별휴가 = 특별 + 휴가:
   * a compound or an ending the stripping missed, not a typo).
   */
  private boolean knownHangul(String stem, IndexWords index) throws IOException {
    if (index.docFreq(Fields.SPELLING_HANGUL, SpellingFilter.toJamo(stem)) > 0
        || !lexicon.english(stem).isEmpty()) {
      return true;
    }
    List<Analysis.TermSpan> morphemes = analysis.termSpans(Fields.KOREAN, stem);
    if (morphemes.size() <= 1) {
      return true;
    }
    for (Analysis.TermSpan morpheme : morphemes) {
      if (index.docFreq(Fields.KOREAN, morpheme.term()) == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The question's Hangul words, each with its shortest stem: the word without particles and light-verb endings,
   * as the spelling field's analysis strips them.
   */
  private List<HangulWord> hangulWords(String text) {
    Map<Integer, String> shortest = new LinkedHashMap<>();
    for (Analysis.TermSpan form : analysis.termSpans(Fields.SPELLING_HANGUL, text)) {
      String stem = SpellingFilter.fromJamo(form.term());
      shortest.merge(form.start(), stem, (a, b) -> a.length() <= b.length() ? a : b);
    }
    return shortest.entrySet().stream().map(e -> new HangulWord(e.getKey(), e.getValue())).toList();
  }

  /** A word the question word may be meant as, its distance, and how many sentences have it. */
  private record Suggestion(String word, int distance, int docFreq) {}

  private static List<Suggestion> fromIndex(IndexWords index, String field, String word, int maxEdits)
      throws IOException {
    return index.close(field, word, maxEdits).stream()
        .map(c -> new Suggestion(c.term(), EditDistance.between(word, c.term()), c.docFreq()))
        .toList();
  }

  /**
   * The closest suggestion; among equally close ones the one more sentences have, so the index's before the
   * lexicon's.
   */
  private static Optional<String> best(List<Suggestion> suggestions) {
    return suggestions.stream()
        .min(Comparator.comparingInt(Suggestion::distance)
            .thenComparing(Comparator.comparingInt(Suggestion::docFreq).reversed())
            .thenComparing(Suggestion::word))
        .map(Suggestion::word);
  }
}
