package dev.gwanyong.index;

import dev.gwanyong.corpus.SentenceSplitter.Sentence;
import dev.gwanyong.corpus.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;

/**
 * What the index keeps to quote, cite and judge a sentence, and how it is read back. A paragraph's sentences are
 * adjacent documents, and the first stores it all for the whole paragraph: the text and its translation, where it
 * stands in its source, and every sentence's bounds and terms ({@link PassageTerms}), in which its neighbours are
 * looked up too. The other sentences store only their number in the paragraph, as a doc value, which leads to the
 * first. A candidate so costs one stored-fields read for its paragraph, shared with the paragraph's other
 * candidates, where reading its own document and its paragraph's first took two: each read decompresses part of a
 * block of Lucene's stored fields, which was a fifth of the time a question took at 99k passages.
 */
public final class StoredPassages {

  private static final String SENTENCE_TERMS = "terms_sentence";
  private static final String PARAGRAPH_TERMS = "terms_paragraph";
  private static final String TITLE_TERMS = "terms_title";

  private StoredPassages() {}

  /**
   * A stored sentence.
   *
   * @param paragraphDoc the document of its paragraph's first sentence: the same for all sentences of a paragraph
   * @param line the line of the source file on which the paragraph stands
   * @param paragraph paragraph number, from 1
   * @param sentence sentence number within the paragraph, from 0
   * @param start the sentence's first character within the paragraph
   * @param end just past the sentence's last character
   * @param translation the aligned translation of the paragraph, if the source has one
   */
  public record Passage(int paragraphDoc, String sourceId, String title, Optional<String> url,
      Optional<String> reference, int line, int paragraph, int sentence, String paragraphText, int start, int end,
      Optional<String> translation, PassageTerms terms) {

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
   * Stores a paragraph with its first sentence's document: {@code sentenceTerms} has each sentence's, in order (its
   * neighbours are looked up in those of the sentences either side).
   */
  static void addParagraph(Document first, Source source, int paragraph, String text, Optional<String> translation,
      List<Sentence> sentences, List<PassageTerms.Terms> sentenceTerms, PassageTerms.Terms paragraphTerms,
      PassageTerms.Terms titleTerms) {
    first.add(new StoredField(Fields.SOURCE, source.id()));
    first.add(new StoredField(Fields.TITLE, source.title()));
    // What a link is made of, not the link: the link base is configuration, read when answering.
    source.url().ifPresent(url -> first.add(new StoredField(Fields.URL, url)));
    source.references().stream().findFirst().ifPresent(ref -> first.add(new StoredField(Fields.REFERENCE, ref)));
    first.add(new StoredField(Fields.LINE, source.bodyLine() + paragraph - 1));
    first.add(new StoredField(Fields.PARAGRAPH, paragraph));
    first.add(new StoredField(Fields.PARAGRAPH_TEXT, text));
    translation.ifPresent(t -> first.add(new StoredField(Fields.TRANSLATION_TEXT, t)));
    for (int s = 0; s < sentences.size(); s++) {
      first.add(new StoredField(Fields.START, sentences.get(s).start()));
      first.add(new StoredField(Fields.END, sentences.get(s).end()));
      first.add(new StoredField(SENTENCE_TERMS, sentenceTerms.get(s).bytes()));
    }
    first.add(new StoredField(PARAGRAPH_TERMS, paragraphTerms.bytes()));
    first.add(new StoredField(TITLE_TERMS, titleTerms.bytes()));
  }

  /** The stored sentences of documents of the leased index, in the order given; each paragraph is read once. */
  public static List<Passage> read(IndexStore.Lease lease, int[] docs) throws IOException {
    StoredFields stored = lease.storedFields();
    Map<Integer, Document> paragraphs = new HashMap<>();
    List<Passage> passages = new ArrayList<>(docs.length);
    for (int doc : docs) {
      int sentence = sentenceNumber(lease, doc);
      int first = doc - sentence;
      Document paragraph = paragraphs.get(first);
      if (paragraph == null) {
        paragraph = stored.document(first);
        paragraphs.put(first, paragraph);
      }
      passages.add(passage(first, paragraph, sentence));
    }
    return passages;
  }

  private static int sentenceNumber(IndexStore.Lease lease, int doc) throws IOException {
    List<LeafReaderContext> leaves = lease.reader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    NumericDocValues sentences = DocValues.getNumeric(leaf.reader(), Fields.SENTENCE);
    if (!sentences.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("document " + doc + " has no sentence number; rebuild the index");
    }
    return (int) sentences.longValue();
  }

  private static Passage passage(int first, Document paragraph, int sentence) {
    IndexableField[] sentences = paragraph.getFields(SENTENCE_TERMS);
    PassageTerms terms = new PassageTerms(
        PassageTerms.Terms.of(sentences[sentence].binaryValue()),
        termsOf(sentences, sentence - 1),
        termsOf(sentences, sentence + 1),
        PassageTerms.Terms.of(paragraph.getBinaryValue(PARAGRAPH_TERMS)),
        PassageTerms.Terms.of(paragraph.getBinaryValue(TITLE_TERMS)));
    return new Passage(
        first,
        paragraph.get(Fields.SOURCE),
        paragraph.get(Fields.TITLE),
        Optional.ofNullable(paragraph.get(Fields.URL)),
        Optional.ofNullable(paragraph.get(Fields.REFERENCE)),
        intValue(paragraph.getField(Fields.LINE)),
        intValue(paragraph.getField(Fields.PARAGRAPH)),
        sentence,
        paragraph.get(Fields.PARAGRAPH_TEXT),
        intValue(paragraph.getFields(Fields.START)[sentence]),
        intValue(paragraph.getFields(Fields.END)[sentence]),
        Optional.ofNullable(paragraph.get(Fields.TRANSLATION_TEXT)).filter(t -> !t.isEmpty()),
        terms);
  }

  /** The terms of sentence {@code s}; none for one before the first or after the last. */
  private static PassageTerms.Terms termsOf(IndexableField[] sentences, int s) {
    return PassageTerms.Terms.of(s >= 0 && s < sentences.length ? sentences[s].binaryValue() : null);
  }

  private static int intValue(IndexableField field) {
    return field.numericValue().intValue();
  }
}
