package dev.gwanyong.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrintableTextTest {

  @Test
  void unpairedSurrogatesBecomeReplacementCharactersAndPairsStay() {
    assertEquals(
        "\uFFFD lone \uFFFD😀\uFFFD", PrintableText.wellFormed("\uD800 lone \uDFFF😀\uD83D"));
    String clean = "쿠버네티스 😀";
    assertSame(clean, PrintableText.wellFormed(clean), "clean text is returned as it is");
  }

  @Test
  void controlCharactersButTheTabBecomeSpaces() {
    assertEquals("a b\tc \uFFFD", PrintableText.printable("a\u0007b\tc\u001b\uDC00"));
  }

  @Test
  void textOfSpacesFormatCharactersAndFillersShowsNothing() {
    for (String nothing :
        List.of(
            "",
            " \t",
            "\u200b\u200c\u200d",
            "\u200e\u200f\u202a\u202c",
            "\u00a0\u3000\u202f",
            "\ufeff\u2060",
            "\ufe0f",
            "\u3164\u115f\u1160\uffa0",
            "\u2800",
            "\u2028")) {
      assertTrue(
          PrintableText.showsNothing(nothing),
          () -> nothing.codePoints().mapToObj(Integer::toHexString).toList().toString());
    }
    for (String something : List.of("a", "\u200b해\u200b", "·", "😀", "\uFFFD", "-")) {
      assertFalse(PrintableText.showsNothing(something), something);
    }
  }

  @Test
  void aSourceWithALoneSurrogateIsWrittenWithAReplacementCharacterNotAQuestionMark() {
    Source source =
        new Source(
            "x",
            "제목 \uD800",
            "ko",
            Optional.of("\uDFFF"),
            Optional.empty(),
            "",
            List.of(),
            List.of("첫 문단 \uD83D 끝."),
            8,
            Optional.empty());
    String written = SourceFormat.format(source);
    assertEquals(
        "---\nid: x\ntitle: 제목 \uFFFD\nlang: ko\nauthor: \uFFFD\nlicence: \n---\n첫 문단 \uFFFD 끝.\n",
        written);
    assertEquals(
        source,
        SourceFormat.parse(written, "x.txt").toSource("x.txt"),
        "it reads back as it was made");
  }
}
