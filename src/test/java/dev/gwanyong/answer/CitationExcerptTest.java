package dev.gwanyong.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The stretch of a long paragraph that a platform shows around a quote. */
class CitationExcerptTest {

  private static final String QUOTE = "Mesos was retired to the Attic in 2025.";

  private static Citation citation(String before, String after) {
    String context = before + QUOTE + after;
    return new Citation(
        QUOTE,
        "s",
        "t",
        1,
        before.length(),
        before.length() + QUOTE.length(),
        "https://x.example",
        0.9,
        context,
        Optional.empty(),
        List.of(),
        List.of());
  }

  @Test
  void aParagraphThatFitsIsShownWhole() {
    Citation.Excerpt excerpt = citation("Before. ", " After.").excerpt(100);
    assertEquals(new Citation.Excerpt("Before. ", QUOTE, " After."), excerpt);
  }

  @Test
  void aQuoteAtTheEndOfALongParagraphIsShownWithTheTextBeforeIt() {
    Citation.Excerpt excerpt = citation("word ".repeat(2_000), "").excerpt(1_000);
    assertEquals(QUOTE, excerpt.quote());
    assertEquals("", excerpt.after());
    assertTrue(excerpt.before().startsWith("…word "), excerpt.before());
    assertTrue(excerpt.length() <= 1_000 && excerpt.length() > 900, "length " + excerpt.length());
  }

  @Test
  void theRoomIsSharedWhenBothSidesAreLongAndCutsFallAtSpaces() {
    Citation.Excerpt excerpt = citation("alpha ".repeat(500), " omega".repeat(500)).excerpt(500);
    assertTrue(excerpt.before().startsWith("…alpha "), excerpt.before());
    assertTrue(excerpt.after().endsWith(" omega…"), excerpt.after());
    assertTrue(
        Math.abs(excerpt.before().length() - excerpt.after().length()) < 12, excerpt.toString());
    assertTrue(excerpt.length() <= 500, "length " + excerpt.length());
  }

  @Test
  void anEmojiIsNeverCutInHalf() {
    Citation.Excerpt excerpt = citation("😀".repeat(1_000), "😀".repeat(1_000)).excerpt(301);
    String shown = excerpt.before() + excerpt.quote() + excerpt.after();
    assertTrue(
        shown
            .codePoints()
            .noneMatch(cp -> cp <= Character.MAX_VALUE && Character.isSurrogate((char) cp)),
        "no half of a surrogate pair stands alone");
  }

  @Test
  void theRenderingShrinksTheExcerptUntilItFits() {
    Citation c = citation("a*b ".repeat(3_000), "");
    // Each '*' doubles when escaped, so the first excerpt's rendering is too long.
    String rendered =
        c.excerptRendered(2_000, e -> e.before().replace("*", "\\*") + "**" + e.quote() + "**");
    assertTrue(rendered.length() <= 2_000, "length " + rendered.length());
    assertTrue(rendered.endsWith("**" + QUOTE + "**"), rendered);
    assertTrue(rendered.length() > 1_400, "still most of the room: " + rendered.length());
  }
}
