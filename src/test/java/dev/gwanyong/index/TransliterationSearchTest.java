package dev.gwanyong.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * English questions find Korean sentences through {@link Fields#TRANSLITERATION} alone, with no
 * lexicon.
 */
class TransliterationSearchTest {

  @TempDir Path folder;

  /** A stored field with each sentence's number in {@link #SENTENCES}. */
  private static final String NUMBER = "number";

  private static final List<String> SENTENCES =
      List.of(
          "프로메테우스로 텔레메트리를 수집한다.",
          "새 기능은 샌드박스에서 먼저 시험했다.",
          "메조피어는 워크로드를 오케스트레이션하는 플랫폼이었다.",
          "시장과 정부의 관계는 오래된 문제다.");

  @Test
  void englishWordsFindHangulLoanwords() throws IOException {
    Analysis analysis = Analysis.load(folder.resolve("no-files"));
    try (Directory directory = FSDirectory.open(folder.resolve("index"))) {
      try (IndexWriter writer =
          new IndexWriter(directory, new IndexWriterConfig(analysis.indexAnalyzer()))) {
        for (int i = 0; i < SENTENCES.size(); i++) {
          Document document = new Document();
          document.add(new StoredField(NUMBER, i));
          document.add(new TextField(Fields.TRANSLITERATION, SENTENCES.get(i), Field.Store.NO));
          writer.addDocument(document);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        assertEquals(List.of(0), top(searcher, analysis, "How does Prometheus collect telemetry?"));
        assertEquals(List.of(1), top(searcher, analysis, "Was it tested in a sandbox?"));
        assertEquals(
            List.of(2), top(searcher, analysis, "Which orchestration platform ran the workloads?"));
        assertEquals(
            List.of(), top(searcher, analysis, "Is the government a problem for the market?"));
      }
    }
  }

  /** The ids of the documents that match any key of the question, best first. */
  private static List<Integer> top(IndexSearcher searcher, Analysis analysis, String question)
      throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String key : analysis.queryTerms(Fields.TRANSLITERATION, question)) {
      query.add(new TermQuery(new Term(Fields.TRANSLITERATION, key)), BooleanClause.Occur.SHOULD);
    }
    ScoreDoc[] hits = searcher.search(query.build(), 10).scoreDocs;
    return List.of(hits).stream().map(hit -> storedId(searcher, hit.doc)).toList();
  }

  private static int storedId(IndexSearcher searcher, int doc) {
    try {
      return searcher.storedFields().document(doc).getField(NUMBER).numericValue().intValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
