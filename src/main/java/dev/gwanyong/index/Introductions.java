package dev.gwanyong.index;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a text introduces a name: writes it beside a parenthesis, says what it is or how it came
 * to be, or calls it so. Such a sentence says what the name stands for or what it is, as a
 * definition question asks ({@code introduces} in the answer model).
 */
public final class Introductions {

  /** The copula that ends a sentence saying what something is: …시스템 Borg다, …독재자이다. */
  private static final Set<String> COPULAS = Set.of("다", "이다", "였다", "이었다", "입니다", "이에요", "예요");

  /**
   * What follows a name that an English sentence opens by saying what it is ("Borg is a …", "CNCF
   * was the …") or how it came to be, as a source introduces an organisation or a person
   * ("Mesosphere was founded in …", "… was born in").
   */
  private static final Pattern DEFINES =
      Pattern.compile(
          "\\s+(?:is|was)\\s+(?:a|an|the)\\s|\\s+(?:was|were)\\s+(?:founded|established|created|formed|born)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * What names the word before it, as a text names what it introduces: OpenTofu라는 이름, ‘관용’이라는 말,
   * Omega라는 차세대 시스템 ("called").
   */
  private static final Set<String> NAMING = Set.of("라는", "이라는", "라고", "이라고");

  /**
   * What names the word after it: "a fork called OpenTofu", "named Project Seven", "known as GKE",
   * "released under the name DC/OS", "what the press called the container orchestration wars".
   */
  private static final Pattern NAMED =
      Pattern.compile(
          "(?:called|named|known\\s+as|(?:under|by)\\s+the\\s+name(?:\\s+of)?)\\s+(?:the\\s+)?[\"“‘']?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * What says, after a name, what it is short for: "D2iQ, short for Day 2 IQ", "KEP (which stands
   * for …)", "CNCF, an acronym of …"; in Korean, its particle, then what it abbreviates (GP는 그랑프리의
   * 약자로, K8s는 … 줄임말이다).
   */
  private static final Pattern ABBREVIATES =
      Pattern.compile(
          "\\s*[,:(]?\\s*(?:short\\s+for|(?:which\\s+|that\\s+)?stands?\\s+for|standing\\s+for"
              + "|an?\\s+(?:abbreviation|acronym)\\s+(?:of|for))\\b"
              + "|(?:은|는|이|가|란|이란)\\s+[^.?!]{1,60}?(?:의|을|를)\\s?(?:약자|약칭|줄임말|머리글자)",
          Pattern.CASE_INSENSITIVE);

  /** How far before a name {@link #NAMED} looks: "by the name of the “" and a little more. */
  private static final int NAMED_REACH = 28;

  /** Quotation marks that close a name a text introduces: ‘관용’이라는. */
  private static final String CLOSING_QUOTES = "’”'\"」』";

  private Introductions() {}

  /**
   * Whether a text writes a word beside a parenthesis, before it or after the rest of its word:
   * "Foundation (CNCF)", 재단(CNCF)은, 애틱(Apache Attic), Kubernetes (K8s); or ends a sentence with it
   * and the copula (…클러스터 관리 시스템 Borg다.), or opens one with it, is or was, and an article ("Borg is
   * a cluster manager") or was founded, established, created, formed or born ("Mesosphere was
   * founded in 2013"); or calls it so (OpenTofu라는 이름, ‘관용’이라고, "a fork named OpenTofu"), or says
   * what it is short for ("D2iQ, short for Day 2 IQ", GP는 그랑프리의 약자로). A text that introduces a name
   * so says what it stands for or what it is. Compared ignoring case; {@code word} as the question
   * writes it.
   */
  public static boolean introduces(String text, String word) {
    if (word.isEmpty()) {
      return false;
    }
    for (int at = indexOfIgnoringCase(text, word, 0);
        at >= 0;
        at = indexOfIgnoringCase(text, word, at + 1)) {
      int before = at - 1;
      if (before >= 0 && Character.isLetterOrDigit(text.charAt(before))
          || hyphenated(text, before, -1)) {
        continue; // inside another word: the ops of DevOps, the Strecke of GP-Strecke
      }
      while (before >= 0 && text.charAt(before) == ' ') {
        before--;
      }
      int end = at + word.length();
      if (NAMED.matcher(text).region(Math.max(0, at - NAMED_REACH), at).find()) {
        return true;
      }
      while (end < text.length() && CLOSING_QUOTES.indexOf(text.charAt(end)) >= 0) {
        end++;
      }
      int after = end;
      while (after < text.length() && Character.isLetterOrDigit(text.charAt(after))) {
        after++;
      }
      if (hyphenated(text, after, 1)) {
        continue; // the GP of (GP-Strecke)
      }
      String rest = text.substring(end, after);
      while (after < text.length() && text.charAt(after) == ' ') {
        after++;
      }
      if (before >= 0 && text.charAt(before) == '('
          || after < text.length() && text.charAt(after) == '(') {
        return true;
      }
      if (ABBREVIATES.matcher(text).region(end, text.length()).lookingAt()) {
        return true;
      }
      boolean endsSentence = after == text.length() || text.charAt(after) == '.';
      boolean opensSentence = before < 0 || ".!?".indexOf(text.charAt(before)) >= 0;
      if (NAMING.contains(rest)
          || COPULAS.contains(rest) && endsSentence
          || rest.isEmpty()
              && opensSentence
              && DEFINES.matcher(text).region(end, text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text introduces, as {@link #introduces} reads it, the first word it writes that
   * {@code stem} begins, ignoring case: an English stem begins the word a sentence writes
   * (mesospher, Mesosphere).
   */
  public static boolean introducesWordBeginning(String text, String stem) {
    for (int at = indexOfIgnoringCase(text, stem, 0);
        at >= 0;
        at = indexOfIgnoringCase(text, stem, at + 1)) {
      if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
        int end = at + stem.length();
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
          end++;
        }
        return introduces(text, text.substring(at, end));
      }
    }
    return false;
  }

  /**
   * Whether {@code text} has a hyphen at {@code at} and a letter or digit beyond it, a step in
   * {@code direction}.
   */
  private static boolean hyphenated(String text, int at, int direction) {
    int beyond = at + direction;
    return at >= 0
        && at < text.length()
        && text.charAt(at) == '-'
        && beyond >= 0
        && beyond < text.length()
        && Character.isLetterOrDigit(text.charAt(beyond));
  }

  private static int indexOfIgnoringCase(String text, String word, int from) {
    for (int at = from; at + word.length() <= text.length(); at++) {
      if (text.regionMatches(true, at, word, 0, word.length())) {
        return at;
      }
    }
    return -1;
  }
}
