package dev.gwanyong.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A generated table of {@code key} or {@code key<TAB>value} lines sorted by key in byte order (as
 * {@code LC_ALL=C sort} writes them), kept as the file's bytes and looked up by binary search. Tens
 * of thousands of lines cost their size on disk, not the several times more that a map of strings
 * takes on the heap. Blank lines and {@code #} comments are skipped.
 */
final class SortedTable {

  private static final byte TAB = '\t';

  private final byte[] bytes;

  /** Where each entry's line starts in {@link #bytes}, in key order. */
  private final int[] starts;

  private SortedTable(byte[] bytes, int[] starts) {
    this.bytes = bytes;
    this.starts = starts;
  }

  static SortedTable empty() {
    return new SortedTable(new byte[0], new int[0]);
  }

  /**
   * Reads a table; a missing file is an empty table.
   *
   * @throws IllegalArgumentException naming the file and line of a key out of order
   */
  static SortedTable read(Path file) {
    if (!Files.exists(file)) {
      return empty();
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    int[] starts = new int[64];
    int entries = 0;
    int line = 0;
    for (int start = 0; start < bytes.length; start = lineEnd(bytes, start) + 1) {
      line++;
      if (bytes[start] == '#' || bytes[start] == '\n' || bytes[start] == '\r') {
        continue;
      }
      if (entries > 0 && compareKeys(bytes, starts[entries - 1], start) >= 0) {
        throw new IllegalArgumentException(
            file
                + ": line "
                + line
                + " is out of order (the table must be sorted "
                + "by key, in byte order, without repeats)");
      }
      if (entries == starts.length) {
        starts = Arrays.copyOf(starts, entries * 2);
      }
      starts[entries++] = start;
    }
    return new SortedTable(bytes, Arrays.copyOf(starts, entries));
  }

  int size() {
    return starts.length;
  }

  boolean contains(String key) {
    return find(key) >= 0;
  }

  /**
   * The text after the key's tab; empty when the key is missing, and "" when its line has no value.
   */
  Optional<String> value(String key) {
    int entry = find(key);
    if (entry < 0) {
      return Optional.empty();
    }
    int start = starts[entry];
    int keyEnd = keyEnd(bytes, start);
    int end = valueEnd(bytes, start);
    return Optional.of(
        keyEnd >= end
            ? ""
            : new String(bytes, keyEnd + 1, end - keyEnd - 1, StandardCharsets.UTF_8));
  }

  /**
   * A test of a key's characters, read into a reused buffer so that keys it rejects cost no string.
   */
  interface KeyTest {
    boolean accepts(char[] key, int length);
  }

  /**
   * The ASCII keys that start with a character, have between {@code minLength} and {@code
   * maxLength} characters, and pass a test, in order: the dictionary words within reach of a
   * misspelled word.
   */
  List<String> keys(char first, int minLength, int maxLength, KeyTest test) {
    List<String> keys = new ArrayList<>();
    char[] key = new char[Math.max(maxLength, 0)];
    for (int entry = lowerBound((byte) first);
        entry < starts.length && bytes[starts[entry]] == first;
        entry++) {
      int start = starts[entry];
      // A key is read no further than one past the longest length wanted: a letter has thousands,
      // many of them longer.
      int length = keyLength(start, maxLength + 1);
      if (length >= minLength && length <= maxLength) {
        for (int i = 0; i < length; i++) {
          key[i] = (char) (bytes[start + i] & 0xFF);
        }
        if (test.accepts(key, length)) {
          keys.add(new String(key, 0, length));
        }
      }
    }
    return keys;
  }

  /** The first entry whose key's first byte is not below {@code first}. */
  private int lowerBound(byte first) {
    int low = 0;
    int high = starts.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (Byte.toUnsignedInt(bytes[starts[middle]]) < Byte.toUnsignedInt(first)) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private int find(String key) {
    byte[] wanted = key.getBytes(StandardCharsets.UTF_8);
    int low = 0;
    int high = starts.length - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int order = compareKey(bytes, starts[middle], wanted);
      if (order < 0) {
        low = middle + 1;
      } else if (order > 0) {
        high = middle - 1;
      } else {
        return middle;
      }
    }
    return -1;
  }

  /**
   * The key at {@code start} compared with {@code wanted}, byte by byte as unsigned values. The
   * key's end is found by the comparison itself, not by a scan before it: a misspelled English word
   * looks some fifty words up, and finding each compared key's end first was a sixth of its
   * respelling's time.
   */
  private static int compareKey(byte[] bytes, int start, byte[] wanted) {
    for (int i = 0; ; i++) {
      boolean keyEnds = start + i == bytes.length || isKeyEnd(bytes[start + i]);
      if (i == wanted.length || keyEnds) {
        return (keyEnds ? 0 : 1) - (i == wanted.length ? 0 : 1);
      }
      int order = Byte.toUnsignedInt(bytes[start + i]) - Byte.toUnsignedInt(wanted[i]);
      if (order != 0) {
        return order;
      }
    }
  }

  private static boolean isKeyEnd(byte b) {
    return b == TAB || b == '\n' || b == '\r';
  }

  private static int compareKeys(byte[] bytes, int first, int second) {
    return Arrays.compareUnsigned(
        bytes, first, keyEnd(bytes, first), bytes, second, keyEnd(bytes, second));
  }

  /** The length of the key at {@code start}, or {@code atMost} when it is at least that long. */
  private int keyLength(int start, int atMost) {
    int length = 0;
    while (length < atMost && start + length < bytes.length && !isKeyEnd(bytes[start + length])) {
      length++;
    }
    return length;
  }

  /** Just past the key: the tab, or the end of the line. */
  private static int keyEnd(byte[] bytes, int start) {
    int i = start;
    while (i < bytes.length && !isKeyEnd(bytes[i])) {
      i++;
    }
    return i;
  }

  /** Just past the line's text, before its line break. */
  private static int valueEnd(byte[] bytes, int start) {
    int i = start;
    while (i < bytes.length && bytes[i] != '\n' && bytes[i] != '\r') {
      i++;
    }
    return i;
  }

  /** The line break ending the line at {@code start}, or the end of the file. */
  private static int lineEnd(byte[] bytes, int start) {
    int i = start;
    while (i < bytes.length && bytes[i] != '\n') {
      i++;
    }
    return i;
  }
}
