package dev.gwanyong.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;

/**
 * Lucene's codec with stored fields in small chunks. A question reads some 25 stored documents (its candidates and
 * their paragraphs), each from a different chunk, and a chunk is decompressed up to the document read. With
 * Lucene's default chunks (80 KB, with a preset dictionary) reading stored documents took 24% of answer time on the
 * KorQuAD corpus (JDK Flight Recorder); with chunks of 8 KB 18%, of 2 KB 10%, of 512 bytes 9%. The stored fields
 * grow by a quarter at 2 KB (2.6 to 3.3 MB at 6,610 passages), by three quarters at 512 bytes.
 */
public final class PassageCodec extends FilterCodec {

  /** The codec's name in the index's segments, by which Lucene finds this class (META-INF/services) to read them. */
  public static final String NAME = "Gwanyong1";

  /** Bytes of documents compressed together, and their most; the smaller, the less decompressed per document read. */
  private static final int CHUNK_BYTES = 2 * 1024;

  private static final int MAX_DOCS_PER_CHUNK = 16;

  private final StoredFieldsFormat storedFields =
      new Lucene90CompressingStoredFieldsFormat(
          "GwanyongStoredFields", CompressionMode.FAST, CHUNK_BYTES, MAX_DOCS_PER_CHUNK, 10);

  /** Public for Lucene's service loader, which reads an index through it. */
  public PassageCodec() {
    // The delegate is named, not Lucene's current default, so that an index stays readable by the codec it was
    // written with until the chain version changes.
    super(NAME, new Lucene104Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }
}
