package dev.gwanyong.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;

/**
 * The data folder's layout: numbered generation folders ({@code gen-000042}), each a complete index
 * or a build in progress, and a {@code CURRENT} file naming the live one. Only names and files;
 * which generation is open, and when it may be switched or deleted, is {@link IndexStore}'s to
 * decide.
 */
final class Generations {

  private static final Logger LOG = Logger.getLogger(Generations.class.getName());
  private static final String CURRENT = "CURRENT";
  private static final String PREFIX = "gen-";

  private final Path data;

  Generations(Path data) {
    this.data = data;
  }

  /** The folder of the generation {@code CURRENT} names, when it names one of ours. */
  Optional<Path> current() throws IOException {
    Path pointer = data.resolve(CURRENT);
    if (!Files.exists(pointer)) {
      return Optional.empty();
    }
    String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
    if (!name.startsWith(PREFIX) || name.contains("/") || name.contains("\\")) {
      return Optional.empty();
    }
    return Optional.of(data.resolve(name));
  }

  /** Creates the folder of a generation numbered after every one in the data folder. */
  Path createNext() throws IOException {
    Files.createDirectories(data);
    long highest = 0;
    try (Stream<Path> entries = Files.list(data)) {
      for (Path entry : entries.toList()) {
        highest = Math.max(highest, number(entry).orElse(0L));
      }
    }
    return Files.createDirectory(data.resolve(PREFIX + String.format("%06d", highest + 1)));
  }

  /** The number in a generation folder's name; empty for a folder not named by us. */
  static Optional<Long> number(Path folder) {
    String name = folder.getFileName().toString();
    if (!name.startsWith(PREFIX)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(name.substring(PREFIX.length())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Points {@code CURRENT} at a generation: temp file, fsync, atomic rename, fsync of the folder.
   */
  void switchTo(Path folder) throws IOException {
    Path temp = data.resolve(CURRENT + ".tmp");
    try (FileChannel channel =
        FileChannel.open(
            temp,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      channel.write(StandardCharsets.UTF_8.encode(folder.getFileName() + "\n"));
      channel.force(true);
    }
    try {
      Files.move(temp, data.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, data.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
    }
    IOUtils.fsync(data, true);
  }

  /**
   * Removes generations other than {@code keep}: abandoned builds and superseded indexes. One that
   * cannot be deleted (say, left by a killed build run as another user) is logged and tried again
   * at the next build: the build that replaced it is live already, and failing it would fail every
   * later change as well.
   */
  void deleteAllBut(Path keep) throws IOException {
    try (Stream<Path> entries = Files.list(data)) {
      for (Path entry : entries.toList()) {
        if (entry.getFileName().toString().startsWith(PREFIX) && !entry.equals(keep)) {
          try {
            delete(entry);
          } catch (IOException | UncheckedIOException e) {
            LOG.log(
                Level.WARNING,
                "cannot delete the old index generation " + entry + "; delete it by hand",
                e);
          }
        }
      }
    }
  }

  /** Deletes a generation folder and everything in it. */
  static void delete(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
