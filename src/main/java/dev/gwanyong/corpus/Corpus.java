package dev.gwanyong.corpus;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sources of one corpus folder, read from its {@code *.txt} files, with translations attached to their
 * originals.
 *
 * @param folder where the files are
 * @param sources the sources, ordered by id
 * @param fingerprint a digest of every file's name and bytes: the index records it, and a different one means the
 *     index is stale
 */
public record Corpus(Path folder, List<Source> sources, String fingerprint) {

  /** The file name of a source in a corpus folder. */
  public static String fileName(String sourceId) {
    return sourceId + ".txt";
  }

  public Corpus {
    sources = List.copyOf(sources);
  }

  public Optional<Source> source(String id) {
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Reads every source of a folder.
   *
   * @throws CorpusException naming the file, when a file is not a valid source or two files share an id
   */
  public static Corpus load(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new CorpusException("corpus folder " + folder + " does not exist");
    }
    MessageDigest digest = sha256();
    Map<String, Source> originals = new LinkedHashMap<>();
    List<SourceFormat.Parsed> translations = new ArrayList<>();
    List<String> translationFiles = new ArrayList<>();
    for (Path file : sourceFiles(folder)) {
      String name = file.getFileName().toString();
      String text = read(file);
      digest.update(name.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(text.getBytes(StandardCharsets.UTF_8));
      SourceFormat.Parsed parsed = SourceFormat.parse(text, name);
      if (parsed.isTranslation()) {
        translations.add(parsed);
        translationFiles.add(name);
        continue;
      }
      Source source = parsed.toSource(name);
      if (!name.equals(fileName(source.id()))) {
        throw new CorpusException(name + ": file name must be " + fileName(source.id()) + " to match its id");
      }
      originals.put(source.id(), source);
    }
    for (int i = 0; i < translations.size(); i++) {
      SourceFormat.Parsed parsed = translations.get(i);
      String file = translationFiles.get(i);
      String of = parsed.value("translation-of").orElseThrow();
      Source original = originals.get(of);
      if (original == null) {
        throw new CorpusException(file + ": translation-of names '" + of + "', which is not in the corpus");
      }
      try {
        originals.put(of, original.withTranslation(parsed.toTranslation(file)));
      } catch (IllegalArgumentException e) {
        throw new CorpusException(file + ": " + e.getMessage());
      }
    }
    List<Source> sorted = originals.values().stream().sorted(java.util.Comparator.comparing(Source::id)).toList();
    return new Corpus(folder, sorted, HexFormat.of().formatHex(digest.digest()));
  }

  private static List<Path> sourceFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new CorpusException("cannot list corpus folder " + folder, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new CorpusException(file.getFileName() + ": not UTF-8 text", e);
    } catch (IOException e) {
      throw new CorpusException("cannot read " + file, e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
