package dev.gwanyong.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gwanyong.UnwritableFolder;
import dev.gwanyong.answer.Answer;
import dev.gwanyong.answer.AnswerService;
import dev.gwanyong.answer.Candidate;
import dev.gwanyong.config.ConfigLoader;
import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.corpus.SentenceSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Building, reopening and rebuilding the index in a real folder: a small corpus of our own, real
 * FSDirectory.
 */
class IndexStoreTest {

  private static final String SOURCE =
      """
      ---
      id: tiny
      title: 작은 자료
      lang: ko
      licence: test
      ---
      쿠버네티스는 컨테이너를 관리한다. 구글이 2014년에 공개했다.
      메조스는 아파치 재단에서 은퇴했다.
      """;

  @TempDir Path corpus;
  @TempDir Path data;
  @TempDir Path analysis;

  @BeforeEach
  void writeCorpusAndAnalysis() throws IOException {
    Files.writeString(corpus.resolve("tiny.txt"), SOURCE);
    try (Stream<Path> files = Files.list(Path.of("config", "analysis"))) {
      for (Path file : files.toList()) {
        Files.copy(file, analysis.resolve(file.getFileName()));
      }
    }
  }

  private GwanyongConfig config() {
    Map<String, Object> flags =
        Map.of(
            "corpus", corpus.toString(), "data", data.toString(), "analysis", analysis.toString());
    return new ConfigLoader(Map.of()).load(flags);
  }

  /** Opens the service as the bot does at start, and says whether that built the index. */
  private boolean openBuilds() throws IOException {
    try (AnswerService service = AnswerService.open(config())) {
      assertFalse(
          service.search("쿠버네티스는 컨테이너를 관리하나?", 3).isEmpty(), "the index serves the sources");
      return service.builtAtOpen();
    }
  }

  private List<String> generations() throws IOException {
    try (Stream<Path> entries = Files.list(data)) {
      return entries
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("gen-"))
          .sorted()
          .toList();
    }
  }

  private String current() throws IOException {
    return Files.readString(data.resolve("CURRENT"), StandardCharsets.UTF_8).strip();
  }

  @Test
  void opensByBuildingWhenNoIndexExists() throws IOException {
    assertTrue(openBuilds());
    assertEquals(List.of(current()), generations());
  }

  @Test
  void reopeningAnUnchangedCorpusDoesNotRebuild() throws IOException {
    assertTrue(openBuilds());
    String generation = current();
    corpus.resolve("tiny.txt").toFile().setLastModified(System.currentTimeMillis() + 60_000);
    assertFalse(openBuilds());
    assertEquals(generation, current());
    assertEquals(List.of(generation), generations());
  }

  @Test
  void changingASourceRebuilds() throws IOException {
    assertTrue(openBuilds());
    Files.writeString(corpus.resolve("tiny.txt"), "도커 스웜도 있었다.\n", StandardOpenOption.APPEND);
    assertTrue(openBuilds());
    try (AnswerService service = AnswerService.open(config())) {
      assertEquals(4, service.indexInfo().passages());
      assertTrue(service.ask("도커 스웜").answered(), "the new sentence is searchable");
    }
  }

  @Test
  void aFileLeftOutAsInvalidIsNamedAgainWheneverTheSameFilesAreServed() throws IOException {
    Files.writeString(corpus.resolve("broken.txt"), "no header at all\n");
    assertTrue(openBuilds());
    List<String> warnings = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            warnings.add(record.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger logger = Logger.getLogger(IndexStore.class.getName());
    logger.addHandler(handler);
    try {
      assertFalse(openBuilds(), "the same files: the index is served as it is");
    } finally {
      logger.removeHandler(handler);
    }
    assertTrue(warnings.stream().anyMatch(w -> w.contains("broken.txt")), warnings.toString());
    try (AnswerService service = AnswerService.open(config())) {
      assertEquals(
          1, service.indexInfo().skipped().size(), service.indexInfo().skipped().toString());
    }
  }

  @Test
  void aCorpusFingerprintIsTheSameWhetherOrNotTheSourcesAreRead() throws IOException {
    Files.writeString(corpus.resolve("broken.txt"), "no header at all\n");
    assertEquals(Corpus.load(corpus).fingerprint(), Corpus.fingerprint(corpus));
    Files.writeString(corpus.resolve("tiny.txt"), "더한 문장.\n", StandardOpenOption.APPEND);
    assertEquals(Corpus.load(corpus).fingerprint(), Corpus.fingerprint(corpus));
  }

  @Test
  void addingASourceFileRebuilds() throws IOException {
    assertTrue(openBuilds());
    Files.writeString(
        corpus.resolve("more.txt"), SOURCE.replace("id: tiny", "id: more").replace("메조스는", "노마드는"));
    assertTrue(openBuilds());
  }

  @Test
  void changingAnAnalysisFileRebuilds() throws IOException {
    assertTrue(openBuilds());
    Files.writeString(analysis.resolve("userdict-ko.txt"), "노마드\n", StandardOpenOption.APPEND);
    assertTrue(openBuilds());
    assertFalse(openBuilds());
  }

  @Test
  void rebuildSwapsGenerationsAndKeepsOnlyTheLiveOne() throws IOException {
    Corpus tiny = Corpus.load(corpus);
    try (IndexStore store = new IndexStore(data, Analysis.load(analysis))) {
      store.rebuild(tiny);
      String first = current();
      IndexInfo info = store.rebuild(tiny);
      assertNotEquals(first, current());
      assertEquals(List.of(current()), generations());
      assertEquals(info, store.info().orElseThrow());
      assertTrue(store.isCurrent(tiny));
    }
  }

  @Test
  void aBuildThatFailsPartWayRemovesItsGenerationAndTheLiveOneStays() throws IOException {
    Corpus tiny = Corpus.load(corpus);
    try (IndexStore store = new IndexStore(data, Analysis.load(analysis))) {
      store.rebuild(tiny);
      String live = current();
      // An interrupted thread is one way a build fails once its folder exists: Lucene's first lock
      // in it throws.
      RuntimeException failure =
          store.exclusive(
              () -> {
                Thread.currentThread().interrupt();
                try {
                  store.rebuild(tiny);
                  return null;
                } catch (RuntimeException e) {
                  return e;
                } finally {
                  Thread.interrupted();
                }
              });
      assertNotNull(failure, "the build failed");
      assertEquals(live, current());
      assertEquals(List.of(live), generations(), "nothing of the failed build is left");
      try (IndexStore.Lease lease = store.acquire()) {
        assertEquals(3, lease.reader().numDocs());
      }
    }
  }

  @Test
  void aLeftoverGenerationThatCannotBeDeletedFailsNoBuild() throws Exception {
    Corpus tiny = Corpus.load(corpus);
    // What a build killed part-way leaves, here as files this process may not delete (another
    // user's, say).
    Path leftover = Files.createDirectories(data.resolve("gen-000050"));
    Path segment = Files.writeString(leftover.resolve("_0.cfs"), "half a segment");
    try {
      assumeTrue(undeletable(segment), "needs a file this process cannot delete");
      try (IndexStore store = new IndexStore(data, Analysis.load(analysis))) {
        IndexInfo built = store.rebuild(tiny);
        assertEquals("gen-000051", current());
        assertEquals(built, store.info().orElseThrow());
        store.rebuild(tiny);
        assertEquals(List.of("gen-000050", "gen-000052"), generations());
        try (IndexStore.Lease lease = store.acquire()) {
          assertEquals(3, lease.reader().numDocs());
        }
      }
    } finally {
      leftover.toFile().setWritable(true);
      UnwritableFolder.chattr("-i", segment);
    }
  }

  /**
   * Makes a file undeletable: its folder read-only, or, for root, which that does not stop, the
   * file immutable.
   */
  private static boolean undeletable(Path file) throws InterruptedException {
    file.getParent().toFile().setWritable(false);
    return !Files.isWritable(file.getParent()) || UnwritableFolder.chattr("+i", file);
  }

  @Test
  void aSearcherLentBeforeARebuildKeepsWorking() throws IOException {
    Corpus tiny = Corpus.load(corpus);
    try (IndexStore store = new IndexStore(data, Analysis.load(analysis))) {
      store.rebuild(tiny);
      try (IndexStore.Lease before = store.acquire()) {
        store.rebuild(tiny);
        assertEquals(3, before.reader().numDocs());
        assertEquals(
            "작은 자료", StoredPassages.read(before.reader(), new int[] {0}).getFirst().title());
      }
      try (IndexStore.Lease after = store.acquire()) {
        assertEquals(3, after.reader().numDocs());
      }
    }
  }

  /**
   * A chat platform that stops its workers interrupts them, maybe while one reads a paragraph's
   * record: the read finishes, and the files stay open for every later question (a file channel
   * read on an interrupted thread is closed for good).
   */
  @Test
  void aQuestionAskedOnAnInterruptedThreadLeavesTheIndexReadable() throws IOException {
    try (AnswerService service = AnswerService.open(config())) {
      Answer expected = service.ask("구글은 언제 공개했나?");
      assertTrue(expected.answered());
      Answer interrupted;
      Thread.currentThread().interrupt();
      try {
        interrupted = service.ask("구글은 언제 공개했나?");
      } finally {
        assertTrue(Thread.interrupted(), "the interrupt is left for its owner to see");
      }
      assertEquals(expected.citations(), interrupted.citations());
      assertEquals(expected.citations(), service.ask("구글은 언제 공개했나?").citations());
    }
  }

  @Test
  void questionsAskedDuringRebuildsAreAllAnswered() throws Exception {
    try (AnswerService service = AnswerService.open(config())) {
      AtomicBoolean rebuilding = new AtomicBoolean(true);
      ExecutorService askers = Executors.newFixedThreadPool(2);
      try {
        List<Future<Integer>> asked = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
          asked.add(askers.submit(() -> askUntil(service, rebuilding)));
        }
        Corpus tiny = Corpus.load(corpus);
        for (int i = 0; i < 5; i++) {
          service.store().rebuild(tiny);
        }
        rebuilding.set(false);
        for (Future<Integer> answers : asked) {
          assertTrue(answers.get(1, TimeUnit.MINUTES) > 0);
        }
      } finally {
        askers.shutdownNow();
      }
    }
    assertEquals(List.of(current()), generations());
  }

  /** Asks until told to stop; every question must be answered from a complete index. */
  private static int askUntil(AnswerService service, AtomicBoolean go) {
    int answered = 0;
    do {
      List<Candidate> candidates = service.candidates("쿠버네티스는 컨테이너를 관리하나?");
      assertFalse(candidates.isEmpty(), "the question found its sentences during a rebuild");
      String quote = candidates.getFirst().quote();
      assertTrue(quote.startsWith("쿠버네티스는 컨테이너를 관리한다."), quote);
      answered++;
    } while (go.get());
    return answered;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "garbage",
        "gen-999999",
        "gen-../../etc",
        "../gen-000001",
        "\u0000\u00ff\ufffe"
      })
  void aBadCurrentFileLeadsToARebuild(String pointer) throws IOException {
    assertTrue(openBuilds());
    Files.writeString(data.resolve("CURRENT"), pointer);
    assertTrue(openBuilds());
    assertEquals(List.of(current()), generations());
  }

  @Test
  void aMissingCurrentFileLeadsToARebuild() throws IOException {
    assertTrue(openBuilds());
    Files.delete(data.resolve("CURRENT"));
    assertTrue(openBuilds());
    assertEquals(List.of(current()), generations());
  }

  @Test
  void aDeletedGenerationLeadsToARebuild() throws IOException {
    assertTrue(openBuilds());
    deleteTree(data.resolve(current()));
    assertTrue(openBuilds());
    assertEquals(List.of(current()), generations());
  }

  @Test
  void aCorruptGenerationLeadsToARebuild() throws IOException {
    assertTrue(openBuilds());
    try (Stream<Path> files = Files.list(data.resolve(current()))) {
      for (Path file : files.toList()) {
        Files.writeString(file, "not a Lucene file");
      }
    }
    assertTrue(openBuilds());
    assertFalse(openBuilds());
  }

  @Test
  void openingLeavesOtherGenerationsAlone() throws IOException {
    assertTrue(openBuilds());
    // What another process's rebuild looks like from here: a generation folder not yet named by
    // CURRENT.
    Path building = Files.createDirectories(data.resolve("gen-000099"));
    Files.writeString(building.resolve("write.lock"), "");
    assertFalse(openBuilds());
    assertTrue(Files.exists(building.resolve("write.lock")), "a reader never deletes a generation");
  }

  @Test
  void storesOpeningWhileAnotherRebuildsNeverBreakIt() throws Exception {
    assertTrue(openBuilds());
    Corpus tiny = Corpus.load(corpus);
    ExecutorService moderator = Executors.newSingleThreadExecutor();
    try (IndexStore builder = new IndexStore(data, Analysis.load(analysis))) {
      Future<?> rebuilds =
          moderator.submit(
              () -> {
                for (int i = 0; i < 15; i++) {
                  builder.rebuild(tiny);
                }
              });
      int opened = 0;
      while (!rebuilds.isDone() || opened == 0) {
        try (IndexStore starting = new IndexStore(data, Analysis.load(analysis))) {
          starting.openOrBuild(tiny);
          try (IndexStore.Lease lease = starting.acquire()) {
            assertEquals(3, lease.reader().numDocs());
          }
        }
        opened++;
      }
      rebuilds.get(1, TimeUnit.MINUTES); // throws if a start deleted the generation being built
    } finally {
      moderator.shutdownNow();
    }
  }

  @Test
  void bytesZeroedInsideASegmentFileAreNoticedAtOpenAndRebuilt() throws IOException {
    assertTrue(openBuilds());
    Path largest;
    try (Stream<Path> files = Files.list(data.resolve(current()))) {
      largest =
          files
              .filter(f -> !f.getFileName().toString().equals("write.lock"))
              .max(java.util.Comparator.comparingLong(f -> f.toFile().length()))
              .orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(largest);
    java.util.Arrays.fill(
        bytes, bytes.length / 2, bytes.length / 2 + 16, (byte) 0); // postings: read lazily
    Files.write(largest, bytes);
    assertTrue(openBuilds(), "a checksum mismatch at open rebuilds from the sources");
    try (AnswerService service = AnswerService.open(config())) {
      assertFalse(
          service.search("쿠버네티스는 컨테이너를 관리하나?", 1).isEmpty(),
          "the rebuilt index serves the sources");
    }
  }

  @Test
  void passagesAreTheSentencesOfTheBundledCorpus() throws IOException {
    Corpus bundled = Corpus.load(Path.of("index"));
    SentenceSplitter splitter = new SentenceSplitter();
    int sentences =
        bundled.sources().stream()
            .flatMap(s -> s.paragraphs().stream())
            .mapToInt(p -> splitter.split(p).size())
            .sum();
    try (IndexStore store = new IndexStore(data, Analysis.load(Path.of("config", "analysis")))) {
      IndexInfo info = store.rebuild(bundled);
      assertEquals(sentences, info.passages());
      assertEquals(bundled.sources().size(), info.sources());
      try (IndexStore.Lease lease = store.acquire()) {
        assertEquals(sentences, lease.reader().numDocs());
      }
    }
  }

  @Test
  void documentsFollowTheCorpusSentenceBySentence() throws IOException {
    // Paragraphs are analysed in parallel; the documents must still come in corpus order, a
    // paragraph's sentences adjacent, as answering reads a paragraph's first sentence at its
    // document id minus the sentence number.
    Corpus bundled = Corpus.load(Path.of("index"));
    SentenceSplitter splitter = new SentenceSplitter();
    List<String> expected = new ArrayList<>();
    bundled
        .sources()
        .forEach(
            source -> {
              for (int p = 1; p <= source.paragraphs().size(); p++) {
                int sentences = splitter.split(source.paragraphs().get(p - 1)).size();
                for (int s = 0; s < sentences; s++) {
                  expected.add(source.id() + "#" + p + "." + s);
                }
              }
            });
    try (IndexStore store = new IndexStore(data, Analysis.load(Path.of("config", "analysis")))) {
      store.rebuild(bundled);
      try (IndexStore.Lease lease = store.acquire()) {
        List<String> ids = new ArrayList<>();
        for (int doc = 0; doc < lease.reader().maxDoc(); doc++) {
          ids.add(StoredPassages.read(lease.reader(), new int[] {doc}).getFirst().id());
        }
        assertEquals(expected, ids);
      }
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
