package dev.gwanyong.index;

import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.corpus.CorpusException;
import dev.gwanyong.corpus.FolderLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * The derived Lucene index of a corpus, kept in a data folder as numbered generations with a {@code
 * CURRENT} file naming the live one. A rebuild writes a new generation beside the live one, commits
 * it, then switches {@code CURRENT} with an atomic rename and swaps the reader that questions use:
 * a question never sees a half-built index, and a process killed at any moment leaves {@code
 * CURRENT} naming a complete generation. This class holds the project's only {@link IndexWriter}.
 */
public final class IndexStore implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(IndexStore.class.getName());

  /**
   * The data folder's lock file; its name predates the index taking the lock for its own builds.
   */
  private static final String LOCK_FILE = "moderation.lock";

  /** How often questions look whether another process switched {@code CURRENT}. */
  private static final long LOOK_EVERY_NANOS = 1_000_000_000L;

  private final Path data;
  private final Generations generations;

  /** Loaded at most once, when first needed ({@link #loadingAnalysis}). */
  private final Supplier<Analysis> analysis;

  private final FolderLock dataLock;

  /**
   * Held while {@code CURRENT} is read or switched and the reader swapped, so a refresh never swaps
   * in an older one.
   */
  private final ReentrantLock swapping = new ReentrantLock();

  private final AtomicLong lastLook = new AtomicLong(System.nanoTime());
  private final AtomicReference<Live> live = new AtomicReference<>();

  /** A generation being served: its reader and what its commit says about it. */
  private record Live(Path folder, DirectoryReader reader, IndexInfo info) {}

  public IndexStore(Path data, Analysis analysis) {
    this(data, () -> analysis);
  }

  /**
   * Makes the data folder unless it is there, so that one that cannot be made is said as such, not
   * as a lock or a lexicon cache that failed in it; one that is there but read-only still serves
   * the index built in it before.
   */
  private IndexStore(Path data, Supplier<Analysis> analysis) {
    try {
      Files.createDirectories(data);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the data folder " + data, e);
    }
    this.data = data;
    this.generations = new Generations(data);
    this.analysis = analysis;
    this.dataLock = FolderLock.of(data.resolve(LOCK_FILE));
  }

  /**
   * A store that loads the analysis files of {@code analysisFolder} only when first needed, by a
   * build or a look at whether the index is current: loading them takes most of a second, which a
   * command that only lists or shows the corpus's sources should not wait for.
   */
  public static IndexStore loadingAnalysis(Path data, Path analysisFolder) {
    return new IndexStore(
        data,
        new Supplier<>() {
          private Analysis loaded;

          @Override
          public synchronized Analysis get() {
            if (loaded == null) {
              loaded = Analysis.load(analysisFolder);
            }
            return loaded;
          }
        });
  }

  /**
   * Runs work holding the data folder's lock, which every build and every deletion of generations
   * takes, in this process and any other sharing the folder. The moderation service runs its
   * changes in it, so a change and the rebuild that publishes it are one step to everyone else.
   */
  public <T> T exclusive(Supplier<T> work) {
    return dataLock.call(work);
  }

  public Analysis analysis() {
    return analysis.get();
  }

  /**
   * Serves the index of this corpus: the live generation when it was built from these very files
   * with this analysis, otherwise a fresh build. While a source file is not valid, the last good
   * index is served as it is (a build would leave that source out); a build happens then only when
   * there is no usable index. Returns true when it built.
   */
  public boolean openOrBuild(Corpus corpus) {
    if (corpus.sources().isEmpty() && !corpus.skipped().isEmpty()) {
      // Not one valid file: whatever index is in the folder was not built from these, so name the
      // files to fix.
      throw new CorpusException(
          "no valid source to serve: "
              + corpus.skipped().stream()
                  .map(Corpus.Skipped::reason)
                  .collect(Collectors.joining("; ")));
    }
    // Each skipped file is logged once: here when the index is served as it is, else by the
    // rebuild.
    if (serves(openCurrent(), corpus)) {
      warnSkipped(corpus);
      return false;
    }
    // Another process may be building right now: wait for it, then look again before building
    // ourselves.
    return exclusive(
        () -> {
          if (serves(openCurrent(), corpus)) {
            warnSkipped(corpus);
            return false;
          }
          rebuild(corpus);
          return true;
        });
  }

  /**
   * Serves the live generation when it was built from files with this fingerprint and with this
   * analysis; returns whether it does. Opening a large corpus's current index this way never reads
   * the corpus as sources.
   */
  public boolean openIfCurrent(String corpusFingerprint) {
    Optional<IndexInfo> current =
        openCurrent()
            .filter(info -> info.analysisFingerprint().equals(analysis().fingerprint()))
            .filter(info -> info.corpusFingerprint().equals(corpusFingerprint));
    current.ifPresent(info -> info.skipped().forEach(IndexStore::warnSkipped));
    return current.isPresent();
  }

  private boolean serves(Optional<IndexInfo> info, Corpus corpus) {
    return info.isPresent()
        && info.get().analysisFingerprint().equals(analysis().fingerprint())
        && (info.get().corpusFingerprint().equals(corpus.fingerprint())
            || !corpus.skipped().isEmpty());
  }

  private static void warnSkipped(Corpus corpus) {
    corpus.skipped().forEach(skipped -> warnSkipped(skipped.note()));
  }

  /**
   * Logs a skipped file's note, which says what is wrong with it and what can be done: not every
   * kind is fixable.
   */
  private static void warnSkipped(String note) {
    LOG.warning(note);
  }

  /** Whether the live index was built from exactly this corpus with this analysis. */
  public boolean isCurrent(Corpus corpus) {
    Live current = live.get();
    return current != null
        && current.info().corpusFingerprint().equals(corpus.fingerprint())
        && current.info().analysisFingerprint().equals(analysis().fingerprint());
  }

  /**
   * Builds a new generation from the corpus (its valid sources) beside the live one and switches to
   * it.
   */
  public IndexInfo rebuild(Corpus corpus) {
    warnSkipped(corpus);
    return exclusive(
        () -> {
          try {
            Path folder = generations.createNext();
            IndexInfo info = publish(corpus, folder);
            // Safe only here: holding the lock, no other process is building, and readers keep open
            // files alive.
            generations.deleteAllBut(folder);
            return info;
          } catch (IOException e) {
            throw new UncheckedIOException("cannot build the index in " + data, e);
          }
        });
  }

  /**
   * Serves the generation {@code CURRENT} names when another process (a command-line change, a
   * server) switched it since this store last looked. Returns true when it swapped. A generation
   * that cannot be opened leaves the live one in place; the next look tries again.
   */
  public boolean refresh() {
    if (!swapping.tryLock()) {
      return false; // a build or another refresh is swapping right now
    }
    try {
      Live current = live.get();
      Optional<Path> named = generations.current();
      if (current == null || named.isEmpty() || named.get().equals(current.folder())) {
        return false;
      }
      Live opened = open(named.get());
      if (!opened.info().analysisFingerprint().equals(analysis().fingerprint())) {
        opened
            .reader()
            .close(); // built by a process with other analysis files; ours stays right for us
        return false;
      }
      swap(opened);
      return true;
    } catch (IOException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "could not open the generation CURRENT names in " + data + "; serving the one open",
          e);
      return false;
    } finally {
      swapping.unlock();
    }
  }

  /**
   * What the newest generation holds, for a status report: the live one after a {@link #refresh},
   * or when none is open yet the one {@code CURRENT} names, opened as it is even when other
   * analysis files built it ({@link #isCurrent} then says so). Empty when the folder holds no index
   * that opens.
   */
  public Optional<IndexInfo> newest() {
    if (live.get() == null) {
      return openCurrent();
    }
    refresh();
    return info();
  }

  /** What the live index holds, if one is open. */
  public Optional<IndexInfo> info() {
    return Optional.ofNullable(live.get()).map(Live::info);
  }

  /**
   * The live generation's number and size on disk, for monitoring.
   *
   * @param number the number in its folder's name, which grows with every rebuild
   * @param bytes the size of its files
   */
  public record Generation(long number, long bytes) {}

  /** The live generation, if one is open; its size is read from the folder at each call. */
  public Optional<Generation> generation() {
    Live current = live.get();
    Optional<Long> number =
        Optional.ofNullable(current).flatMap(c -> Generations.number(c.folder()));
    if (number.isEmpty()) {
      return Optional.empty(); // none open, or a folder not named by us
    }
    long bytes = 0;
    try (Stream<Path> files = Files.list(current.folder())) {
      for (Path file : files.toList()) {
        bytes += Files.size(file);
      }
      return Optional.of(new Generation(number.get(), bytes));
    } catch (IOException e) {
      // Swapped and deleted while being measured: nothing to report this time.
      return Optional.empty();
    }
  }

  /**
   * A searcher over the live index, to be closed after use; a rebuild that swaps meanwhile waits
   * for no one, and the old reader closes when its last lease does.
   */
  public Lease acquire() {
    long now = System.nanoTime();
    long last = lastLook.get();
    if (now - last > LOOK_EVERY_NANOS && lastLook.compareAndSet(last, now)) {
      refresh();
    }
    while (true) {
      Live current = live.get();
      if (current == null) {
        throw new IllegalStateException("no index is open");
      }
      if (current.reader().tryIncRef()) {
        return new Lease(new IndexSearcher(current.reader()), current.reader());
      }
    }
  }

  /** A searcher lent out by {@link #acquire()}, to be used by one thread at a time. */
  public static final class Lease implements AutoCloseable {
    private final IndexSearcher searcher;
    private final DirectoryReader reader;

    private Lease(IndexSearcher searcher, DirectoryReader reader) {
      this.searcher = searcher;
      this.reader = reader;
    }

    public IndexSearcher searcher() {
      return searcher;
    }

    public DirectoryReader reader() {
      return reader;
    }

    @Override
    public void close() {
      try {
        reader.decRef();
      } catch (IOException e) {
        throw new UncheckedIOException("closing an index reader failed", e);
      }
    }
  }

  @Override
  public void close() throws IOException {
    Live current = live.getAndSet(null);
    if (current != null) {
      current.reader().decRef();
    }
  }

  /**
   * Writes a generation into its new folder and switches to it. A build that fails before {@code
   * CURRENT} names the folder (a full disk, an interrupted thread, an error in the analysis)
   * deletes what it wrote: failed builds would otherwise pile up, each as large as the index. One
   * killed outright leaves its folder to the next build.
   */
  private IndexInfo publish(Corpus corpus, Path folder) throws IOException {
    try {
      IndexInfo info = write(corpus, folder);
      swapping.lock();
      try {
        generations.switchTo(folder);
        swap(open(folder));
      } finally {
        swapping.unlock();
      }
      return info;
    } catch (Throwable failure) {
      discardUnpublished(folder, failure);
      throw failure;
    }
  }

  /**
   * Deletes a failed build's folder unless {@code CURRENT} already names it (the rename went
   * through).
   */
  private void discardUnpublished(Path folder, Throwable failure) {
    try {
      if (!generations.current().equals(Optional.of(folder))) {
        Generations.delete(folder);
      }
    } catch (IOException | UncheckedIOException e) {
      failure.addSuppressed(e); // the next build deletes it with the other generations
    }
  }

  /**
   * Writes a complete generation; its commit records what it holds, so a later start can tell if it
   * is current.
   */
  private IndexInfo write(Corpus corpus, Path folder) throws IOException {
    Analysis analysis = analysis(); // loaded, when it is first needed, before the build is timed
    long started = System.nanoTime();
    IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    // Merges adjacent segments only, so that the merged index keeps the documents in corpus order.
    config.setMergePolicy(new LogByteSizeMergePolicy());
    // The merge policy keeps a one-segment index out of a compound file; a segment flushed into one
    // would be merged again, all of it, only to unpack it.
    config.setUseCompoundFile(false);
    try (Directory directory = FSDirectory.open(folder);
        IndexWriter writer = new IndexWriter(directory, config)) {
      int passages =
          new ParagraphFeed(new PassageDocuments(analysis)).addAll(corpus.sources(), writer);
      // One segment: the index is read-only until the next build, and every term a question looks
      // up (its document frequency, the query's term statistics) is then one seek, not one per
      // segment.
      writer.forceMerge(1);
      long millis = (System.nanoTime() - started) / 1_000_000;
      IndexInfo info =
          new IndexInfo(
              corpus.fingerprint(),
              analysis.fingerprint(),
              Instant.now(),
              corpus.sources().size(),
              passages,
              millis,
              corpus.skipped().stream().map(Corpus.Skipped::note).toList());
      writer.setLiveCommitData(info.toCommitData().entrySet());
      writer.commit();
      return info;
    }
  }

  private Optional<IndexInfo> openCurrent() {
    try {
      Optional<Path> folder = generations.current();
      if (folder.isEmpty()) {
        return Optional.empty();
      }
      // Never deletes anything: the other generations may be another process's build in progress.
      Live opened = open(folder.get());
      swap(opened);
      return Optional.of(opened.info());
    } catch (IOException | RuntimeException e) {
      // A missing, unreadable or foreign generation is rebuilt from the sources, which are the
      // record of truth.
      return Optional.empty();
    }
  }

  private static Live open(Path folder) throws IOException {
    Directory directory = new ServedDirectory(folder);
    DirectoryReader reader;
    try {
      reader = DirectoryReader.open(directory);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    // The directory closes with the reader's last reference: after a swap, once the last lease is
    // returned.
    reader.getReaderCacheHelper().addClosedListener(key -> directory.close());
    try {
      verifyChecksums(directory, reader);
      return new Live(
          folder, reader, IndexInfo.fromCommitData(reader.getIndexCommit().getUserData()));
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  /**
   * Reads every file of the commit through its checksum. Lucene checks only headers and footers at
   * open, so zeroed bytes inside postings would otherwise surface as failing questions; at this
   * size reading all of it is cheap.
   */
  private static void verifyChecksums(Directory directory, DirectoryReader reader)
      throws IOException {
    for (String name : reader.getIndexCommit().getFileNames()) {
      try (IndexInput input = directory.openInput(name, IOContext.READONCE)) {
        CodecUtil.checksumEntireFile(input);
      }
    }
  }

  private void swap(Live next) throws IOException {
    Live previous = live.getAndSet(next);
    if (previous != null) {
      previous.reader().decRef();
    }
  }
}
