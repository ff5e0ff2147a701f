package dev.gwanyong.admin;

import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.corpus.CorpusFiles;
import dev.gwanyong.index.IndexStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Changes to the corpus as all-or-nothing steps: the files are changed durably, the index is rebuilt beside the live
 * one and swapped in; if anything fails the files are put back and the index made to match them again. Steps run one
 * at a time, in this process and across processes sharing the data folder (the store's lock), so a CLI run and a
 * running server never interleave.
 */
final class CorpusTransactions {

  private static final Logger LOG = Logger.getLogger(CorpusTransactions.class.getName());

  /** An action on the corpus files, which may fail with an I/O error. */
  @FunctionalInterface
  interface FileChange {
    void run() throws IOException;
  }

  private final CorpusFiles files;
  private final IndexStore store;

  CorpusTransactions(CorpusFiles files, IndexStore store) {
    this.files = files;
    this.store = store;
  }

  /**
   * Runs work alone, holding the data folder's lock (the index's own builds take the same one); reads use it too, so
   * they never list the folder in the middle of a remove.
   */
  <T> T locked(Supplier<T> work) {
    return store.exclusive(work);
  }

  /**
   * Applies a file change and rebuilds the index from the changed corpus; call it inside {@link #locked}. Returns
   * empty when it went through, or the incident id (logged with the cause) when it failed and was rolled back.
   */
  Optional<String> apply(String what, List<String> touched, FileChange change) {
    Map<String, Optional<byte[]>> before;
    try {
      before = files.snapshot(touched);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the files of " + what, e);
    }
    try {
      change.run();
      store.rebuild(Corpus.load(files.folder()));
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      String incident = incident();
      LOG.log(Level.SEVERE, "incident " + incident + ": " + what + " failed; rolling back", e);
      rollBack(before, incident);
      return Optional.of(incident);
    }
  }

  /** A short id that names a fault in the log and in the message the moderator sees. */
  static String incident() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private void rollBack(Map<String, Optional<byte[]>> before, String incident) {
    try {
      files.restore(before);
      Corpus restored = Corpus.load(files.folder());
      if (!store.isCurrent(restored)) {
        store.rebuild(restored);
      }
    } catch (IOException | RuntimeException e) {
      // The next start rebuilds from whatever files are there; the log says what to look at.
      LOG.log(Level.SEVERE, "incident " + incident + ": rolling back failed too; check " + files.folder(), e);
    }
  }
}
