package dev.gwanyong.search;

import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.IndexStore;
import dev.gwanyong.lexicon.Lexicon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A search test's own index: the sources of a corpus folder indexed in a data folder with the
 * analysis and lexicon in {@code config/}, and the retriever over it, for tests that need retrieval
 * but not the answer service's configuration.
 */
final class SmallIndex implements AutoCloseable {

  private final IndexStore store;
  private final Lexicon lexicon;
  private final Retriever retriever;

  /**
   * Indexes the sources already in {@code corpus} (the bundled folder, or one the test wrote) in
   * {@code data}.
   */
  SmallIndex(Path corpus, Path data) {
    Analysis analysis = Analysis.load(Path.of("config", "analysis"));
    store = new IndexStore(data, analysis);
    store.openOrBuild(Corpus.load(corpus));
    lexicon = Lexicon.load(Path.of("config", "lexicon"), analysis);
    retriever = new Retriever(store, lexicon);
  }

  /**
   * Writes each source (file name → text) into {@code corpus}, creating it, then indexes it in
   * {@code data}.
   */
  static SmallIndex write(Path corpus, Map<String, String> sources, Path data) throws IOException {
    Files.createDirectories(corpus);
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Files.writeString(corpus.resolve(source.getKey()), source.getValue());
    }
    return new SmallIndex(corpus, data);
  }

  IndexStore store() {
    return store;
  }

  Lexicon lexicon() {
    return lexicon;
  }

  Retriever retriever() {
    return retriever;
  }

  @Override
  public void close() throws IOException {
    store.close();
  }
}
