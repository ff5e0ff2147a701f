package dev.gwanyong.search;

import dev.gwanyong.corpus.SentenceSplitter;
import dev.gwanyong.index.Fields;
import dev.gwanyong.index.IndexStore;
import dev.gwanyong.index.TextNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Finds the sentences that best answer a question: BM25 over the Korean, English, context and bigram fields, then a
 * re-ranking of the first candidates by how much of the question each one covers.
 */
public final class Retriever {

  /** How many BM25 candidates are re-ranked by coverage. */
  static final int CANDIDATES = 30;

  private final IndexStore store;
  private final Lexicon lexicon;
  private final PlainQueryBuilder queries;
  private final SentenceSplitter splitter = new SentenceSplitter();

  public Retriever(IndexStore store, Lexicon lexicon) {
    this.store = store;
    this.lexicon = lexicon;
    this.queries = new PlainQueryBuilder(store.analysis());
  }

  /** The best {@code limit} sentences for the question, best first; empty when nothing in it can be searched. */
  public List<Hit> search(String question, int limit) {
    String text = TextNormalizer.normalize(question);
    if (text.isEmpty()) {
      return List.of();
    }
    try (IndexStore.Lease lease = store.acquire()) {
      IndexSearcher searcher = lease.searcher();
      QuestionGroups groups = QuestionGroups.of(text, store.analysis(), lexicon);
      if (groups.isEmpty()) {
        return List.of();
      }
      CoverageScorer coverage = new CoverageScorer(store.analysis(), searcher.getIndexReader(), groups);
      Query query = queries.build(groups, text);
      TopDocs top = searcher.search(query, Math.max(CANDIDATES, limit));
      if (top.scoreDocs.length == 0) {
        return List.of();
      }
      float bestScore = top.scoreDocs[0].score;
      List<Hit> hits = new ArrayList<>();
      for (ScoreDoc scored : top.scoreDocs) {
        Document doc = searcher.storedFields().document(scored.doc);
        hits.add(hit(doc, scored.score / bestScore, coverage));
      }
      hits.sort(Comparator.comparingDouble(Retriever::rank).reversed());
      return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    }
  }

  /** The sentences just before and after sentence {@code s}. */
  private String neighbours(String paragraph, int s) {
    List<SentenceSplitter.Sentence> sentences = splitter.split(paragraph);
    String before = s > 0 ? sentences.get(s - 1).text() : "";
    String after = s + 1 < sentences.size() ? sentences.get(s + 1).text() : "";
    return before + " " + after;
  }

  /** BM25 relative to the best candidate, scaled by coverage: a sentence must both score and cover the question. */
  private static double rank(Hit hit) {
    return hit.score() * (0.25 + hit.coverage());
  }

  private Hit hit(Document doc, double relativeScore, CoverageScorer coverage) {
    String paragraph = doc.get(Fields.PARAGRAPH_TEXT);
    int start = doc.getField(Fields.START).numericValue().intValue();
    int end = doc.getField(Fields.END).numericValue().intValue();
    int sentence = doc.getField(Fields.SENTENCE).numericValue().intValue();
    String title = doc.get(Fields.TITLE);
    String translation = Objects.requireNonNullElse(doc.get(Fields.TRANSLATION_TEXT), "");
    CoverageScorer.Coverage covered =
        coverage.score(
            new CoverageScorer.PassageText(
                paragraph.substring(start, end),
                neighbours(paragraph, sentence),
                title + " " + paragraph,
                splitter.alignedTranslation(paragraph, translation, start, end),
                translation));
    return new Hit(
        doc.get(Fields.ID),
        doc.get(Fields.SOURCE),
        title,
        doc.get(Fields.LINK),
        doc.getField(Fields.PARAGRAPH).numericValue().intValue(),
        sentence,
        paragraph,
        start,
        end,
        Optional.of(translation).filter(t -> !t.isEmpty()),
        relativeScore,
        covered.share(),
        covered.matchedTerms());
  }
}
