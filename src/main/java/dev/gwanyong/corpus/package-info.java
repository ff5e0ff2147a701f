/**
 * Source documents as the project keeps them: the text format of the files in {@code index/}, reading a corpus
 * folder, and splitting paragraphs into sentences with offsets into the original text. Knows nothing of Lucene.
 */
package dev.gwanyong.corpus;
