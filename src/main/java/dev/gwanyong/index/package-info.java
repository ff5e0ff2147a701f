/**
 * The Lucene index: the one place that builds analyzers ({@link dev.gwanyong.index.Analysis}) and
 * names fields ({@link dev.gwanyong.index.Fields}), text normalisation, the phonetic keys that let
 * English words find Hangul loanwords ({@link dev.gwanyong.index.PhoneticKey}, {@link
 * dev.gwanyong.index.PhoneticFilter}), the spelling fields that misspelled words are corrected from
 * ({@link dev.gwanyong.index.SpellingFilter}), and the store ({@link
 * dev.gwanyong.index.IndexStore}) that builds generations beside the live one, swaps them
 * atomically, and serves them mapped but for the paragraphs' records, which are read ({@link
 * dev.gwanyong.index.ServedDirectory}).
 */
package dev.gwanyong.index;
