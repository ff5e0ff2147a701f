package dev.gwanyong.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transliteration field's analyzers, as {@link Analysis} builds them: exact keys, positions and
 * offsets.
 */
class PhoneticFilterTest {

  @TempDir Path noFiles;

  /** One token: term, position increment, offsets. */
  private record Token(String term, int increment, int start, int end) {}

  /**
   * 수집(하는) is Sino-Korean; 그라파나와 keeps 그라파나 and 그라파 (나 may end a word); k8s is not Hangul, 서버 is
   * too short.
   */
  @Test
  void indexReadsWholeHangulWordsWithoutParticles() throws IOException {
    Analysis analysis = Analysis.load(noFiles);
    String text = "텔레메트리를 수집하는 그라파나와 k8s 서버";
    assertEquals(
        List.of(
            new Token("talamatla", 1, 0, 6),
            new Token("klapana", 2, 12, 17),
            new Token("klapa", 0, 12, 17)),
        tokens(analysis.indexAnalyzer(), text));
  }

  /** Stop words give no key; load alone is too short; the pair loadbalancer is 로드밸런서. */
  @Test
  void questionReadsEnglishWordsAndPairs() throws IOException {
    Analysis analysis = Analysis.load(noFiles);
    assertEquals(
        List.of(
            new Token("anplamasas", 2, 8, 19),
            new Token("anplamas", 0, 8, 19),
            new Token("anplamasaslat", 0, 8, 24),
            new Token("anplamaslat", 0, 8, 24),
            new Token("latpalansa", 1, 20, 33),
            new Token("latpalnsa", 0, 20, 33),
            new Token("palansa", 1, 25, 33),
            new Token("palnsa", 0, 25, 33)),
        tokens(analysis.queryAnalyzer(), "What is on-premises load balancer?"));
  }

  /** Function words give no key, alone or in pairs: "were both" read as 아르바이트. */
  @Test
  void functionWordsGiveNoKeys() throws IOException {
    Analysis analysis = Analysis.load(noFiles);
    assertEquals(
        List.of(new Token("tlagk", 2, 14, 19), new Token("tlgk", 0, 14, 19)),
        tokens(analysis.queryAnalyzer(), "You were both drunk."));
  }

  /**
   * A filter serves one thread's texts in turn and remembers the keys of the words it met last: a
   * text's tokens are the same the first time, when its words are remembered, and after more words
   * than it remembers pushed them out.
   */
  @Test
  void rememberedKeysAreTheKeys() throws IOException {
    Analysis analysis = Analysis.load(noFiles);
    String text = "텔레메트리를 수집하는 그라파나와 k8s 서버";
    List<Token> first = tokens(analysis.indexAnalyzer(), text);
    assertEquals(first, tokens(analysis.indexAnalyzer(), text), "remembered");
    StringBuilder others = new StringBuilder();
    for (int i = 0; i <= WordKeysFilter.REMEMBERED_WORDS; i++) {
      others.append("메트릭").append((char) ('가' + i)).append(' ');
    }
    tokens(analysis.indexAnalyzer(), others.toString());
    assertEquals(first, tokens(analysis.indexAnalyzer(), text), "forgotten and read again");
  }

  private static List<Token> tokens(Analyzer analyzer, String text) throws IOException {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(Fields.TRANSLITERATION, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(
            new Token(
                term.toString(),
                increment.getPositionIncrement(),
                offset.startOffset(),
                offset.endOffset()));
      }
      stream.end();
    }
    return tokens;
  }
}
