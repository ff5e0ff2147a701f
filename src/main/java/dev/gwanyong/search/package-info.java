/**
 * Search: building queries from plain text without any query syntax, retrieving and re-ranking sentences, and
 * measuring how much of a question a passage covers. Lucene types stay inside this package and {@code index}.
 */
package dev.gwanyong.search;
