package dev.gwanyong.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainCutTest {

  @Test
  void textThatFitsIsLeftAsItIs() {
    assertEquals("쿠버네티스", PlainCut.toLength("쿠버네티스", 5));
  }

  @Test
  void longerTextKeepsItsStartAndAnEllipsisWithinTheLength() {
    assertEquals("Kube…", PlainCut.toLength("Kubernetes", 5));
    assertEquals("쿠버네…", PlainCut.toLength("쿠버네티스의 역사", 4));
  }

  @Test
  void aCutNeverSplitsAnEmoji() {
    // "ab" then 👍 (two chars): a cut to four would keep the emoji's first half
    // before the ellipsis.
    assertEquals("ab…", PlainCut.toLength("ab👍cd", 4));
    assertEquals("ab👍…", PlainCut.toLength("ab👍cd", 5));
  }

  @Test
  void noRoomForAnythingButTheEllipsisGivesNothing() {
    assertEquals("", PlainCut.toLength("Kubernetes", 1));
    assertEquals("", PlainCut.toLength("Kubernetes", 0));
  }
}
