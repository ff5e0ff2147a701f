package dev.gwanyong.index;

import dev.gwanyong.index.Morphemes.Morpheme;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ko.POS;

/**
 * Tells a chat message that says something to the bot or the channel and asks nothing ("ok thanks",
 * "Thank you very much!", 감사합니다, 네 알겠습니다, 그렇군요): no question mark, no question word, at least one
 * remark, and besides it only words that frame a question, endings and particles. Read morpheme by
 * morpheme as Nori reads it, so that a Korean remark counts in every form it is written in (고마워요,
 * 고맙습니다, 고마워). "I love you." and 감사 보고서 remark nothing, and are looked up. The remarks that open a
 * question or follow it are no part of it either: 그렇 of 그렇군요 met sentences with 그렇다.
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

  private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");

  /** The stems Korean thanks with, as Nori reads them (감사합니다, 고마워요). */
  private static final Set<String> THANKS = Set.of("감사", "고맙");

  /** Punctuation that sets a remark off from what follows it. */
  private static final Pattern SETS_OFF = Pattern.compile("[,.!?~…:;]");

  private final Set<String> englishRemarks;
  private final Set<String> koreanRemarks;
  private final Predicate<String> framesEnglish;
  private final Morphemes reader;

  /**
   * @param englishRemarks English remarks in lower case (ok, thanks, hi)
   * @param koreanRemarks the stems of Korean remarks as Nori reads them (감사, 고맙, 알)
   * @param framesEnglish whether a lower-case English word may frame a question (a stop word, a
   *     frame word or a remark)
   * @param morphemes reads a message morpheme by morpheme
   */
  ChatRemarks(
      Set<String> englishRemarks,
      List<String> koreanRemarks,
      Predicate<String> framesEnglish,
      Morphemes morphemes) {
    this.reader = morphemes;
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
    for (Morpheme morpheme : reader.of(message)) {
      switch (kindOf(morpheme)) {
        case ASKS -> {
          return false;
        }
        case REMARK -> remarks = true;
        case BESIDE -> {}
      }
    }
    return remarks;
  }

  /**
   * The Korean message without the remarks that open or close it when they are set off from the
   * question: by punctuation ("좋아요, 메소스피어는…", "…세웠나요? 감사합니다", "hi all, 메소스피어는…"), as a Korean
   * clause or interjection ends (네 감사합니다 메소스피어는…, 안녕 메소스피어는…, …세웠나요 감사합니다), or by the change
   * between Latin letters and Hangul ("ok 메소스피어는…"). "감사 보고서는 언제 나와?" stays as written. An English
   * question's remarks go with its frame (QuestionText), which tells that a question follows.
   */
  String unremarked(String message) {
    if (!HANGUL.matcher(message).find()) {
      // No Korean remark to cut: a question in English is spared a reading.
      return message;
    }
    List<Morpheme> morphemes = reader.of(message);
    int start = 0;
    boolean remarks = false;
    int asks = morphemes.size();
    for (int i = 0; i < morphemes.size() - 1; i++) {
      Kind kind = kindOf(morphemes.get(i));
      if (kind == Kind.ASKS || gapAfter(morphemes, i, message).indexOf('?') >= 0) {
        asks = i;
        break;
      }
      remarks |= kind == Kind.REMARK;
      if (remarks && setOff(morphemes, i, message)) {
        start = boundaryAfter(morphemes, i);
      }
    }
    int end = message.length();
    remarks = false;
    for (int i = morphemes.size() - 1; i > asks; i--) {
      Kind kind = kindOf(morphemes.get(i));
      if (kind == Kind.ASKS) {
        break;
      }
      remarks |= kind == Kind.REMARK;
      if (remarks && setOff(morphemes, i - 1, message)) {
        end = morphemes.get(i).start();
      }
    }
    int mark = message.lastIndexOf('?');
    if (mark >= start && mark < end && thanksAfter(morphemes, mark)) {
      end = mark + 1;
    }
    return message.substring(start, Math.max(start, end)).strip();
  }

  /**
   * Whether what follows the question mark ends in thanks: thanks for the answer to come, which
   * asks for it on the way ("…? 답변 주시면 감사하겠습니다", "…? 알려주시면 정말 고맙겠어요"), so its verbs (주다, 알리다) are
   * no question's. Not another remark: "…걸까?" "그치면 좋겠네." wishes, in a second line of talk.
   */
  private boolean thanksAfter(List<Morpheme> morphemes, int mark) {
    for (int i = morphemes.size() - 1; i >= 0 && morphemes.get(i).start() > mark; i--) {
      Morpheme morpheme = morphemes.get(i);
      if (kindOf(morpheme) != Kind.BESIDE) {
        return THANKS.contains(morpheme.term());
      }
    }
    return false;
  }

  /** Where the morpheme after the i-th starts; the parts of an inflected word share its span. */
  private static int boundaryAfter(List<Morpheme> morphemes, int i) {
    return Math.max(morphemes.get(i).end(), morphemes.get(i + 1).start());
  }

  private static String gapAfter(List<Morpheme> morphemes, int i, String message) {
    return message.substring(morphemes.get(i).end(), boundaryAfter(morphemes, i));
  }

  /** Whether what follows the i-th morpheme is set off from it, as a remark is from a question. */
  private static boolean setOff(List<Morpheme> morphemes, int i, String message) {
    String gap = gapAfter(morphemes, i, message);
    Morpheme morpheme = morphemes.get(i);
    boolean scriptChanges =
        (morpheme.tag() == POS.Tag.SL) != (morphemes.get(i + 1).tag() == POS.Tag.SL);
    return SETS_OFF.matcher(gap).find()
        || !gap.isEmpty() && (endsAClause(morpheme) || scriptChanges);
  }

  /**
   * Whether a Korean remark's clause ends with the morpheme: an interjection (안녕, 네), a final
   * ending (감사합니다), or one that Nori reads as connective though it ends a polite clause (고마워요,
   * 그렇군요). Not an ending that leads on (좋아서, 안녕이라는).
   */
  private static boolean endsAClause(Morpheme morpheme) {
    return morpheme.tag() == POS.Tag.IC
        || morpheme.tag() == POS.Tag.EF
        || morpheme.tag() == POS.Tag.EC && morpheme.surface().endsWith("요");
  }

  private enum Kind {
    /** A word of its own, or a question word. */
    ASKS,
    REMARK,
    /** A word that may stand beside a remark: a stop or frame word, an ending, a particle. */
    BESIDE
  }

  private Kind kindOf(Morpheme morpheme) {
    String word = morpheme.term().toLowerCase(Locale.ROOT);
    if (morpheme.tag() == POS.Tag.SL) {
      return QuestionText.INTERROGATIVES.contains(word) || !framesEnglish.test(word)
          ? Kind.ASKS
          : englishRemarks.contains(word) ? Kind.REMARK : Kind.BESIDE;
    }
    // The text as written too: Nori gives 미리 the term 미리미리.
    if (morpheme.tag() == POS.Tag.IC
        || koreanRemarks.contains(word)
        || koreanRemarks.contains(morpheme.surface())) {
      return Kind.REMARK;
    }
    return GRAMMAR.contains(morpheme.tag()) ? Kind.BESIDE : Kind.ASKS;
  }
}
