package dev.gwanyong.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The plain baseline benchmarks compare against: Lucene's stock {@link KoreanAnalyzer} and BM25
 * over whole paragraphs, in memory, with no user dictionary, synonyms, lexicon or re-ranking.
 */
public final class BaselineBm25 implements AutoCloseable {

  private static final String TEXT = "text";
  private static final String KEY = "key";

  private final KoreanAnalyzer analyzer = new KoreanAnalyzer();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  /** Indexes the paragraphs; {@code keys.get(i)} names {@code paragraphs.get(i)} in results. */
  public BaselineBm25(List<String> keys, List<String> paragraphs) throws IOException {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < paragraphs.size(); i++) {
        Document doc = new Document();
        doc.add(new StoredField(KEY, keys.get(i)));
        doc.add(new TextField(TEXT, paragraphs.get(i), Field.Store.NO));
        writer.addDocument(doc);
      }
      writer.forceMerge(
          1); // as Gwanyong's own index, so that the two are compared on one segment each
    }
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
  }

  /** The keys of the best paragraphs for the question, best first. */
  public List<String> search(String question, int limit) throws IOException {
    Query query =
        new QueryBuilder(analyzer).createBooleanQuery(TEXT, question, BooleanClause.Occur.SHOULD);
    List<String> keys = new ArrayList<>();
    if (query == null) {
      return keys;
    }
    for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
      keys.add(searcher.storedFields().document(hit.doc).get(KEY));
    }
    return keys;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    analyzer.close();
  }
}
