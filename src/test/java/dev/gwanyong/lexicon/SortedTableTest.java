package dev.gwanyong.lexicon;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SortedTableTest {

  @TempDir Path dir;

  private SortedTable table(String text) throws IOException {
    Path file = dir.resolve("table.txt");
    Files.writeString(file, text, UTF_8);
    return SortedTable.read(file);
  }

  @Test
  void listsTheKeysOfALetterWithinALengthRangeThatPassATest() throws IOException {
    SortedTable table = table("ant\t10\napple\t10\napply\t20\napricot\t35\nbanana\t10\ncar\t10\n");
    SortedTable.KeyTest any = (key, length) -> true;

    assertEquals(List.of("apple", "apply"), table.keys('a', 4, 6, any));
    assertEquals(List.of("ant", "apple", "apply", "apricot"), table.keys('a', 1, 10, any));
    assertEquals(
        List.of("apply"),
        table.keys('a', 1, 10, (key, length) -> key[length - 1] == 'y'),
        "the test");
    assertEquals(List.of("car"), table.keys('c', 3, 3, any), "the last key");
    assertEquals(List.of(), table.keys('b', 1, 5, any), "none of that length");
    assertEquals(List.of(), table.keys('z', 1, 10, any), "no key of that letter");
  }

  @Test
  void findsEveryKeyOfASortedFileAndNothingElse() throws IOException {
    SortedTable table =
        table("# header\n\napple\tAE P AH L\nbanana\tB AH N AE N AH\ncherry\nzebra\tZ IY B R AH");

    assertEquals(4, table.size());
    assertEquals(Optional.of("AE P AH L"), table.value("apple"));
    assertEquals(
        Optional.of("Z IY B R AH"), table.value("zebra"), "the last line needs no line break");
    assertEquals(Optional.of(""), table.value("cherry"), "a key without a value");
    assertTrue(table.contains("banana"));
    assertFalse(table.contains("ban"), "a prefix of a key is not a key");
    assertFalse(table.contains("bananas"));
    assertFalse(table.contains("# header"), "comments are not entries");
    assertFalse(table.contains(""));
    assertEquals(Optional.empty(), table.value("aardvark"));
  }

  @Test
  void readsWindowsLineBreaksAndKeysBeyondAscii() throws IOException {
    SortedTable table = table("café\r\nnaïve\tN AY IY V\r\n");

    assertTrue(table.contains("café"));
    assertEquals(Optional.of("N AY IY V"), table.value("naïve"));
  }

  @Test
  void aKeyOutOfOrderIsRefusedWithItsLine() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> table("# h\nbanana\napple\n"));
    assertTrue(e.getMessage().contains("line 3 is out of order"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> table("apple\napple\n"), "a repeated key");
  }

  @Test
  void aMissingFileIsAnEmptyTable() {
    SortedTable table = SortedTable.read(dir.resolve("missing.txt"));
    assertEquals(0, table.size());
    assertFalse(table.contains("anything"));
  }
}
