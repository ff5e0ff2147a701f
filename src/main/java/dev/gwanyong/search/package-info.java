/**
 * Search: building queries from plain text without any query syntax, the English–Korean lexicon in tiers ({@link
 * dev.gwanyong.search.Lexicon}), respelling misspelled question words, writing English words the lexicon lacks in
 * Hangul to find their loanwords ({@link dev.gwanyong.search.LoanwordMatcher}), retrieving sentences, and measuring
 * how much of a question a passage covers. Lucene types stay inside this package and {@code index}.
 */
package dev.gwanyong.search;
