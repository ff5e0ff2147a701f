package dev.gwanyong.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
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
 * Durable changes to the files of a corpus folder. A write goes to a temp file in the same folder (named so that
 * {@link Corpus#load} never reads it), is forced to disk, renamed over the target atomically, and the folder is forced
 * too; a delete forces the folder. Either way a crash leaves the old file or the new one, never a torn one.
 */
public final class CorpusFiles {

  private static final String TEMP_SUFFIX = ".tmp";

  private final Path folder;

  public CorpusFiles(Path folder) {
    this.folder = folder;
  }

  public Path folder() {
    return folder;
  }

  /** The bytes of some files as they are now ({@code Optional.empty()} for a missing file), to roll back to. */
  public Map<String, Optional<byte[]>> snapshot(List<String> fileNames) throws IOException {
    Map<String, Optional<byte[]>> snapshot = new LinkedHashMap<>();
    for (String name : fileNames) {
      Path file = folder.resolve(name);
      snapshot.put(name, Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty());
    }
    return snapshot;
  }

  /** Puts files back as a {@link #snapshot} found them. */
  public void restore(Map<String, Optional<byte[]>> snapshot) throws IOException {
    for (Map.Entry<String, Optional<byte[]>> entry : snapshot.entrySet()) {
      if (entry.getValue().isPresent()) {
        write(entry.getKey(), entry.getValue().get());
      } else {
        delete(entry.getKey());
      }
    }
  }

  /** Writes a source's file atomically. */
  public void write(Source source) throws IOException {
    write(Corpus.fileName(source.id()), SourceFormat.format(source).getBytes(StandardCharsets.UTF_8));
  }

  /** Replaces a file atomically: temp file, fsync, rename, fsync of the folder. */
  public void write(String fileName, byte[] bytes) throws IOException {
    requirePlainName(fileName);
    Path temp = folder.resolve("." + fileName + "." + UUID.randomUUID() + TEMP_SUFFIX);
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      try {
        Files.move(temp, folder.resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, folder.resolve(fileName), StandardCopyOption.REPLACE_EXISTING);
      }
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

  /** The translation files of a source: {@code ID.*.txt} files whose header names it in {@code translation-of}. */
  public List<String> translationsOf(String sourceId) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.startsWith(sourceId + ".") && name.endsWith(".txt") && !name.equals(Corpus.fileName(sourceId))) {
          SourceFormat.Parsed parsed = SourceFormat.parse(Files.readString(file, StandardCharsets.UTF_8), name);
          if (parsed.value("translation-of").filter(sourceId::equals).isPresent()) {
            names.add(name);
          }
        }
      }
    }
    return names;
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

  private static void requirePlainName(String fileName) {
    if (fileName.isEmpty() || fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
      throw new IllegalArgumentException("not a plain corpus file name: " + fileName);
    }
  }

  private void syncFolder() throws IOException {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Some file systems cannot open a folder for syncing; the rename itself is still atomic there.
      if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win")) {
        throw e;
      }
    }
  }
}
