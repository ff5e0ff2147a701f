package dev.gwanyong.lexicon;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.Fields;
import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Respells question words that neither the index nor the lexicon knows ("kubernets histroy",
 * "쿠버네티즈") as the closest word one of them does: an English word by letters, from the index's own
 * words ({@link Fields#SPELLING_LATIN}) and the lexicon's ({@link EnglishRespeller}); a Korean word
 * by jamo, from the index's Hangul words ({@link Fields#SPELLING_HANGUL}; {@link KoreanRespeller}),
 * both ranking their candidates alike ({@link SuggestionRanker}). A word that is only absent from
 * the corpus is usually too far from every word it has to be respelled, and a correctly spelled
 * word is left alone: one the index or lexicon knows, a name SCOWL lists written capitalised, one
 * found by its phonetic key, or a Korean word Nori reads as one dictionary word.
 */
final class SpellingCorrector {

  private final EnglishRespeller english;
  private final KoreanRespeller korean;

  SpellingCorrector(Analysis analysis, Lexicon lexicon) {
    SuggestionRanker ranker = new SuggestionRanker(analysis, lexicon);
    this.english = new EnglishRespeller(analysis, lexicon, ranker);
    this.korean = new KoreanRespeller(analysis, lexicon, ranker);
  }

  /**
   * The normalised question with its misspelled words respelled; empty when every word is known or
   * unmatched.
   */
  Optional<String> correct(String text, IndexWords index) throws IOException {
    Map<Span, String> replacements = new LinkedHashMap<>(english.respellings(text, index));
    replacements.putAll(korean.respellings(text, index));
    if (replacements.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder respelled = new StringBuilder(text);
    replacements.entrySet().stream()
        .sorted(
            Comparator.comparingInt((Map.Entry<Span, String> e) -> e.getKey().start()).reversed())
        .forEach(e -> respelled.replace(e.getKey().start(), e.getKey().end(), e.getValue()));
    return Optional.of(respelled.toString());
  }

  /** Where in the question a respelled word is, end exclusive. */
  record Span(int start, int end) {}
}
