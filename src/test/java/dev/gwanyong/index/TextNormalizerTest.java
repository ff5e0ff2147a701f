package dev.gwanyong.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextNormalizerTest {

  @Test
  void fullWidthFormsFoldToAscii() {
    assertEquals("CNCF 78%", TextNormalizer.normalize("ＣＮＣＦ　７８％"));
    assertEquals("k8s", TextNormalizer.normalize("ｋ８ｓ"));
  }

  @Test
  void controlCharactersBecomeSingleSpaces() {
    assertEquals("a b c d", TextNormalizer.normalize("a\u0000b\u0007c\u001bd"));
    assertEquals("쿠버네티스 활용 비율", TextNormalizer.normalize("\n\t쿠버네티스\r\n\r\n활용 \u0085  비율\t"));
  }

  /**
   * Text copied from a coloured terminal: the sequences go whole, not their escape alone, leaving
   * "[31m" behind.
   */
  @Test
  void terminalEscapeSequencesLeaveNoTrace() {
    assertEquals("쿠버네티스란?", TextNormalizer.normalize("\u001b[1;31m쿠버네티스\u001b[0m란?"));
    assertEquals("CNCF survey", TextNormalizer.normalize("\u009b32mCNCF\u009bm survey"));
    assertEquals(
        "see CNCF",
        TextNormalizer.normalize("see \u001b]8;;https://cncf.io\u0007CNCF\u001b]8;;\u001b\\"));
    assertEquals(
        "a Mb", TextNormalizer.normalize("a\u001bMb"), "an escape alone is a control character");
  }

  @Test
  void zeroWidthCharactersBetweenWordsLeaveNoTrace() {
    assertEquals("쿠버네티스 비율", TextNormalizer.normalize("\uFEFF쿠버네티스 \u200B비율\u2060"));
  }

  @Test
  void zeroWidthCharactersInsideAWordAreRemoved() {
    assertEquals("쿠버네티스", TextNormalizer.normalize("쿠버\u200B네티스"));
    assertEquals("쿠버네티스", TextNormalizer.normalize("쿠버\u200C네티\u200D스"));
  }

  @Test
  void whiteSpaceRunsCollapseAndEndsAreTrimmed() {
    assertEquals("a b", TextNormalizer.normalize("   a \u3000\u00a0\u2003  b   "));
    assertEquals("", TextNormalizer.normalize(" \t\n\u200B "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"가", "a", "😀", "ＡＢ", "a b"})
  void lengthIsCappedForAnyText(String unit) {
    String normalized = TextNormalizer.normalize(unit.repeat(20_000));
    assertTrue(normalized.length() > TextNormalizer.MAX_SEARCH_CHARS - 2, "keeps up to the cap");
    assertTrue(
        normalized.length() <= TextNormalizer.MAX_SEARCH_CHARS, "length " + normalized.length());
  }

  @Test
  void capHoldsWhenASurrogatePairStraddlesIt() {
    String normalized = TextNormalizer.normalize("a" + "😀".repeat(300));
    assertTrue(
        normalized.length() <= TextNormalizer.MAX_SEARCH_CHARS, "length " + normalized.length());
  }

  @Test
  void theCapKeepsWholeGraphemeClusters() {
    // x with two marks NFKC cannot fold into one character: a cluster of three chars.
    String cluster = "x\u0316\u0301";
    String normalized = TextNormalizer.normalize(cluster.repeat(1_000));
    assertTrue(
        normalized.length() <= TextNormalizer.MAX_SEARCH_CHARS, "length " + normalized.length());
    assertEquals(cluster.repeat(TextNormalizer.MAX_SEARCH_CHARS / cluster.length()), normalized);
  }

  @Test
  void decomposedHangulIsCutBetweenSyllablesAndStillFillsTheCap() {
    String syllable = "\u1100\u1161\u11A8"; // 각 as three jamo, one cluster
    assertEquals(
        "각".repeat(TextNormalizer.MAX_SEARCH_CHARS),
        TextNormalizer.normalize(syllable.repeat(2_000)));
  }

  @Test
  void aRunOfCombiningMarksIsCutBeforeNormalisingAndNeverLeftWithoutItsLetter() {
    // Marks of two classes, which NFKC must reorder: quadratic in the run's length if it saw all
    // 80,000.
    String marks = "\u0301\u0316".repeat(40_000);
    assertEquals("쿠버네티스", TextNormalizer.normalize("쿠버네티스 a" + marks));
    assertEquals("", TextNormalizer.normalize("a" + marks + " 쿠버네티스"));
  }

  @Test
  void unpairedSurrogatesAreDropped() {
    assertEquals("lone surrogate", TextNormalizer.normalize("\uD800 lone surrogate \uDFFF"));
  }

  @Test
  void textAlreadyCleanIsUnchanged() {
    String sentence = "미국 클라우드 컴퓨팅 재단 CNCF가 설문조사를 해보니 대상 기업의 78%가 쿠버네티스를 활용하고 있다고 한다.";
    assertEquals(sentence, TextNormalizer.normalize(sentence));
  }
}
