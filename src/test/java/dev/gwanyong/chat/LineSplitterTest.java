package dev.gwanyong.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

  /** A cut as a platform makes it: the first {@code max - 1} characters and an ellipsis. */
  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  @Test
  void textThatFitsIsOnePiece() {
    assertEquals(List.of("a\nb"), LineSplitter.split("a\nb", 10, 3, LineSplitterTest::cut));
  }

  @Test
  void longTextIsSplitBetweenLinesLosingNone() {
    assertEquals(
        List.of("aaa\nbbb", "ccc\nddd", "eee"),
        LineSplitter.split("aaa\nbbb\nccc\nddd\neee", 7, 5, LineSplitterTest::cut));
  }

  @Test
  void aLineLongerThanAPieceIsCutAndTheNextPieceStartsAfterIt() {
    assertEquals(
        List.of("abcd…", "ef"), LineSplitter.split("abcdefghij\nef", 5, 3, LineSplitterTest::cut));
  }

  @Test
  void whatDoesNotFitInTheLastPieceIsCut() {
    assertEquals(
        List.of("aaa\nbbb", "ccc\ndd…"),
        LineSplitter.split("aaa\nbbb\nccc\nddd\neee", 7, 2, LineSplitterTest::cut));
  }

  @Test
  void blankLinesWhereTheTextIsSplitAreLeftOut() {
    assertEquals(
        List.of("aaa", "bbb"), LineSplitter.split("\naaa\n\n\nbbb", 4, 3, LineSplitterTest::cut));
  }
}
