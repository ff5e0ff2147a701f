/**
 * English–Korean word knowledge: the lexicon in tiers ({@link dev.gwanyong.lexicon.Lexicon}:
 * hand-written entries, then names, then Sino-Korean words glossed through Hanja), moderators'
 * edits of its files ({@link dev.gwanyong.lexicon.LexiconFiles}), writing English words in Hangul
 * (pronunciations, letter-to-sound rules and the loanword orthography), matching those forms to the
 * index's Hangul words, and respelling misspelled question words. Query building calls {@link
 * dev.gwanyong.lexicon.CrossLanguage}, the one entry point for what a question needs against an
 * index; the transliterator, the loanword matcher and the spelling corrector behind it are
 * package-private.
 *
 * <p>It sits between {@code index} and {@code search}: lexicon entries are analysed with the
 * index's own {@link dev.gwanyong.index.Analysis} so lookups compare exactly what the index holds,
 * and the index's words are read through {@link dev.gwanyong.lexicon.IndexWords}, which {@code
 * search} answers from Lucene, so no Lucene type enters here. The phonetic keys and Sino-Korean
 * readings the analyzers index with stay in {@code index}, the one place that builds analyzers. The
 * data files are {@code config/lexicon/} and {@code config/lexicon/generated/}.
 */
package dev.gwanyong.lexicon;
