package dev.gwanyong.lexicon;

/**
 * A word the question word may be meant as, its distance, how likely a slip makes the typed word of
 * it ({@link SuggestionRanker#slipRank}), how many sentences have it, and how rare a word of the
 * language it is ({@link SuggestionRanker#rarity}).
 */
record Suggestion(String word, int distance, int slip, int docFreq, int rarity) {}
