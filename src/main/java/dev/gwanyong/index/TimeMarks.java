package dev.gwanyong.index;

import java.util.regex.Pattern;

/**
 * Whether a question asks when, and how well a sentence says when. 언제, when and what year are stop
 * words or no question words at all, so nothing in a question's search says that its answer must
 * name a time: "When was Kubernetes first released?" met "그러나 쿠버네티스를 내놓은 구글은 달랐다." (released, 내놓다)
 * before "구글은 2014년 6월 … 쿠버네티스를 오픈소스 프로젝트로 공개했다.", and 도커 스웜은 언제 나왔어? a sentence that lists Swarm
 * among the contenders. A sentence says when by a point in time: a year or a date in digits, a
 * month's or a weekday's name, or a word of the closed class of time words (today, ago, during; 오늘,
 * 당시, 무렵, 때 but not 때문), which also covers a sentence that asks when itself (언제 도착했어? for "When did
 * you arrive?", 몇 시에 있습니까? for "What time is it?"). One that says only how long (출시 6년 만에, 3년간,
 * 14시간) says less: "쿠버네티스는 언제 공개됐어?" is not answered by "…출시 6년 만에 이들을 제치고…". A question that asks
 * how many years or days (몇 년, 며칠) may want a span as much as a date.
 */
public final class TimeMarks {

  /** What time a question asks for. */
  public enum Asked {
    NOTHING,
    ANY_TIME,
    DATE
  }

  /**
   * What time a sentence tells: a point in time says more than a span, which says more than
   * nothing.
   */
  private enum Told {
    NOTHING,
    SPAN,
    POINT
  }

  /**
   * An English question opening with when (chat's frames are gone by then), or asking for a year, a
   * date, a time.
   */
  private static final Pattern ENGLISH_WHEN =
      Pattern.compile(
          "^\\W*when\\b|\\b(?:what|which)\\s+(?:year|date|day|month|time|century|decade)\\b|\\bsince\\s+when\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * 언제 (not 언제나, 언제든, always, any time), which day or year, and a question that ends in the day,
   * year or time something happened.
   */
  private static final Pattern KOREAN_WHEN =
      Pattern.compile(
          "언제(?!나|든|라도)|어느\\s*(?:해|날|시대|시기|때)|(?:연|년)도는"
              // A question that ends asking for the day, the year or the time something happened
              // (…주도한 날은?, …한 해는?), as chat asks it too, without the particle (쿠버네티스 출시 연도?).
              + "|(?:날|해)(?:는|은)\\s*\\??\\s*$|(?:(?:연|년)도|날짜|시기|일자|시점)(?:는|은)?\\s*\\??\\s*$");

  /**
   * How long, asked in Korean (얼마 만에, 얼마 동안, 얼마나 오래): a question asks for a span, and a sentence
   * that asks so itself says no less, as one that asks when says when (저 아이가 얼마나 오래 앉아 있었어? for
   * "How long has that boy been sitting there?").
   */
  private static final String KOREAN_HOW_LONG = "얼마\\s*(?:만에|동안)|얼마나\\s*오래";

  /**
   * How many years, months or days, how long, how long ago: 몇 년 동안 asks for a span, 몇 년에 for a
   * year. English asks how long it took or lasted with a verb after (how long did, has, will…);
   * "how long is the river" asks a length.
   */
  private static final Pattern HOW_LONG =
      Pattern.compile(
          "몇\\s*(?:년|월|일|시|세기)|며칠|"
              + KOREAN_HOW_LONG
              + "|얼마나\\s*걸|(?i:\\bhow\\s+long\\s+(?:ago|did|does|do|will|would|has|have|had|can|could|should|must"
              + "|might|may)\\b)");

  /** What a number of years or days says how long with: 만에 (after), 동안 (for), 간, 째. */
  private static final String AFTER_A_SPAN = "\\s*(?:만|동안|간|째)";

  /**
   * How long, not when: a number of hours or months, or of years or days with what says how long
   * ("출시 6년 만에", "3년간"), or a question for how long; 평공 12년 and 기원전 564년 are points in time.
   */
  private static final Pattern SPAN =
      Pattern.compile(
          "\\d\\s*(?:시간|개월)|\\d\\s*(?:년|일)"
              + AFTER_A_SPAN
              + "|"
              + KOREAN_HOW_LONG
              + "|(?i:\\bhow\\s+long\\b)");

  /**
   * A time told by the sentence before: the same day, the next year (같은 날, 다음 해, 이듬해, 그날). A
   * sentence that says when so ("같은 날 구글은 … CNCF 설립을 발표하고") is quoted with the sentence before it,
   * which says the date.
   */
  private static final String RELATIVE =
      "(?:같은|다음|그)\\s?(?:날|해|달|주)|이튿날|이듬해|이날|당일|전날"
          + "|(?i:\\b(?:same|next|following|previous)\\s+(?:day|week|month|year)\\b)";

  private static final Pattern OPENS_RELATIVE =
      Pattern.compile("(?i:the\\s+|that\\s+)?(?:" + RELATIVE + ")");

  private static final Pattern POINT =
      Pattern.compile(
          // A year that is not part of a longer or decimal number, a month, a century, a quarter, a
          // decade.
          "(?<![\\d.,])[12]\\d{3}(?![\\d.,]\\d)|\\d\\s*(?:월|세기|분기)|\\d0s\\b|\\d(?:st|nd|rd|th)\\s+century"
              // A numbered year or day that is not a span, an hour of the day.
              + "|\\d\\s*(?:년|일)(?!"
              + AFTER_A_SPAN
              + ")|\\d\\s*시(?!간)"
              // Months and weekdays by name, as English writes them.
              + "|\\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
              + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"
              + "|(?i:\\b(?:when|today|yesterday|tomorrow|tonight|ago|morning|afternoon|evening|night|weekend|week|month"
              + "|year|decade|century|era|spring|summer|autumn|winter|since|until|before|after|during|now|recently|noon"
              + "|midnight)s?\\b)|"
              + RELATIVE
              + "|언제|몇\\s*시(?!간)|오늘|어제|내일|모레|올해|작년|내년|지난해|당시|시절|시대|무렵|아침|저녁|새벽|오전|오후|주말|요일"
              + "|봄|여름|가을|겨울|이후|이전|직후|직전|(?<![년월일간]\\s?)동안|초기|말기|최근|지금|이제|정오|자정|때(?!문)");

  private TimeMarks() {}

  /**
   * Whether the text, from {@code start}, opens with a time told by the sentence before it (같은 날,
   * "The next year").
   */
  public static boolean opensRelative(String text, int start) {
    return OPENS_RELATIVE.matcher(text).region(start, text.length()).lookingAt();
  }

  /** What time a question, as {@link Analysis#asked} leaves it, asks for. */
  public static Asked asked(String question) {
    if (ENGLISH_WHEN.matcher(question).find() || KOREAN_WHEN.matcher(question).find()) {
      return Asked.DATE;
    }
    return HOW_LONG.matcher(question).find() ? Asked.ANY_TIME : Asked.NOTHING;
  }

  /**
   * How far a sentence falls short of the time a question asks for: 0 when it says it (or nothing
   * is asked), 1 when it says only how long where the date is asked, 2 when it says no time.
   */
  public static int shortfall(Asked asked, String sentence) {
    if (asked == Asked.NOTHING) {
      return 0;
    }
    Told told = told(sentence);
    return asked == Asked.DATE ? 2 - told.ordinal() : told == Told.NOTHING ? 2 : 0;
  }

  /** What time a sentence tells: a point in time, only a span, or nothing. */
  private static Told told(String sentence) {
    if (POINT.matcher(sentence).find()) {
      return Told.POINT;
    }
    return SPAN.matcher(sentence).find() ? Told.SPAN : Told.NOTHING;
  }
}
