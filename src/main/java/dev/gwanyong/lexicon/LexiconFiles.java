package dev.gwanyong.lexicon;

import dev.gwanyong.corpus.CorpusFiles;
import dev.gwanyong.corpus.FolderLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reading and editing the lexicon folder's files. Moderators' additions go to {@code local.tsv}; a
 * removal takes the word out of whichever file holds it. Every write replaces the whole file
 * atomically, so a crash never leaves half a line, and every change holds the folder's lock from
 * reading the file to writing it back, so two moderators' changes at once both land.
 */
public final class LexiconFiles {

  /** Where moderators' additions go. */
  public static final String LOCAL = "local.tsv";

  /** Hidden, and not a {@code .tsv}, so that the lexicon never reads it. */
  private static final String LOCK_FILE = ".lexicon.lock";

  private final Path folder;

  public LexiconFiles(Path folder) {
    this.folder = folder;
  }

  /** A change to the folder's files, which reads them and writes some back. */
  private interface Change<T> {
    T apply() throws IOException;
  }

  /** An entry and the file it stands in. */
  public record Listed(String file, Lexicon.Entry entry) {}

  /** Entries whose English side starts with the prefix (all when empty), in file order. */
  public List<Listed> list(String prefix) throws IOException {
    String wanted = prefix.strip().toLowerCase(Locale.ROOT);
    List<Listed> found = new ArrayList<>();
    for (Path file : files()) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        Optional<Lexicon.Entry> entry = entry(line, file);
        if (entry.isPresent() && entry.get().english().startsWith(wanted)) {
          found.add(new Listed(file.getFileName().toString(), entry.get()));
        }
      }
    }
    return found;
  }

  /**
   * Adds translations for an English word or phrase to {@link #LOCAL}, merged with any it already
   * has there.
   *
   * @throws IllegalArgumentException when a translation has no Hangul, or the entry would not read
   *     back as the one line it is written as
   */
  public Lexicon.Entry add(Lexicon.Entry entry) throws IOException {
    // Written as one line of a tab-separated file: a line break in it would split the line, and the
    // file could no longer be read, by any question; a leading '#' would be read back as a comment
    // and the entry silently lost.
    if (hasControlCharacter(entry.english())) {
      throw new IllegalArgumentException(
          "the English side must be one word or phrase, on one line and without tabs");
    }
    if (entry.english().strip().startsWith("#")) {
      throw new IllegalArgumentException(
          "the English side cannot start with '#', which marks a comment line");
    }
    for (String korean : entry.korean()) {
      if (hasControlCharacter(korean)) {
        throw new IllegalArgumentException(
            "each Korean translation of '"
                + entry.english()
                + "' must be on one line, without tabs");
      }
      if (korean
          .chars()
          .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)) {
        throw new IllegalArgumentException(
            "'" + korean + "' is not Korean; give translations in Hangul");
      }
    }
    return locked(() -> merge(entry));
  }

  private Lexicon.Entry merge(Lexicon.Entry entry) throws IOException {
    Path local = folder.resolve(LOCAL);
    List<String> lines =
        Files.exists(local) ? Files.readAllLines(local, StandardCharsets.UTF_8) : new ArrayList<>();
    Set<String> merged = new LinkedHashSet<>();
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      Optional<Lexicon.Entry> existing = entry(line, local);
      if (existing.isPresent() && existing.get().english().equals(entry.english())) {
        merged.addAll(existing.get().korean());
      } else {
        kept.add(line);
      }
    }
    if (lines.isEmpty()) {
      kept.add(
          "# Lexicon entries added by moderators with `index lexicon add`: english<TAB>korean1;"
              + " korean2");
    }
    merged.addAll(entry.korean());
    Lexicon.Entry result = new Lexicon.Entry(entry.english(), List.copyOf(merged));
    kept.add(result.line());
    write(local, kept);
    return result;
  }

  private static boolean hasControlCharacter(String text) {
    return text.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL);
  }

  /** Removes a word from every file that lists it; returns how many entries went. */
  public int remove(String english) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    return locked(() -> removeFromEach(english));
  }

  private int removeFromEach(String english) throws IOException {
    String wanted = english.strip().toLowerCase(Locale.ROOT);
    int removed = 0;
    for (Path file : files()) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      List<String> kept = new ArrayList<>();
      for (String line : lines) {
        if (entry(line, file).map(e -> e.english().equals(wanted)).orElse(false)) {
          removed++;
        } else {
          kept.add(line);
        }
      }
      if (kept.size() != lines.size()) {
        write(file, kept);
      }
    }
    return removed;
  }

  private <T> T locked(Change<T> change) throws IOException {
    try {
      return FolderLock.of(folder.resolve(LOCK_FILE))
          .call(
              () -> {
                try {
                  return change.apply();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static Optional<Lexicon.Entry> entry(String line, Path file) {
    String content = line.strip();
    if (content.isEmpty() || content.startsWith("#")) {
      return Optional.empty();
    }
    return Optional.of(Lexicon.Entry.parse(content, file.getFileName().toString()));
  }

  private void write(Path file, List<String> lines) throws IOException {
    byte[] text = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    new CorpusFiles(folder).write(file.getFileName().toString(), text);
  }

  private List<Path> files() throws IOException {
    return tsvFiles(folder);
  }

  /** The lexicon files of a folder, in name order; none when the folder is missing. */
  static List<Path> tsvFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tsv")).sorted().toList();
    }
  }
}
