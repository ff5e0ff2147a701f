package dev.gwanyong.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceFormatTest {

  static final String VALID =
      "---\nid: x\ntitle: 제목\nlang: ko\nlicence: test\n---\n첫 문단이다.\n  둘째 문단,  띄어쓰기 그대로.\n\n";

  @Test
  void parsesHeaderAndParagraphsExactlyAsWritten() {
    Source source = SourceFormat.parse(VALID, "x.txt").toSource("x.txt");
    assertEquals("x", source.id());
    assertEquals("제목", source.title());
    assertEquals(List.of("첫 문단이다.", "  둘째 문단,  띄어쓰기 그대로."), source.paragraphs());
    assertEquals(7, source.bodyLine(), "the first paragraph is on line 7");
    assertEquals(Optional.empty(), source.url());
  }

  @Test
  void formatAndParseRoundTripTheBundledSources() throws IOException {
    for (Source source : Corpus.load(Path.of("index")).sources()) {
      Source original = source.translation().isPresent() ? withoutTranslation(source) : source;
      String file = Corpus.fileName(source.id());
      assertEquals(
          original, SourceFormat.parse(SourceFormat.format(original), file).toSource(file));
      assertEquals(
          SentenceSplitterTest.body(Path.of("index", file)),
          original.paragraphs(),
          "paragraphs are the file's lines");
    }
  }

  private static Source withoutTranslation(Source s) {
    return new Source(
        s.id(),
        s.title(),
        s.language(),
        s.author(),
        s.url(),
        s.licence(),
        s.references(),
        s.paragraphs(),
        s.bodyLine(),
        Optional.empty());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "no header | must start with a '---'",
        "---\\nid: x\\n | not closed",
        "---\\nid: x\\ntitle: t\\nlang: ko\\n---\\n | has no text",
        "---\\nid: x\\ntitle: t\\nlang: ko\\n---\\na\\n\\nb\\n | line 7 is blank",
        "---\\nid: x\\ntitle: t\\nlang: ko\\n---\\na\\n\u0007\\n | paragraph (2) with no text",
        "---\\nidd: x\\n---\\na\\n | line 2: unknown header key 'idd'",
        "---\\nid: X Y\\ntitle: t\\nlang: ko\\n---\\na\\n | source id 'X Y'",
        "---\\nid: x\\nlang: ko\\n---\\na\\n | no 'title'",
        "---\\n"
            + "id: x\\n"
            + "title: t\\n"
            + "lang: ko\\n"
            + "url: javascript:alert(1)\\n"
            + "---\\n"
            + "a\\n"
            + " | url must hold http(s) addresses",
        "---\\n"
            + "id: x\\n"
            + "title: t\\n"
            + "lang: ko\\n"
            + "references: https://a.example www.b.example\\n"
            + "---\\n"
            + "a\\n"
            + " | 'www.b.example'"
      })
  void malformedFilesAreRejectedNamingFileAndProblem(String text, String problem) {
    CorpusException e =
        assertThrows(
            CorpusException.class,
            () -> SourceFormat.parse(text.replace("\\n", "\n"), "f.txt").toSource("f.txt"));
    assertTrue(e.getMessage().startsWith("f.txt: "), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }

  @Test
  void controlCharactersBecomeSpacesAndTheSourceStillRoundTrips() {
    String file =
        "---\n"
            + "id: x\n"
            + "title: a\u001b]0;pwned\u0007b\n"
            + "lang: en\n"
            + "licence: c\u0085d\n"
            + "---\n"
            + "One\u0000\tline.\n";
    Source parsed = SourceFormat.parse(file, "x.txt").toSource("x.txt");
    assertEquals("a ]0;pwned b", parsed.title());
    assertEquals("c d", parsed.licence());
    assertEquals(List.of("One \tline."), parsed.paragraphs(), "the tab is kept, as written");

    Source pasted =
        new Source(
            "y",
            "two\r\nlines",
            "en",
            Optional.of("m\u001be"),
            Optional.empty(),
            "",
            List.of(),
            List.of("Para\u007f one."),
            8,
            Optional.empty());
    String written = SourceFormat.format(pasted);
    assertEquals(
        "---\nid: y\ntitle: two  lines\nlang: en\nauthor: m e\nlicence: \n---\nPara  one.\n",
        written);
    assertEquals(pasted, SourceFormat.parse(written, "y.txt").toSource("y.txt"));
  }

  @Test
  void byteOrderMarkIsIgnored() {
    assertEquals("x", SourceFormat.parse("\uFEFF" + VALID, "x.txt").toSource("x.txt").id());
  }
}
