package dev.gwanyong.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class SinoKoreanTest {

  /** The syllables Nori reads the CJK Unified Ideographs as, in code point order. */
  @Test
  void syllablesAreNorisHanjaReadings() throws IOException {
    StringBuilder hanja = new StringBuilder();
    for (char c = 0x4E00; c <= 0x9FFF; c++) {
      hanja.append(c).append(' ');
    }
    TreeSet<Character> syllables = new TreeSet<>();
    try (Analyzer analyzer = readings();
        TokenStream stream = analyzer.tokenStream("f", hanja.toString())) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        term.toString()
            .chars()
            .filter(c -> c >= 0xAC00 && c <= 0xD7A3)
            .forEach(c -> syllables.add((char) c));
      }
      stream.end();
    }
    StringBuilder expected = new StringBuilder();
    syllables.forEach(expected::append);
    assertEquals(expected.toString(), SinoKorean.SYLLABLES);
  }

  @Test
  void sinoKoreanWordsAreToldFromLoanwords() {
    assertTrue(SinoKorean.isSinoKorean("표준"));
    assertTrue(SinoKorean.isSinoKorean("개선"));
    assertFalse(SinoKorean.isSinoKorean("서버"));
    assertFalse(SinoKorean.isSinoKorean("클라우드"));
    assertFalse(
        SinoKorean.isSinoKorean("받는"),
        "native words are not caught: verbs are left to their endings");
    assertFalse(SinoKorean.isSinoKorean(""));
    assertFalse(
        SinoKorean.isSinoKorean("표준a"),
        "a letter outside Hangul's syllables reads no Chinese character");
  }

  private static Analyzer readings() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new KoreanTokenizer();
        return new TokenStreamComponents(tokenizer, new KoreanReadingFormFilter(tokenizer));
      }
    };
  }
}
