package dev.gwanyong.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
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
 * The sources of one corpus folder, read from its {@code *.txt} files, with translations attached
 * to their originals.
 *
 * @param folder where the files are
 * @param sources the sources, ordered by id
 * @param skipped the files that are not valid sources, which are left out so that one bad file
 *     stops nothing
 * @param fingerprint a digest of every file's name and bytes (skipped ones too): the index records
 *     it, and a different one means the index is stale
 */
public record Corpus(Path folder, List<Source> sources, List<Skipped> skipped, String fingerprint) {

  /**
   * A file left out of the corpus, and why: the message names the file, and where it can, the line.
   *
   * @param kind what is wrong with it, which decides what a moderator can do about it
   */
  public record Skipped(String file, String reason, Kind kind) {

    /** What is wrong with a skipped file. */
    public enum Kind {
      /** Read, but not a valid source: an update replaces it, a remove deletes it. */
      INVALID,
      /**
       * The process may not read it: a remove deletes it, but an update cannot replace it, as a
       * change keeps the bytes of the files it writes over to roll back to.
       */
      UNREADABLE,
      /**
       * A folder named like a source: nothing a moderator's change should delete or write over; it
       * is moved or deleted by hand.
       */
      FOLDER
    }

    /**
     * The reason, with what can be done about it, for a moderator's status and an operator's log
     * alike: only a file that was read can be fixed by an update, a folder is not a command's to
     * touch at all, and a file whose name is no source id (Foo.txt, a translation's x.en.txt)
     * cannot be named to update or remove, so each is told the way out it has.
     */
    public String note() {
      if (kind != Kind.FOLDER && !namesASource(file)) {
        return "Skipped, under a name that is no source id, so no command can take it (an operator"
            + " fixes, renames or deletes it by hand): "
            + reason;
      }
      String hint =
          switch (kind) {
            case INVALID -> "Skipped, not a valid source (fix it with update, or remove it)";
            case UNREADABLE ->
                "Skipped, the server cannot read it (remove it, or have an operator fix its"
                    + " permissions or owner; update cannot replace it)";
            case FOLDER -> "Skipped, a folder (update and remove leave it alone)";
          };
      return hint + ": " + reason;
    }

    private static boolean namesASource(String file) {
      String id = file.substring(0, file.length() - ".txt".length());
      return fileName(id).equals(file) && Source.isValidId(id);
    }
  }

  /** The file name of a source in a corpus folder. */
  public static String fileName(String sourceId) {
    return sourceId + ".txt";
  }

  public Corpus {
    sources = List.copyOf(sources);
    skipped = List.copyOf(skipped);
  }

  public Optional<Source> source(String id) {
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The skipped file of a source id, if its file is there but not valid. */
  public Optional<Skipped> skippedFile(String id) {
    return skipped.stream().filter(s -> s.file().equals(fileName(id))).findFirst();
  }

  /**
   * Reads every source of a folder. A file that is not a valid source (unreadable, not UTF-8, a
   * header that is not closed or has an unknown key, a name that does not match its id, a
   * translation of nothing or misaligned) is skipped and listed in {@link #skipped}, so a
   * hand-edited file never stops the others from being served.
   *
   * @throws CorpusException when the folder cannot be listed
   */
  public static Corpus load(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new CorpusException("corpus folder " + folder + " does not exist");
    }
    MessageDigest digest = sha256();
    Map<String, Source> originals = new LinkedHashMap<>();
    List<SourceFormat.Parsed> translations = new ArrayList<>();
    List<String> translationFiles = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Path file : sourceFiles(folder)) {
      String name = file.getFileName().toString();
      Optional<Skipped> notAFile = notAFile(file, name);
      if (notAFile.isPresent()) {
        digestUnreadable(digest, name);
        skipped.add(notAFile.get());
        continue;
      }
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        // One file the server may not read (a copy with the wrong owner) must not stop every other
        // source.
        digestUnreadable(digest, name);
        skipped.add(
            new Skipped(
                name, name + ": cannot be read: " + IoReason.of(e), Skipped.Kind.UNREADABLE));
        continue;
      }
      digest(digest, name, bytes);
      try {
        SourceFormat.Parsed parsed = SourceFormat.parse(decode(bytes, name), name);
        if (parsed.isTranslation()) {
          translations.add(parsed);
          translationFiles.add(name);
          continue;
        }
        Source source = parsed.toSource(name);
        if (!name.equals(fileName(source.id()))) {
          throw new CorpusException(
              name + ": file name must be " + fileName(source.id()) + " to match its id");
        }
        originals.put(source.id(), source);
      } catch (CorpusException e) {
        skipped.add(new Skipped(name, e.getMessage(), Skipped.Kind.INVALID));
      }
    }
    for (int i = 0; i < translations.size(); i++) {
      SourceFormat.Parsed parsed = translations.get(i);
      String file = translationFiles.get(i);
      String of = parsed.value("translation-of").orElseThrow();
      Source original = originals.get(of);
      if (original == null) {
        skipped.add(
            new Skipped(
                file,
                file + ": translation-of names '" + of + "', which is not in the corpus",
                Skipped.Kind.INVALID));
        continue;
      }
      try {
        originals.put(of, original.withTranslation(parsed.toTranslation(file)));
      } catch (IllegalArgumentException | CorpusException e) {
        skipped.add(
            new Skipped(
                file,
                e instanceof CorpusException ? e.getMessage() : file + ": " + e.getMessage(),
                Skipped.Kind.INVALID));
      }
    }
    List<Source> sorted =
        originals.values().stream().sorted(java.util.Comparator.comparing(Source::id)).toList();
    return new Corpus(folder, sorted, skipped, HexFormat.of().formatHex(digest.digest()));
  }

  /**
   * The {@link #fingerprint} of a folder's files without reading them as sources: enough to tell
   * that an index was built from exactly these files, at a fraction of the memory.
   *
   * @throws CorpusException when the folder cannot be listed
   */
  public static String fingerprint(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new CorpusException("corpus folder " + folder + " does not exist");
    }
    MessageDigest digest = sha256();
    for (Path file : sourceFiles(folder)) {
      String name = file.getFileName().toString();
      try {
        if (notAFile(file, name).isPresent()) {
          digestUnreadable(digest, name);
        } else {
          digest(digest, name, Files.readAllBytes(file));
        }
      } catch (IOException e) {
        digestUnreadable(digest, name);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void digest(MessageDigest digest, String name, byte[] bytes) {
    digest.update(name.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(bytes);
  }

  /**
   * A file that cannot be read counts by its name and a mark no file's bytes can follow a name
   * with.
   */
  private static void digestUnreadable(MessageDigest digest, String name) {
    digest.update(name.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 1);
  }

  /**
   * What is named like a source but is not a file to read: a folder, or a pipe or a link to
   * nothing, which used to be passed over without a word (and a pipe, read, would wait for a writer
   * forever).
   */
  private static Optional<Skipped> notAFile(Path file, String name) {
    if (Files.isRegularFile(file)) {
      return Optional.empty();
    }
    if (Files.isDirectory(file)) {
      return Optional.of(
          new Skipped(
              name,
              name + ": a folder, not a source file; move or delete it by hand",
              Skipped.Kind.FOLDER));
    }
    return Optional.of(
        new Skipped(name, name + ": cannot be read: not a regular file", Skipped.Kind.UNREADABLE));
  }

  /**
   * Everything named like a source, file or not, so that what cannot be one is named rather than
   * passed over.
   */
  private static List<Path> sourceFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new CorpusException("cannot list corpus folder " + folder, e);
    }
  }

  private static String decode(byte[] bytes, String name) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new CorpusException(name + ": not UTF-8 text", e);
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
