package dev.gwanyong.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Reads a chat message morpheme by morpheme as Nori's own dictionary does, with no user dictionary
 * and nothing dropped: how a message is written (its remarks, its endings), not what it is about.
 */
final class Morphemes {

  /**
   * A morpheme as Nori reads it, with the span of the text it was read from (the whole of 합니다 for
   * each of 하 and ᄇ니다), and that text.
   */
  record Morpheme(String term, POS.Tag tag, int start, int end, String surface) {}

  private final Analyzer analyzer =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          return new TokenStreamComponents(
              new KoreanTokenizer(
                  TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
                  null,
                  KoreanTokenizer.DecompoundMode.DISCARD,
                  false,
                  true));
        }
      };

  List<Morpheme> of(String text) {
    List<Morpheme> morphemes = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PartOfSpeechAttribute partOfSpeech = stream.addAttribute(PartOfSpeechAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        morphemes.add(
            new Morpheme(
                term.toString(),
                partOfSpeech.getLeftPOS(),
                offset.startOffset(),
                offset.endOffset(),
                text.substring(offset.startOffset(), offset.endOffset())));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    }
    return morphemes;
  }
}
