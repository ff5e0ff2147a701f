package dev.gwanyong.lexicon;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a lexicon folder into a {@link Lexicon}: its {@code *.tsv} files as the hand-written tier,
 * then each file of its {@code generated} folder as the tier the file's name declares, with the
 * word lists beside them.
 */
final class LexiconLoader {

  /**
   * The lexicons this process loaded, by their folder's files and the analysis: the benchmarks open
   * an answer service on every corpus they build, and the tests one a class, all over the same
   * lexicon. A lexicon never changes once loaded, so they share it. The two used last are kept.
   */
  private static final Map<String, Lexicon> LOADED =
      Collections.synchronizedMap(
          new LinkedHashMap<>(4, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Lexicon> eldest) {
              return size() > 2;
            }
          });

  static Lexicon load(Path folder, Analysis analysis, TableCache cache) {
    String files = filesOf(folder) + "\n" + analysis.fingerprint();
    Lexicon loaded = LOADED.get(files);
    if (loaded == null) {
      loaded = read(folder, analysis, cache);
      LOADED.put(files, loaded);
    }
    return loaded;
  }

  /**
   * What a lexicon folder holds, for {@link #LOADED}: every file's path, size and modification
   * time. An edited file changes one of them, unless it is rewritten to the same size within one
   * tick of the file system's clock.
   */
  private static String filesOf(Path folder) {
    StringBuilder files = new StringBuilder();
    for (Path dir : List.of(folder, folder.resolve(Lexicon.GENERATED))) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> listed = Files.list(dir)) {
        for (Path file : listed.filter(Files::isRegularFile).sorted().toList()) {
          files
              .append(file.toAbsolutePath())
              .append('\t')
              .append(Files.size(file))
              .append('\t')
              .append(Files.getLastModifiedTime(file))
              .append('\n');
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list lexicon folder " + dir, e);
      }
    }
    return files.toString();
  }

  /** Reads the folder's files, past {@link #LOADED}. */
  static Lexicon read(Path folder, Analysis analysis, TableCache cache) {
    Path generated = folder.resolve(Lexicon.GENERATED);
    List<Lexicon.Level> levels = new ArrayList<>();
    levels.add(
        new Lexicon.Level(
            Lexicon.Tier.HAND_WRITTEN, LexiconTable.read(tsvFiles(folder), analysis, cache)));
    for (Path file : tsvFiles(generated)) {
      levels.add(
          new Lexicon.Level(tierOfFile(file), LexiconTable.read(List.of(file), analysis, cache)));
    }
    cache.deleteUnused();
    return new Lexicon(
        levels,
        SortedTable.read(generated.resolve(Lexicon.ENGLISH_WORDS)),
        SortedTable.read(generated.resolve(Lexicon.ENGLISH_NAMES)),
        everydayStems(generated.resolve(Lexicon.EVERYDAY_WORDS), analysis),
        Pronunciations.in(generated.resolve(Pronunciations.FILE)),
        PinyinReadings.in(generated.resolve(PinyinReadings.FILE)));
  }

  /**
   * The stems of a word list, analysed as the index analyses English; none when the file is
   * missing.
   */
  private static Set<String> everydayStems(Path file, Analysis analysis) {
    if (!Files.isRegularFile(file)) {
      return Set.of();
    }
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      // One analysis of the whole list: the words are separated by line breaks, so none runs into
      // the next.
      String words = lines.filter(line -> !line.startsWith("#")).collect(Collectors.joining("\n"));
      return analysis.indexTerms(Fields.ENGLISH, words);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + file, e);
    }
  }

  /** The tier a generated file's name declares: {@code 10-names-cldr.tsv} holds names. */
  private static Lexicon.Tier tierOfFile(Path file) {
    String name = file.getFileName().toString();
    String[] parts = name.split("-", 3);
    if (parts.length == 3 && parts[0].chars().allMatch(Character::isDigit)) {
      for (Lexicon.Tier tier : Lexicon.Tier.values()) {
        if (tier != Lexicon.Tier.HAND_WRITTEN
            && tier.name().toLowerCase(Locale.ROOT).equals(parts[1])) {
          return tier;
        }
      }
    }
    throw new IllegalArgumentException(
        file
            + ": a generated lexicon file is named NN-tier-source.tsv, with tier one of numbers,"
            + " names, hanja");
  }

  private static List<Path> tsvFiles(Path folder) {
    try {
      return LexiconFiles.tsvFiles(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list lexicon folder " + folder, e);
    }
  }

  private LexiconLoader() {}
}
