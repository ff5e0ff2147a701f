package dev.gwanyong.lexicon;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.Fields;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysed lexicon kept between starts: read when it is of these very files, analysed again
 * otherwise. These tests read past the lexicons the process keeps loaded ({@link Lexicon#read}),
 * which would answer a second load.
 */
class TableCacheTest {

  private static Analysis analysis;

  @TempDir Path lexicon;
  @TempDir Path cache;

  @BeforeAll
  static void load() {
    analysis = Analysis.load(Path.of("config", "analysis"));
  }

  private static List<String> stems(String english) {
    return analysis.termSpans(Fields.ENGLISH, english).stream()
        .map(Analysis.TermSpan::term)
        .toList();
  }

  private void writeLexicon(String... lines) throws IOException {
    Files.writeString(lexicon.resolve("test.tsv"), String.join("\n", lines) + "\n", UTF_8);
  }

  private List<Path> cacheFiles() throws IOException {
    try (Stream<Path> files = Files.list(cache)) {
      return files.sorted().toList();
    }
  }

  @Test
  void theBundledLexiconReadFromItsCacheTranslatesAsTheAnalysedOne() throws IOException {
    Path bundled = Path.of("config", "lexicon");
    Lexicon analysed = LexiconLoader.read(bundled, analysis, TableCache.NONE);
    Lexicon first = LexiconLoader.read(bundled, analysis, TableCache.in(cache));
    assertTrue(cacheFiles().size() > 1, "one file a tier: " + cacheFiles());
    Lexicon cached = LexiconLoader.read(bundled, analysis, TableCache.in(cache));
    assertEquals(analysed.size(), cached.size());
    for (String word :
        List.of("interfere", "like", "zoo", "switzerland", "pneumonia", "five", "open source")) {
      assertEquals(analysed.lookup(stems(word)), cached.lookup(stems(word)), word);
      assertEquals(analysed.lookup(stems(word)), first.lookup(stems(word)), word);
    }
    assertEquals(analysed.english("간섭"), cached.english("간섭"));
    String phrasal = "get up";
    List<Analysis.TermSpan> get = analysis.termSpans(Fields.ENGLISH, phrasal);
    Optional<Lexicon.Translations> getUp = cached.lookup(get, WrittenWords.of(phrasal));
    assertEquals(
        analysed.lookup(get, WrittenWords.of(phrasal)),
        getUp,
        "a phrase with a word analysis drops");
    assertNotEquals(cached.lookup(stems("get")), getUp);
  }

  @Test
  void aStartReadsTheCacheInsteadOfAnalysingAgain() throws IOException {
    writeLexicon("interfere\t간섭하다");
    LexiconLoader.read(lexicon, analysis, TableCache.in(cache));
    // Entries stored under the file's key with another translation: a load that reads them answers
    // with it.
    String key =
        TableCache.key(
            List.of(Files.readAllLines(lexicon.resolve("test.tsv"))), analysis.fingerprint());
    TableCache.in(cache)
        .write(
            key,
            List.of(
                new LexiconTable.Analysed(
                    "interfere",
                    stems("interfere"),
                    List.of(List.of("방해")),
                    List.of(),
                    List.of())));
    Lexicon planted = LexiconLoader.read(lexicon, analysis, TableCache.in(cache));
    assertEquals(Set.of(List.of("방해")), planted.korean(stems("interfere")));
  }

  @Test
  void aFolderThatCannotBeWrittenIsToldOnceNotOnceATable() throws IOException {
    writeLexicon("interfere\t간섭하다");
    Files.createDirectories(lexicon.resolve(Lexicon.GENERATED));
    Files.writeString(
        lexicon.resolve(Lexicon.GENERATED).resolve("10-names-test.tsv"),
        "Switzerland\t스위스\n",
        UTF_8);
    Path notAFolder = Files.writeString(cache.resolve("not-a-folder"), "a file");
    List<LogRecord> told = new ArrayList<>();
    Handler listener =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            told.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger log = Logger.getLogger(TableCache.class.getName());
    log.addHandler(listener);
    Lexicon loaded;
    try {
      loaded = LexiconLoader.read(lexicon, analysis, TableCache.in(notAFolder.resolve("cache")));
    } finally {
      log.removeHandler(listener);
    }
    assertEquals(Set.of(List.of("간섭")), loaded.korean(stems("interfere")));
    assertEquals(Set.of(List.of("스위스")), loaded.korean(stems("switzerland")));
    List<String> warnings =
        told.stream()
            .filter(r -> r.getLevel() == Level.WARNING)
            .map(LogRecord::getMessage)
            .toList();
    assertEquals(1, warnings.size(), "two tables, one warning: " + warnings);
    assertTrue(warnings.getFirst().contains("starts stay slower"), warnings.getFirst());
  }

  @Test
  void anEditedFileIsAnalysedAgainAndItsOldEntriesDeleted() throws IOException {
    writeLexicon("interfere\t간섭하다");
    LexiconLoader.read(lexicon, analysis, TableCache.in(cache));
    List<Path> before = cacheFiles();
    writeLexicon("interfere\t간섭하다", "house\t집");
    Lexicon edited = LexiconLoader.read(lexicon, analysis, TableCache.in(cache));
    assertEquals(Set.of(List.of("집")), edited.korean(stems("house")));
    assertEquals(1, cacheFiles().size());
    assertNotEquals(before, cacheFiles(), "the edited table is stored under a new name");
  }

  @Test
  void aDamagedCacheIsAnalysedAgainAndRewritten() throws IOException {
    writeLexicon("interfere\t간섭하다", "house\t집");
    LexiconLoader.read(lexicon, analysis, TableCache.in(cache));
    Path file = cacheFiles().getFirst();
    byte[] whole = Files.readAllBytes(file);
    for (byte[] damaged :
        List.of(
            new byte[0],
            Arrays.copyOf(whole, whole.length / 2),
            "not a cache at all".getBytes(UTF_8),
            Arrays.copyOf(whole, whole.length + 3),
            endlessTerms(whole))) {
      Files.write(file, damaged);
      Lexicon lexicon = LexiconLoader.read(this.lexicon, analysis, TableCache.in(cache));
      assertEquals(Set.of(List.of("간섭")), lexicon.korean(stems("interfere")));
      assertEquals(Set.of(List.of("집")), lexicon.korean(stems("house")));
      assertEquals(whole.length, Files.size(file), "rewritten whole");
    }
  }

  /**
   * The cache's header, then an entry whose English stems claim to be the most terms an int can
   * count.
   */
  private static byte[] endlessTerms(byte[] cache) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(cache, 0, Integer.BYTES); // the format
      out.writeInt(1);
      out.writeUTF("interfere");
      out.writeInt(Integer.MAX_VALUE);
    }
    return bytes.toByteArray();
  }

  @Test
  void aCacheThatCannotBeWrittenOnlySlowsTheStart() throws IOException {
    writeLexicon("interfere\t간섭하다");
    Path notAFolder = Files.writeString(cache.resolve("file"), "x");
    Lexicon lexicon =
        LexiconLoader.read(this.lexicon, analysis, TableCache.in(notAFolder.resolve("lexicon")));
    assertEquals(Set.of(List.of("간섭")), lexicon.korean(stems("interfere")));
  }
}
