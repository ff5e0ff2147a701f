package dev.gwanyong.index;

import dev.gwanyong.corpus.SentenceSplitter.Sentence;
import dev.gwanyong.corpus.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.compress.LZ4;

/**
 * What the index keeps to quote, cite and judge a sentence, and how it is read back. A paragraph's
 * sentences are adjacent documents, and the first keeps it all for the whole paragraph, in one
 * binary doc value: the text and its translation, where it stands in its source, and every
 * sentence's bounds and terms ({@link PassageTerms}), in which its neighbours are looked up too;
 * and, in a doc value of its own, its sentences' tokens ({@link SentenceTokens}), read only for the
 * few candidates that are quoted. The other sentences keep only their number in the paragraph, as a
 * doc value, which leads to the first. A candidate so costs one read for its paragraph, shared with
 * the paragraph's other candidates. The record is compressed on its own: reading a paragraph from
 * Lucene's stored fields decompressed a chunk of its neighbours' too, a fifth of the time a
 * question took at 99k passages.
 */
public final class StoredPassages {

  private static final String PARAGRAPH_RECORD = "paragraph_record";

  /**
   * Apart from the record: every question reads some thirty records and quotes from a few.
   * Compressed with the record, the tokens made reading records a third slower, undoing a third of
   * what reading them instead of analysing saves.
   */
  private static final String PARAGRAPH_TOKENS = "paragraph_tokens";

  /**
   * Each analysing thread's LZ4 hash table, which {@link #compressed} resets for every record: a
   * new one for each allocated 37 of the 811 MB a KorQuAD build allocated.
   */
  private static final ThreadLocal<LZ4.FastCompressionHashTable> HASH_TABLES =
      ThreadLocal.withInitial(LZ4.FastCompressionHashTable::new);

  private StoredPassages() {}

  /**
   * A stored sentence.
   *
   * @param paragraphDoc the document of its paragraph's first sentence: the same for all sentences
   *     of a paragraph
   * @param line the line of the source file on which the paragraph stands
   * @param paragraph paragraph number, from 1
   * @param sentence sentence number within the paragraph, from 0
   * @param start the sentence's first character within the paragraph
   * @param end just past the sentence's last character
   * @param marks what the sentence's text marks (negation, persons, asking), read when the index
   *     was built
   * @param translation the aligned translation of the paragraph, if the source has one
   * @param tokens the paragraph's sentences' tokens, for emphasis
   */
  public record Passage(
      int paragraphDoc,
      String sourceId,
      String title,
      Optional<String> url,
      Optional<String> reference,
      int line,
      int paragraph,
      int sentence,
      String paragraphText,
      int start,
      int end,
      SentenceMarks.Marks marks,
      Optional<String> translation,
      PassageTerms terms,
      SentenceTokens tokens) {

    /** {@code source#paragraph.sentence}. */
    public String id() {
      return sourceId + "#" + paragraph + "." + sentence;
    }
  }

  /** Marks a sentence's document with its number in the paragraph. */
  static void addSentenceNumber(Document doc, int sentence) {
    doc.add(new NumericDocValuesField(Fields.SENTENCE, sentence));
  }

  /**
   * Keeps a paragraph with its first sentence's document: {@code sentenceTerms} has each
   * sentence's, in order (its neighbours and its paragraph are looked up in those), {@code
   * sentenceTokens} each sentence's as {@link SentenceTokens#encode} wrote them, and {@code
   * translationTerms} the whole translation's.
   */
  static void addParagraph(
      Document first,
      Source source,
      int paragraph,
      String text,
      Optional<String> translation,
      List<Sentence> sentences,
      List<PassageTerms.Terms> sentenceTerms,
      List<BytesRef> sentenceTokens,
      PassageTerms.Terms translationTerms,
      PassageTerms.Terms titleTerms) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeString(source.id());
      out.writeString(source.title());
      // What a link is made of, not the link: the link base is configuration, read when answering.
      writeOptional(out, source.url());
      writeOptional(out, source.references().stream().findFirst());
      out.writeVInt(source.bodyLine() + paragraph - 1);
      out.writeVInt(paragraph);
      out.writeString(text);
      writeOptional(out, translation.filter(t -> !t.isEmpty()));
      out.writeVInt(sentences.size());
      for (int s = 0; s < sentences.size(); s++) {
        out.writeVInt(sentences.get(s).start());
        out.writeVInt(sentences.get(s).end());
        // What the sentence's text marks depends on it alone: read here, not for every question
        // that meets it.
        out.writeVInt(SentenceMarks.of(sentences.get(s).text()).bits());
        writeBytes(out, sentenceTerms.get(s).bytes());
      }
      writeBytes(out, translationTerms.bytes());
      writeBytes(out, titleTerms.bytes());
      ByteBuffersDataOutput tokens = new ByteBuffersDataOutput();
      for (BytesRef sentence : sentenceTokens) {
        writeBytes(tokens, sentence);
      }
      first.add(new BinaryDocValuesField(PARAGRAPH_TOKENS, compressed(tokens.toArrayCopy())));
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory failed", e);
    }
    first.add(new BinaryDocValuesField(PARAGRAPH_RECORD, compressed(out.toArrayCopy())));
  }

  /**
   * The stored sentences of documents of {@code reader}, in the order given; each paragraph is read
   * once.
   */
  public static List<Passage> read(IndexReader reader, int[] docs) throws IOException {
    Map<Integer, Integer> sentences =
        inDocOrder(
            reader,
            docs,
            leaf -> {
              NumericDocValues numbers = DocValues.getNumeric(leaf, Fields.SENTENCE);
              return doc -> {
                if (!numbers.advanceExact(doc)) {
                  throw new IllegalStateException(
                      "a passage has no sentence number; rebuild the index");
                }
                return (int) numbers.longValue();
              };
            });
    int[] firsts = new int[docs.length];
    for (int d = 0; d < docs.length; d++) {
      firsts[d] = docs[d] - sentences.get(docs[d]);
    }
    Map<Integer, Paragraph> paragraphs =
        inDocOrder(
            reader,
            firsts,
            leaf -> {
              BinaryDocValues records = DocValues.getBinary(leaf, PARAGRAPH_RECORD);
              return doc -> {
                if (!records.advanceExact(doc)) {
                  throw new IllegalStateException("a paragraph has no record; rebuild the index");
                }
                return Paragraph.decode(records.binaryValue());
              };
            });
    Map<Integer, SentenceTokens> tokens = new HashMap<>();
    List<Passage> passages = new ArrayList<>(docs.length);
    for (int d = 0; d < docs.length; d++) {
      int first = firsts[d];
      Paragraph paragraph = paragraphs.get(first);
      int count = paragraph.starts().length;
      SentenceTokens paragraphTokens =
          tokens.computeIfAbsent(
              first,
              doc ->
                  new SentenceTokens(
                      paragraph.starts(), paragraph.ends(), () -> tokens(reader, doc, count)));
      passages.add(paragraph.passage(first, sentences.get(docs[d]), paragraphTokens));
    }
    return passages;
  }

  /**
   * The sentences' tokens of the paragraph whose first sentence is {@code doc}, while the reader is
   * open; nothing once it has closed, as when a moderator's change has been served since the
   * candidate was found.
   */
  private static Optional<BytesRef[]> tokens(IndexReader reader, int doc, int sentences) {
    if (!reader.tryIncRef()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          inDocOrder(
                  reader,
                  new int[] {doc},
                  leaf -> {
                    BinaryDocValues values = DocValues.getBinary(leaf, PARAGRAPH_TOKENS);
                    return first -> {
                      if (!values.advanceExact(first)) {
                        throw new IllegalStateException(
                            "a paragraph has no tokens; rebuild the index");
                      }
                      BytesRef block = decompressed(values.binaryValue());
                      ByteArrayDataInput in =
                          new ByteArrayDataInput(block.bytes, block.offset, block.length);
                      BytesRef[] tokens = new BytesRef[sentences];
                      for (int s = 0; s < sentences; s++) {
                        tokens[s] = readBytes(in, block.bytes);
                      }
                      return tokens;
                    };
                  })
              .get(doc));
    } catch (IOException e) {
      throw new UncheckedIOException("reading the index failed", e);
    } finally {
      decRef(reader);
    }
  }

  private static void decRef(IndexReader reader) {
    try {
      reader.decRef();
    } catch (IOException e) {
      throw new UncheckedIOException("closing the index failed", e);
    }
  }

  /**
   * A value of each of the documents, read in increasing document order with one iterator a
   * segment: doc values are read forwards only, and each new iterator over binary values allocates
   * a buffer as long as the segment's longest value (a paragraph's record), which, one a candidate,
   * was a third of what a question allocated.
   */
  private static <V> Map<Integer, V> inDocOrder(
      IndexReader reader, int[] docs, LeafValues<V> values) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    Map<Integer, V> read = new HashMap<>();
    int leaf = -1;
    LeafValues.Reader<V> leafValues = null;
    int[] sorted = docs.clone();
    Arrays.sort(sorted);
    for (int doc : sorted) {
      if (read.containsKey(doc)) {
        continue;
      }
      int at = ReaderUtil.subIndex(doc, leaves);
      if (at != leaf) {
        leaf = at;
        leafValues = values.open(leaves.get(at).reader());
      }
      read.put(doc, leafValues.read(doc - leaves.get(at).docBase));
    }
    return read;
  }

  /** How to read a value of a segment's documents, asked for in increasing order. */
  @FunctionalInterface
  private interface LeafValues<V> {
    Reader<V> open(LeafReader leaf) throws IOException;

    @FunctionalInterface
    interface Reader<V> {
      V read(int doc) throws IOException;
    }
  }

  /**
   * A paragraph as its first sentence's document keeps it, its terms read once for all its
   * candidates: each sentence's (its neighbours' too), the whole paragraph's looked up in those and
   * in the paragraph's translation, and the title's.
   */
  private record Paragraph(
      String sourceId,
      String title,
      Optional<String> url,
      Optional<String> reference,
      int line,
      int number,
      String text,
      Optional<String> translation,
      int[] starts,
      int[] ends,
      int[] marks,
      List<PassageTerms.Terms> sentenceTerms,
      PassageTerms.Lookup paragraphTerms,
      PassageTerms.Terms titleTerms) {

    /** A paragraph from its compressed record; its terms are slices of the decompressed bytes. */
    static Paragraph decode(BytesRef value) throws IOException {
      BytesRef record = decompressed(value);
      ByteArrayDataInput in = new ByteArrayDataInput(record.bytes, record.offset, record.length);
      String sourceId = readText(in, record.bytes);
      String title = readText(in, record.bytes);
      Optional<String> url = readOptional(in, record.bytes);
      Optional<String> reference = readOptional(in, record.bytes);
      int line = in.readVInt();
      int number = in.readVInt();
      String text = readText(in, record.bytes);
      Optional<String> translation = readOptional(in, record.bytes);
      int count = in.readVInt();
      int[] starts = new int[count];
      int[] ends = new int[count];
      int[] marks = new int[count];
      List<PassageTerms.Terms> sentenceTerms = new ArrayList<>(count);
      for (int s = 0; s < count; s++) {
        starts[s] = in.readVInt();
        ends[s] = in.readVInt();
        marks[s] = in.readVInt();
        sentenceTerms.add(PassageTerms.Terms.of(readBytes(in, record.bytes)));
      }
      PassageTerms.Terms translationTerms = PassageTerms.Terms.of(readBytes(in, record.bytes));
      return new Paragraph(
          sourceId,
          title,
          url,
          reference,
          line,
          number,
          text,
          translation,
          starts,
          ends,
          marks,
          sentenceTerms,
          PassageTerms.paragraph(sentenceTerms, translationTerms),
          PassageTerms.Terms.of(readBytes(in, record.bytes)));
    }

    Passage passage(int first, int sentence, SentenceTokens tokens) {
      PassageTerms terms =
          new PassageTerms(
              sentenceTerms.get(sentence),
              termsOf(sentence - 1),
              termsOf(sentence + 1),
              paragraphTerms,
              titleTerms);
      return new Passage(
          first,
          sourceId,
          title,
          url,
          reference,
          line,
          number,
          sentence,
          text,
          starts[sentence],
          ends[sentence],
          SentenceMarks.Marks.ofBits(marks[sentence]),
          translation,
          terms,
          tokens);
    }

    /** The terms of sentence {@code s}; none for one before the first or after the last. */
    private PassageTerms.Terms termsOf(int s) {
      return s >= 0 && s < sentenceTerms.size() ? sentenceTerms.get(s) : PassageTerms.Terms.NONE;
    }
  }

  /**
   * A record, or a paragraph's tokens, compressed on its own with LZ4, after its length.
   * Uncompressed, the records of the 99k-passage corpus took 53 MB against the 27 MB of Lucene's
   * stored fields, and a serving process maps most of what it reads: its resident set grew by 30
   * MiB.
   */
  private static BytesRef compressed(byte[] record) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeVInt(record.length);
      LZ4.FastCompressionHashTable table = HASH_TABLES.get();
      LZ4.compress(record, 0, record.length, out, table);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory failed", e);
    }
    return new BytesRef(out.toArrayCopy());
  }

  /**
   * A record as {@link #compressed} wrote it, into bytes of its own (the value's are the iterator's
   * to reuse).
   */
  private static BytesRef decompressed(BytesRef value) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(value.bytes, value.offset, value.length);
    byte[] record = new byte[in.readVInt()];
    LZ4.decompress(in, record.length, record, 0);
    return new BytesRef(record);
  }

  private static void writeOptional(ByteBuffersDataOutput out, Optional<String> value) {
    out.writeString(value.orElse(""));
  }

  /** An optional string as {@link #writeOptional} wrote it: written empty when absent. */
  private static Optional<String> readOptional(ByteArrayDataInput in, byte[] record) {
    return Optional.of(readText(in, record)).filter(value -> !value.isEmpty());
  }

  /**
   * A string as {@link ByteBuffersDataOutput#writeString} wrote it, decoded straight from {@code
   * record}: {@code readString} first copies its UTF-8 bytes into an array of their own, a copy of
   * every candidate's paragraph that nothing reads (docs/measuring.md, "Allocation per question").
   */
  private static String readText(ByteArrayDataInput in, byte[] record) {
    int length = in.readVInt();
    String text = new String(record, in.getPosition(), length, StandardCharsets.UTF_8);
    in.skipBytes(length);
    return text;
  }

  private static void writeBytes(ByteBuffersDataOutput out, BytesRef bytes) throws IOException {
    out.writeVInt(bytes.length);
    out.writeBytes(bytes.bytes, bytes.offset, bytes.length);
  }

  /** Bytes as {@link #writeBytes} wrote them: a slice of {@code record}, not a copy. */
  private static BytesRef readBytes(ByteArrayDataInput in, byte[] record) {
    int length = in.readVInt();
    BytesRef slice = new BytesRef(record, in.getPosition(), length);
    in.skipBytes(length);
    return slice;
  }
}
