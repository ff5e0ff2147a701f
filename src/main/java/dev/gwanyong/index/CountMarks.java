package dev.gwanyong.index;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a question asks how many of something, and how well a sentence counts it. 몇 is dropped by
 * the analysis and how many are stop words, so nothing in a question's search says that its answer
 * must be a count of what it names: "How many developers were using Kubernetes according to the
 * 2021 CNCF survey?" quoted "It received 3,829 responses, and 96% of organisations said…" before
 * "…counted 5.6 million developers using Kubernetes", and 몇 명의 선수들이 결승을 다투었나? a sentence that
 * counts no one. A count is a number and the counter or the noun the question asks with (5명, 세 번, 3
 * pickups); a Korean question's count, in a sentence with no Hangul, a number of anything (몇 명 of
 * "5.6 million developers").
 */
public final class CountMarks {

  /**
   * 몇 and its counter (몇 명, 몇 개, 몇 가지, 몇 번째), but not 몇몇 (some); years, months, days and hours ask
   * when ({@link TimeMarks}).
   */
  private static final Pattern KOREAN =
      Pattern.compile("(?<!몇)몇\\s*(?![몇년월일시])(개국|가지|차례|경기|마리|그루|퍼센트|[가-힣])(\\s*째)?");

  private static final Pattern ENGLISH =
      Pattern.compile("\\bhow\\s+many\\s+([a-z]+)", Pattern.CASE_INSENSITIVE);

  /** A number in digits or, before a counter, in native Korean words (한 명, 두 번, 스무 개). */
  private static final String KOREAN_NUMBER =
      "(?:\\d|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무|스물|서른|마흔|쉰|예순|일흔|여든|아흔)";

  /**
   * A count as English writes it, for a Korean question asked of an English sentence (몇 명 of "5.6
   * million developers"), whose counter the sentence cannot write: a whole number that is not a
   * year, or a decimal one of millions, and the word it counts ("3,829 responses", "about 300 of
   * Docker's 400 employees"); not a percentage, a date or a version ("78%", "10 February",
   * "Kubernetes 1.24 removed it").
   */
  private static final String ENGLISH_COUNT =
      "(?<![\\d.,])(?!(?:1[89]|20)\\d\\d\\b)"
          + "(?:\\d[\\d,]*(?![.\\d])(?:\\s+(?:million|billion|thousand|hundred))?"
          + "|\\d+\\.\\d+\\s+(?:million|billion|thousand))\\s+[a-z]";

  /**
   * Where a sentence writes no Hangul at all, a Korean question's count is read as English writes
   * it.
   */
  private static final String IN_A_SENTENCE_WITHOUT_HANGUL =
      "|^(?![\\s\\S]*[가-힣])[\\s\\S]*?" + ENGLISH_COUNT;

  /**
   * A count as Korean writes it, for an English question asked of a Korean sentence ("How many
   * members…" of 7명으로 구성된), whose noun the counter does not repeat: a number in digits before a
   * word that is not a time, a percentage or a particle (7명, 50건, 560만 명; not 2016년, 3분의 1,
   * 1.24에서), or a native number before a word of its own (세 명, 다섯 회사; not 한, which is also the
   * verb's 한 of 리프킨이 한 말, nor an ordinal, 세 번째).
   */
  private static final String KOREAN_COUNT =
      "(?:(?<![\\d.,])\\d[\\d,.]*\\s*(?!년|월|일|시|분|초|퍼센트|[에의은는이가을를과와로도])"
          + "|(?<![가-힣])(?:두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무|스물|서른|마흔|쉰)\\s+(?![가-힣]*\\s*째))[가-힣]";

  /** Where a sentence writes Hangul, an English question's count is read as Korean writes it. */
  private static final String IN_A_SENTENCE_WITH_HANGUL =
      "|^(?=[\\s\\S]*[가-힣])[\\s\\S]*?" + KOREAN_COUNT;

  private static final Pattern ANY_NUMBER = Pattern.compile("\\d");

  private CountMarks() {}

  /** What a sentence must hold to count what the question asks how many of, if it asks. */
  public static Optional<Pattern> asked(String question) {
    var korean = KOREAN.matcher(question);
    if (korean.find()) {
      // An ordinal asks for an ordinal (몇 번째: 네 번째), a count for a count (몇 번: 세 번, not 3번째).
      String ordinal = korean.group(2) == null ? "(?!\\s*째)" : "\\s*째";
      String counted = KOREAN_NUMBER + "\\s*" + Pattern.quote(korean.group(1)) + ordinal;
      boolean countsByNumber = korean.group(2) == null && !korean.group(1).equals("퍼센트");
      return Optional.of(
          Pattern.compile(countsByNumber ? counted + IN_A_SENTENCE_WITHOUT_HANGUL : counted));
    }
    var english = ENGLISH.matcher(question);
    if (english.find()) {
      // The noun's stem, so that a count of one (1 company) or many (78% of companies) is found.
      String stem = english.group(1).toLowerCase(Locale.ROOT).replaceFirst("(?:ies|es|s)$", "");
      return Optional.of(
          Pattern.compile(
              "\\d[\\d.,]*(?:\\s+(?:million|billion|thousand|hundred|more|new|other|active|of))*\\s+"
                  + Pattern.quote(stem)
                  + IN_A_SENTENCE_WITH_HANGUL,
              Pattern.CASE_INSENSITIVE));
    }
    return Optional.empty();
  }

  /**
   * How far a sentence falls short of the count a question asks for: 0 when it counts what was
   * asked (or nothing is asked), 1 when it has a number but not of it, 2 when it has none.
   */
  public static int shortfall(Optional<Pattern> asked, String sentence) {
    if (asked.isEmpty() || asked.get().matcher(sentence).find()) {
      return 0;
    }
    return ANY_NUMBER.matcher(sentence).find() ? 1 : 2;
  }
}
