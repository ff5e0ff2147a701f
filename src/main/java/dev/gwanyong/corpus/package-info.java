/**
 * Source documents as the project keeps them: the text format of the files in {@code index/},
 * reading a corpus folder, and splitting paragraphs into sentences with offsets into the original
 * text; {@link dev.gwanyong.corpus.IoReason} says in a few words why a file could not be read or
 * written, for the corpus and the command line alike, {@link dev.gwanyong.corpus.HeaderLimit} how
 * long a header value moderation and import accept, and {@link dev.gwanyong.corpus.PrintableText}
 * what any text becomes on its way into a source (or a log line): well-formed, without control
 * characters. Knows nothing of Lucene.
 */
package dev.gwanyong.corpus;
