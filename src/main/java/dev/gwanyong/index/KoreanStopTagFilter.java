package dev.gwanyong.index;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Drops the tokens whose part of speech carries no topic, as Nori's {@code
 * KoreanPartOfSpeechStopFilter} does, except a native numeral before a counter: 두 of 두 마리 is a
 * determiner (MM) to Nori, like 그 and 모든, but it says how many, so it is kept and read as its
 * cardinal (둘), the form the number tier translates as "two" and other text writes alone.
 *
 * <p>Nori's stop tags drop every determiner (MM), yet only some point at or ask about something (이,
 * 그, 저, 어떤, 무슨) or stand for a quantity the question words carry anyway (모든, 여러, Sino-Korean
 * numerals): the others say what is meant, as English adjectives do, and are kept: 첫 (first), 새
 * (new), 지난 (last), 각 (each), 매 (every), 다른 (other), 전 and 현 (former and current, of 전 대통령).
 * Dropped, "first" never met 첫 팬미팅, and 다른, the lexicon's translation of other, was no word at all.
 * The determiners dropped are those of Nori's dictionary that point, ask or count. Before a word of
 * the user dictionary (첫 커밋) Nori tags some of these as a noun prefix (XPN), which its stop tags
 * drop too: "When was the first commit?" never met "GitHub 저장소의 첫 커밋은 …". Those are kept as their
 * determiners are.
 *
 * <p>Nori's stop tags drop noun suffixes (XSN) too, and most of them say what a word names: 사용권
 * "licence" was read as 사용 "use" (and found through its synonyms 활용 and 이용), 저작권 "copyright" as 저작,
 * 점유율 "share" as 점유. So a suffix is kept as a word of its own, but for the plural 들 and the
 * adjectival 적 (관용적 "tolerant"), which are more than half of the suffixes in KorQuAD's passages
 * (1,579 and 1,162 of 4,311) and say nothing the stem does not. Kept too, they cost {@code bench
 * tatoeba} 0.676 → 0.671 (English to Korean).
 *
 * <p>Auxiliary verbs (VX) are dropped, as they add an aspect or a mood to the verb before them (하고
 * 있다, 해 보다, 해 주다), but for 싶다, a wish: 가고 싶다 is "want to go", and English writes it as a verb of
 * its own, which the lexicon translates as 싶다. Dropped, "Where do you want to go?" met 너 어디 가고 싶니?
 * in 가다 alone.
 *
 * <p>The question ending -ㄴ가요 after an adjective's or determiner's modifier form (빠른가요?, 어떤가요?) is
 * read by Nori as the noun 가요 "popular songs" written onto it; that noun is dropped, as the ending
 * is, where it follows a modifier in the same word (새로운 가요, with a space, keeps it).
 */
final class KoreanStopTagFilter extends FilteringTokenFilter {

  /** The plural 들 and the adjectival 적: the two noun suffixes that say nothing of the topic. */
  private static final CharArraySet GRAMMATICAL_SUFFIXES =
      new CharArraySet(List.of("들", "적"), false);

  /**
   * The determiners that point (이 책, 그런 일), ask (어떤, 무슨, 몇), stand for an indefinite or whole
   * quantity (아무, 모든, 여러) or are Sino-Korean numerals (삼 년, written in digits as often): of the
   * rest, each says what is meant.
   */
  private static final CharArraySet FUNCTION_DETERMINERS =
      new CharArraySet(
          List.of(
              "이", "그", "저", "요", "고", "조", "이런", "그런", "저런", "요런", "고런", "조런", "이까짓", "그까짓", "저까짓",
              "이따위", "그따위", "저따위", "이딴", "그딴", "저딴", "이만", "그만", "저만", "본", "당", "해", "귀", "모", "제",
              "어느", "어떤", "무슨", "웬", "왠", "몇", "몇몇", "뭔", "어떨", "어떻", "어쩐", "아무", "아무런", "모든", "온갖",
              "갖은", "여러", "뭇", "일", "삼", "사", "오", "육", "칠", "팔", "구", "십", "백", "천", "만", "억"),
          false);

  /** The determiners that say what is meant and that Nori may also tag as a noun prefix (XPN). */
  private static final CharArraySet MEANING_PREFIXES =
      new CharArraySet(List.of("첫", "새", "전", "현", "각", "매"), false);

  /** The auxiliary of a wish, 싶- of 가고 싶다 ("want to go"). */
  private static final String WISH = "싶";

  /** The noun Nori reads the question ending -ㄴ가요 as. */
  private static final String SONGS = "가요";

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PartOfSpeechAttribute partOfSpeech = addAttribute(PartOfSpeechAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final Set<POS.Tag> stopTags;
  private final CharArrayMap<String> cardinals;

  /** The token before, to tell an ending written onto a modifier from a word of its own. */
  private POS.Tag previousTag;

  private int previousEnd = -1;

  /**
   * @param cardinals the cardinal of each numeral's form before a counter (두 → 둘)
   */
  KoreanStopTagFilter(TokenStream input, Set<POS.Tag> stopTags, CharArrayMap<String> cardinals) {
    super(input);
    this.stopTags = stopTags;
    this.cardinals = cardinals;
  }

  @Override
  protected boolean accept() {
    POS.Tag tag = partOfSpeech.getLeftPOS();
    boolean endsQuestion =
        tag == POS.Tag.NNG
            && offset.startOffset() == previousEnd
            && (previousTag == POS.Tag.ETM || previousTag == POS.Tag.MM)
            && SONGS.contentEquals(term);
    previousTag = tag;
    previousEnd = offset.endOffset();
    if (endsQuestion) {
      return false;
    }
    if (tag == POS.Tag.MM) {
      String cardinal = cardinals.get(term.buffer(), 0, term.length());
      if (cardinal != null) {
        term.setEmpty().append(cardinal);
        return true;
      }
      return !FUNCTION_DETERMINERS.contains(term.buffer(), 0, term.length());
    }
    if (tag == POS.Tag.XPN) {
      return MEANING_PREFIXES.contains(term.buffer(), 0, term.length());
    }
    if (tag == POS.Tag.VX && WISH.contentEquals(term)) {
      return true;
    }
    if (tag == POS.Tag.XSN) {
      return !GRAMMATICAL_SUFFIXES.contains(term.buffer(), 0, term.length());
    }
    return tag == null || !stopTags.contains(tag);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    previousTag = null;
    previousEnd = -1;
  }
}
