package dev.gwanyong.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrintableTextTest {

  @Test
  void unpairedSurrogatesBecomeReplacementCharactersAndPairsStay() {
    assertEquals("\uFFFD lone \uFFFD😀\uFFFD", PrintableText.wellFormed("\uD800 lone \uDFFF😀\uD83D"));
    String clean = "쿠버네티스 😀";
    assertSame(clean, PrintableText.wellFormed(clean), "clean text is returned as it is");
  }

  @Test
  void controlCharactersButTheTabBecomeSpaces() {
    assertEquals("a b\tc \uFFFD", PrintableText.printable("a\u0007b\tc\u001b\uDC00"));
  }

  @Test
  void aSourceWithALoneSurrogateIsWrittenWithAReplacementCharacterNotAQuestionMark() {
    Source source = new Source("x", "제목 \uD800", "ko", Optional.of("\uDFFF"), Optional.empty(), "",
        List.of(), List.of("첫 문단 \uD83D 끝."), 8, Optional.empty());
    String written = SourceFormat.format(source);
    assertEquals("---\nid: x\ntitle: 제목 \uFFFD\nlang: ko\nauthor: \uFFFD\nlicence: \n---\n첫 문단 \uFFFD 끝.\n", written);
    assertEquals(source, SourceFormat.parse(written, "x.txt").toSource("x.txt"), "it reads back as it was made");
  }
}
