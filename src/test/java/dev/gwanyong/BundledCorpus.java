package dev.gwanyong;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The bundled corpus in {@code index/}, copied where a test may change it. */
public final class BundledCorpus {

  public static final Path FOLDER = Path.of("index");

  private BundledCorpus() {}

  /** Copies every bundled source into {@code target}, creating it; returns {@code target}. */
  public static Path copyTo(Path target) {
    try {
      Files.createDirectories(target);
      try (Stream<Path> files = Files.list(FOLDER)) {
        for (Path file : files.toList()) {
          Files.copy(file, target.resolve(file.getFileName()));
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the bundled corpus to " + target, e);
    }
  }
}
