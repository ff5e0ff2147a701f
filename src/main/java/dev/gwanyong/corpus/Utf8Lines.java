package dev.gwanyong.corpus;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The lines of a text file that people write or export by hand, such as a JSON-lines file to import or score. */
public final class Utf8Lines {

  private Utf8Lines() {}

  /**
   * Reads a UTF-8 file's lines. Editors on some systems save UTF-8 with a byte-order mark; it is not part of the first
   * line.
   *
   * @throws IllegalArgumentException naming the file, when it is not UTF-8
   */
  public static List<String> read(Path file) throws IOException {
    List<String> lines;
    try {
      lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(file + ": not UTF-8 text; save it as UTF-8", e);
    }
    if (!lines.isEmpty() && lines.getFirst().startsWith("\uFEFF")) {
      lines.set(0, lines.getFirst().substring(1));
    }
    return lines;
  }
}
