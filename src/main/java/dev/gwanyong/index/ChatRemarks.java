package dev.gwanyong.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Tells a chat message that says something to the bot or the channel and asks nothing ("ok thanks",
 * "Thank you very much!", 감사합니다, 네 알겠습니다, 그렇군요): no question mark, no question word, at least one
 * remark, and besides it only words that frame a question, endings and particles. Read morpheme by
 * morpheme as Nori reads it, so that a Korean remark counts in every form it is written in (고마워요,
 * 고맙습니다, 고마워). "I love you." and 감사 보고서 remark nothing, and are looked up.
 */
final class ChatRemarks {

  /** Nori's endings, particles, affixes, the copula, auxiliaries and punctuation: no word alone. */
  private static final Set<POS.Tag> GRAMMAR =
      EnumSet.of(
          POS.Tag.EP,
          POS.Tag.EF,
          POS.Tag.EC,
          POS.Tag.ETN,
          POS.Tag.ETM,
          POS.Tag.JKS,
          POS.Tag.JKC,
          POS.Tag.JKG,
          POS.Tag.JKO,
          POS.Tag.JKB,
          POS.Tag.JKV,
          POS.Tag.JKQ,
          POS.Tag.JX,
          POS.Tag.JC,
          POS.Tag.XPN,
          POS.Tag.XSN,
          POS.Tag.XSV,
          POS.Tag.XSA,
          POS.Tag.VCP,
          POS.Tag.VX,
          POS.Tag.SF,
          POS.Tag.SP,
          POS.Tag.SSO,
          POS.Tag.SSC,
          POS.Tag.SC,
          POS.Tag.SE,
          POS.Tag.SY);

  private final Set<String> englishRemarks;
  private final Set<String> koreanRemarks;
  private final Predicate<String> framesEnglish;
  private final Analyzer morphemes =
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

  /**
   * @param englishRemarks English remarks in lower case (ok, thanks, hi)
   * @param koreanRemarks the stems of Korean remarks as Nori reads them (감사, 고맙, 알)
   * @param framesEnglish whether a lower-case English word may frame a question (a stop word, a
   *     frame word or a remark)
   */
  ChatRemarks(
      Set<String> englishRemarks, List<String> koreanRemarks, Predicate<String> framesEnglish) {
    this.englishRemarks = englishRemarks;
    this.koreanRemarks = Set.copyOf(koreanRemarks);
    this.framesEnglish = framesEnglish;
  }

  /** Whether the message, without chat's markup, only remarks. */
  boolean only(String message) {
    if (message.indexOf('?') >= 0) {
      return false;
    }
    boolean remarks = false;
    boolean asks = false;
    try (TokenStream stream = morphemes.tokenStream("", message)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PartOfSpeechAttribute partOfSpeech = stream.addAttribute(PartOfSpeechAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String word = term.toString().toLowerCase(Locale.ROOT);
        POS.Tag tag = partOfSpeech.getLeftPOS();
        if (tag == POS.Tag.SL) {
          asks |= QuestionText.INTERROGATIVES.contains(word) || !framesEnglish.test(word);
          remarks |= englishRemarks.contains(word);
        } else if (tag == POS.Tag.IC || koreanRemarks.contains(word)) {
          remarks = true;
        } else {
          asks |= !GRAMMAR.contains(tag);
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    }
    return remarks && !asks;
  }
}
