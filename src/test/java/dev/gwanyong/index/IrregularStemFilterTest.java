package dev.gwanyong.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IrregularStemFilterTest {

  /** Each token as term, position increment, position length and offsets. */
  private static List<String> tokens(TokenStream stream) throws IOException {
    List<String> tokens = new ArrayList<>();
    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
    PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
    PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
    OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
    stream.reset();
    while (stream.incrementToken()) {
      tokens.add(
          term
              + " +"
              + increment.getPositionIncrement()
              + " ×"
              + length.getPositionLength()
              + " "
              + offset.startOffset()
              + "-"
              + offset.endOffset());
    }
    stream.end();
    stream.close();
    return tokens;
  }

  private static KoreanTokenizer nori(KoreanTokenizer.DecompoundMode mode, String text) {
    KoreanTokenizer tokenizer =
        new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, null, mode, false, false);
    tokenizer.setReader(new StringReader(text));
    return tokenizer;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "가스터빈을 했다. 구글은 2014년에 쿠버네티스를 공개했고, 사용자들이 많아졌다.",
        "서울에 사는 사람이 새로운 집을 지어 팔았다.",
        "노래를 들어 보았다 그리고 갔다",
        ""
      })
  void givesTheTokensDiscardWouldWhereNoStemIsWrittenOtherwise(String text) throws IOException {
    assertEquals(
        tokens(nori(KoreanTokenizer.DecompoundMode.DISCARD, text)),
        tokens(new IrregularStemFilter(nori(KoreanTokenizer.DecompoundMode.MIXED, text), false)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"쓰고 있다", "편지를 쓰면", "가방을 들고 가기"})
  void changesOnlyTheStemsWhereTheEndingCannotHaveChangedThem(String text) throws IOException {
    List<String> discard = tokens(nori(KoreanTokenizer.DecompoundMode.DISCARD, text));
    List<String> filtered =
        tokens(new IrregularStemFilter(nori(KoreanTokenizer.DecompoundMode.MIXED, text), false));
    assertEquals(discard.size(), filtered.size());
    for (int i = 0; i < discard.size(); i++) {
      String before = discard.get(i);
      String after = filtered.get(i);
      // Same position and offsets; a changed stem is the written one, one consonant short of Nori's
      // (쓸 → 쓰).
      assertEquals(before.substring(before.indexOf(' ')), after.substring(after.indexOf(' ')));
      if (!before.equals(after)) {
        assertEquals(
            text.charAt(Integer.parseInt(after.replaceAll(".* (\\d+)-\\d+$", "$1"))),
            after.charAt(0));
      }
    }
    assertNotEquals(discard, filtered);
  }

  @Test
  void asDocumentsAreReadAVerbTheEndingMayHaveChangedIsFollowedByTheVerbAsWritten()
      throws IOException {
    String text = "학교에 가는 길";
    List<String> discard = tokens(nori(KoreanTokenizer.DecompoundMode.DISCARD, text));
    int grind = discard.indexOf("갈 +1 ×1 4-5");
    List<String> expected = new ArrayList<>(discard);
    expected.add(grind + 1, "가 +0 ×1 4-5");
    assertEquals(
        expected,
        tokens(new IrregularStemFilter(nori(KoreanTokenizer.DecompoundMode.MIXED, text), true)));
  }
}
