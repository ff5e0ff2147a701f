package dev.gwanyong.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Durable changes to the files of a corpus folder. A write goes to a temp file in the same folder
 * (named so that {@link Corpus#load} never reads it), is forced to disk, renamed over the target
 * atomically, and the folder is forced too; a delete forces the folder. Either way a crash leaves
 * the old file or the new one, never a torn one.
 */
public final class CorpusFiles {

  private static final String TEMP_SUFFIX = ".tmp";
  private static final String STAGING_PREFIX = ".txn-";
  private static final String MANIFEST = "MANIFEST";

  /**
   * Where a staged change keeps the files it deletes until it is discarded, to put them back on a
   * rollback.
   */
  private static final String REMOVED = "removed";

  private final Path folder;

  public CorpusFiles(Path folder) {
    this.folder = folder;
  }

  public Path folder() {
    return folder;
  }

  /**
   * The bytes of the files a change writes as they are now ({@code Optional.empty()} for a missing
   * file), to roll back to. The files it deletes are not read: {@link #commitStaged} keeps them
   * aside, so that one the process may not read can still be removed.
   */
  public Map<String, Optional<byte[]>> snapshot(CorpusChange change) throws IOException {
    Map<String, Optional<byte[]>> snapshot = new LinkedHashMap<>();
    for (String name : change.writes().keySet()) {
      Path file = folder.resolve(name);
      snapshot.put(
          name, Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty());
    }
    return snapshot;
  }

  /**
   * Undoes a staged change that {@link #commitStaged} applied, in part or whole: the files it wrote
   * go back to what the {@link #snapshot} found, and those it deleted come back from where it kept
   * them, a source before its translations.
   */
  public void restore(String txn, Map<String, Optional<byte[]>> snapshot) throws IOException {
    for (Map.Entry<String, Optional<byte[]>> entry : snapshot.entrySet()) {
      if (entry.getValue().isPresent()) {
        write(entry.getKey(), entry.getValue().get());
      } else {
        delete(entry.getKey());
      }
    }
    Path removed = staging(txn).resolve(REMOVED);
    for (String name : deletesOf(txn).reversed()) {
      if (Files.exists(removed.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
        moveAtomically(removed.resolve(name), folder.resolve(name));
      }
    }
    syncFolder();
  }

  /** Replaces a file atomically: temp file, fsync, rename, fsync of the folder. */
  public void write(String fileName, byte[] bytes) throws IOException {
    requirePlainName(fileName);
    Path temp = folder.resolve("." + fileName + "." + UUID.randomUUID() + TEMP_SUFFIX);
    try {
      try (FileChannel channel =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      moveAtomically(temp, folder.resolve(fileName));
      syncFolder();
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Deletes a file, durably. */
  public void delete(String fileName) throws IOException {
    requirePlainName(fileName);
    if (Files.deleteIfExists(folder.resolve(fileName))) {
      syncFolder();
    }
  }

  /**
   * The translation files of a source: {@code ID.*.txt} files whose header names it in {@code
   * translation-of}. A file that cannot be read as a source (a folder, a pipe, one the process may
   * not read, one that does not parse) is not counted: it is reported as skipped, and must not stop
   * the source from being removed.
   *
   * @throws IOException when the folder cannot be listed
   */
  public List<String> translationsOf(String sourceId) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.startsWith(sourceId + ".")
            && name.endsWith(".txt")
            && !name.equals(Corpus.fileName(sourceId))
            && isTranslationOf(file, sourceId)) {
          names.add(name);
        }
      }
    }
    return names;
  }

  private static boolean isTranslationOf(Path file, String sourceId) {
    if (!Files.isRegularFile(file)) {
      return false; // a pipe would be waited on forever
    }
    try {
      SourceFormat.Parsed parsed =
          SourceFormat.parse(
              Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
      return parsed.value("translation-of").filter(sourceId::equals).isPresent();
    } catch (CorpusException | IOException e) {
      // Not a valid source file (or not one to read), so not a translation of anything.
      return false;
    }
  }

  /** Deletes temp files a killed process left behind; they were never part of the corpus. */
  public int deleteLeftovers() throws IOException {
    int deleted = 0;
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") && name.endsWith(TEMP_SUFFIX) && Files.deleteIfExists(file)) {
          deleted++;
        }
      }
    }
    return deleted;
  }

  /**
   * Makes a change durable without applying it: the new files and a manifest go into a hidden
   * folder of the corpus folder ({@code .txn-ID}, which {@link Corpus#load} never reads), each
   * forced to disk. From then on {@link #commitStaged} can apply the change, however often it is
   * interrupted.
   */
  public void stage(String txn, CorpusChange change) throws IOException {
    Path staging = Files.createDirectory(staging(txn));
    StringBuilder manifest = new StringBuilder();
    for (Map.Entry<String, byte[]> write : change.writes().entrySet()) {
      requirePlainName(write.getKey());
      writeForced(staging.resolve(write.getKey()), write.getValue(), StandardOpenOption.CREATE_NEW);
      manifest.append("write ").append(write.getKey()).append('\n');
    }
    for (String name : change.deletes()) {
      requirePlainName(name);
      manifest.append("delete ").append(name).append('\n');
    }
    writeForced(
        staging.resolve(MANIFEST),
        manifest.toString().getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.CREATE_NEW);
    sync(staging);
    syncFolder();
  }

  /**
   * Applies a staged change: moves each staged file into place (atomically) and each file it
   * deletes into the staging folder, where it stays until the change is discarded. Moved, not read,
   * a file the process may not read can be removed too, and {@link #restore} can put it back.
   * Idempotent, so a change interrupted half-way is finished by running it again.
   */
  public void commitStaged(String txn) throws IOException {
    Path staging = staging(txn);
    for (String line : Files.readAllLines(staging.resolve(MANIFEST), StandardCharsets.UTF_8)) {
      String name = line.substring(line.indexOf(' ') + 1);
      requirePlainName(name);
      if (line.startsWith("write ")) {
        Path staged = staging.resolve(name);
        if (Files.exists(staged)) {
          moveAtomically(staged, folder.resolve(name));
        }
      } else if (line.startsWith("delete ")) {
        Path deleted = folder.resolve(name);
        if (Files.exists(deleted, LinkOption.NOFOLLOW_LINKS)) {
          moveAtomically(deleted, Files.createDirectories(staging.resolve(REMOVED)).resolve(name));
        }
      }
    }
    syncFolder();
  }

  /** The files a staged change deletes, in the order its manifest lists them. */
  private List<String> deletesOf(String txn) throws IOException {
    return Files.readAllLines(staging(txn).resolve(MANIFEST), StandardCharsets.UTF_8).stream()
        .filter(line -> line.startsWith("delete "))
        .map(line -> line.substring("delete ".length()))
        .toList();
  }

  /**
   * Marks a staged change as not to be applied (its manifest goes), keeping the folder as a record
   * that its intent still needs a closing line; {@link #discardStaged} removes it once that line is
   * written.
   */
  public void abandonStaged(String txn) throws IOException {
    if (!Files.isDirectory(staging(txn), LinkOption.NOFOLLOW_LINKS)) {
      return; // never made (the folder could not be written): nothing was staged to apply
    }
    Files.deleteIfExists(staging(txn).resolve(MANIFEST));
    sync(staging(txn));
  }

  /** Whether a staged change can still be applied: it was staged completely and not abandoned. */
  public boolean isApplicable(String txn) {
    return Files.isRegularFile(staging(txn).resolve(MANIFEST));
  }

  /** Deletes a staged change's folder, applied or not, with the files it deleted. */
  public void discardStaged(String txn) throws IOException {
    Path staging = staging(txn);
    if (!Files.exists(staging)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(staging)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
    syncFolder();
  }

  /**
   * The ids of the changes staged and not yet discarded: what a process killed in the middle left.
   */
  public List<String> stagedTransactions() throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.startsWith(STAGING_PREFIX))
          .map(n -> n.substring(STAGING_PREFIX.length()))
          .filter(CorpusFiles::isTxn)
          .sorted()
          .toList();
    }
  }

  private Path staging(String txn) {
    return folder.resolve(STAGING_PREFIX + requireTxn(txn));
  }

  private static void moveAtomically(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static boolean isTxn(String txn) {
    return txn.matches("[0-9a-f]{8,32}");
  }

  private static String requireTxn(String txn) {
    if (!isTxn(txn)) {
      throw new IllegalArgumentException("not a transaction id: " + txn);
    }
    return txn;
  }

  private static void writeForced(Path file, byte[] bytes, StandardOpenOption mode)
      throws IOException {
    try (FileChannel channel = FileChannel.open(file, mode, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  private static void requirePlainName(String fileName) {
    if (fileName.isEmpty()
        || fileName.contains("/")
        || fileName.contains("\\")
        || fileName.startsWith(".")) {
      throw new IllegalArgumentException("not a plain corpus file name: " + fileName);
    }
  }

  private void syncFolder() throws IOException {
    sync(folder);
  }

  private static void sync(Path folder) throws IOException {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Some file systems cannot open a folder for syncing; the rename itself is still atomic
      // there.
      if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win")) {
        throw e;
      }
    }
  }
}
