package dev.gwanyong.index;

import java.util.regex.Pattern;

/**
 * Whether a question asks when, and whether a sentence says when. 언제, when and what year are stop words or no
 * question words at all, so nothing in a question's search says that its answer must name a time: "When was
 * Kubernetes first released?" met "그러나 쿠버네티스를 내놓은 구글은 달랐다." (released, 내놓다) before "구글은 2014년
 * 6월 … 쿠버네티스를 오픈소스 프로젝트로 공개했다.", and 도커 스웜은 언제 나왔어? a sentence that lists Swarm among
 * the contenders. A sentence says when by a year or a date in digits, a month's or a weekday's name, or a word of the
 * closed class of time words (today, ago, century, during; 오늘, 당시, 무렵, 동안, 때 but not 때문), which also covers
 * a sentence that asks when itself (언제 도착했어? for "When did you arrive?").
 */
public final class TimeMarks {

  /** An English question opening with when (chat's frames are gone by then), or asking for a year, a date, a time. */
  private static final Pattern ENGLISH_WHEN = Pattern.compile(
      "^\\W*when\\b|\\b(?:what|which)\\s+(?:year|date|day|month|time|century|decade)\\b|\\bhow\\s+long\\s+ago\\b"
          + "|\\bsince\\s+when\\b",
      Pattern.CASE_INSENSITIVE);
  /**
   * 언제 (not 언제나, 언제든, always, any time), how many years or months, which day or year, and a question that ends
   * in the day, year or time something happened.
   */
  private static final Pattern KOREAN_WHEN = Pattern.compile(
      "언제(?!나|든|라도)|몇\\s*(?:년|월|일|시|세기)|며칠|어느\\s*(?:해|날|시대|시기|때)|(?:연|년)도는"
          // A question that ends asking for the day, the year or the time something happened (…주도한 날은?, …한 해는?).
          + "|(?:날|해|날짜|시기|일자|시점)(?:는|은)\\s*\\??\\s*$");

  private static final Pattern TIME = Pattern.compile(
      // A year that is not part of a longer or decimal number, a number of years, months, days or hours, a decade.
      "(?<![\\d.,])[12]\\d{3}(?![\\d.,]\\d)|\\d\\s*(?:년|월|일|시|세기|분기)|\\d0s\\b|\\d(?:st|nd|rd|th)\\s+century"
          // Months and weekdays by name, as English writes them.
          + "|\\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"
          + "|(?i:\\b(?:when|today|yesterday|tomorrow|tonight|ago|morning|afternoon|evening|night|weekend|week|month"
          + "|year|decade|century|era|spring|summer|autumn|winter|since|until|before|after|during|now|recently|noon"
          + "|midnight)s?\\b)"
          + "|언제|오늘|어제|내일|모레|올해|작년|내년|지난해|이듬해|당시|시절|시대|무렵|아침|저녁|새벽|오전|오후|주말|요일"
          + "|봄|여름|가을|겨울|이후|이전|직후|직전|동안|초기|말기|최근|지금|이제|정오|자정|때(?!문)");

  private TimeMarks() {}

  /** Whether a question, as {@link Analysis#asked} leaves it, asks when something happened. */
  public static boolean asksWhen(String question) {
    return ENGLISH_WHEN.matcher(question).find() || KOREAN_WHEN.matcher(question).find();
  }

  /** Whether a sentence says when: a year, a date, a month's or weekday's name, or a time word. */
  public static boolean tellsTime(String sentence) {
    return TIME.matcher(sentence).find();
  }
}
