/**
 * Search: building queries from plain text without any query syntax, translating and respelling the
 * question through {@link dev.gwanyong.lexicon.CrossLanguage} (with {@link
 * dev.gwanyong.search.ReaderWords} answering what it asks of the open index), retrieving sentences,
 * and measuring how much of a question a passage covers. Lucene types stay inside this package and
 * {@code index}.
 */
package dev.gwanyong.search;
