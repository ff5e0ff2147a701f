package dev.gwanyong.index;

import dev.gwanyong.corpus.Source;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;

/**
 * Feeds a corpus's documents to a writer: paragraphs are analysed on every core, a little ahead of
 * the writer, while the calling thread adds them in corpus order, one paragraph a block. Analysis
 * is most of a build and needs no order; the order is kept so that document ids, and with them ties
 * in ranking, do not depend on scheduling, and a paragraph's sentences are adjacent, its first at
 * {@code doc - sentence}.
 */
final class ParagraphFeed {

  /**
   * Paragraphs analysed ahead of the writer: enough that no core waits for the writer or the writer
   * for them, few enough that their documents are a small part of the launcher's heap.
   */
  private static final int PARAGRAPHS_AHEAD = 64;

  private final PassageDocuments documents;

  ParagraphFeed(PassageDocuments documents) {
    this.documents = documents;
  }

  /** Adds the sources' documents to the writer in order; returns how many it added. */
  int addAll(List<Source> sources, IndexWriter writer) throws IOException {
    Queue<Future<List<Document>>> ahead = new ArrayDeque<>();
    int added = 0;
    // One analyser a core: the writer's part, indexing tokens already analysed, is a fraction of
    // theirs.
    try (ExecutorService analysers =
        Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(),
            Thread.ofPlatform().name("gwanyong-analysis-", 1).daemon().factory())) {
      try {
        for (Source source : sources) {
          PassageDocuments.Title title = documents.title(source);
          for (int p = 1; p <= source.paragraphs().size(); p++) {
            if (ahead.size() == PARAGRAPHS_AHEAD) {
              added += add(ahead.remove(), writer);
            }
            int paragraph = p;
            ahead.add(analysers.submit(() -> documents.paragraph(source, paragraph, title)));
          }
        }
        while (!ahead.isEmpty()) {
          added += add(ahead.remove(), writer);
        }
      } finally {
        // On a failure, the paragraphs still queued are dropped rather than analysed for nothing.
        analysers.shutdownNow();
      }
    }
    return added;
  }

  private static int add(Future<List<Document>> paragraph, IndexWriter writer) throws IOException {
    List<Document> block;
    try {
      block = paragraph.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while building the index");
    } catch (ExecutionException e) {
      // Analysing a paragraph throws nothing checked.
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw (RuntimeException) e.getCause();
    }
    writer.addDocuments(block);
    return block.size();
  }
}
