package dev.gwanyong.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.corpus.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;

/** The documents a source becomes, read back field by field. */
class PassageDocumentsTest {

  private static final Analysis ANALYSIS = Analysis.load(Path.of("config", "analysis"));

  /**
   * A field's tokens as the index reads them: each term at its position, and the increment left at
   * the end.
   */
  private static List<String> positions(TokenStream stream) throws IOException {
    List<String> tokens = new ArrayList<>();
    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
    PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
    int position = -1;
    stream.reset();
    while (stream.incrementToken()) {
      position += increment.getPositionIncrement();
      tokens.add(position + ":" + term);
    }
    stream.end();
    tokens.add("end+" + increment.getPositionIncrement());
    stream.close();
    return tokens;
  }

  /**
   * Whether two token lists are the same but for the end: cutting the text at a character count may
   * leave the start of a word ("201" of 2015), which the context, cut at a token's end, leaves out.
   */
  private static boolean sameUpToTheCut(List<String> context, List<String> together) {
    List<String> tokens = together.subList(0, together.size() - 1);
    List<String> kept = context.subList(0, context.size() - 1);
    return kept.equals(tokens) || kept.equals(tokens.subList(0, Math.max(0, tokens.size() - 1)));
  }

  @Test
  void theContextFieldIndexesTheTitleAndTheParagraphsBeginningAsAnalysingThemTogetherWould()
      throws IOException {
    // The context is put together from the title's and the sentences' Korean analyses, which the
    // index runs anyway, instead of running Nori over the whole paragraph again.
    PassageDocuments documents = new PassageDocuments(ANALYSIS);
    int paragraphs = 0;
    int differing = 0;
    int longest = 0;
    for (Source source : Corpus.load(Path.of("index")).sources()) {
      PassageDocuments.Title title = documents.title(source);
      for (int p = 1; p <= source.paragraphs().size(); p++) {
        // The title and the paragraph's first 500 characters, as normalising for a search cuts
        // them.
        String whole =
            TextNormalizer.normalize(title.text() + " " + source.paragraphs().get(p - 1));
        List<String> together =
            positions(ANALYSIS.analyse(Fields.KOREAN_CONTEXT, whole).tokenStream());
        // Every sentence of the paragraph indexes the same context; the first stands for all.
        Document first = documents.paragraph(source, p, title).getFirst();
        List<String> context =
            positions(first.getField(Fields.KOREAN_CONTEXT).tokenStream(null, null));
        differing += sameUpToTheCut(context, together) ? 0 : 1;
        paragraphs++;
        longest = Math.max(longest, source.paragraphs().get(p - 1).length());
      }
    }
    assertTrue(paragraphs > 50, "the bundled corpus has " + paragraphs + " paragraphs");
    assertTrue(
        longest > PassageDocuments.CONTEXT_CHARS,
        "and paragraphs longer than a context: " + longest);
    // Nori now and then reads a sentence's first word differently after the end of another (2 of
    // the 57 paragraphs differ by one token, 2026-12-01); everything else is token for token,
    // position for position, the same.
    assertTrue(differing <= paragraphs / 20, differing + " paragraphs' contexts differ");
  }
}
