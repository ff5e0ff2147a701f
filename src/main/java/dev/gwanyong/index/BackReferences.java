package dev.gwanyong.index;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence opens by pointing back at the one before it, which a quote of it alone leaves
 * out.
 */
public final class BackReferences {

  /**
   * English words that, opening a sentence, point back at the sentence before it: pronouns and
   * connectives.
   */
  private static final Set<String> ENGLISH_BACK =
      Set.of(
          "it",
          "its",
          "they",
          "their",
          "them",
          "this",
          "these",
          "that",
          "those",
          "he",
          "his",
          "she",
          "her",
          "such",
          "however",
          "but",
          "so",
          "therefore",
          "thus",
          "also",
          "yet",
          "instead",
          "meanwhile");

  /**
   * Korean demonstratives and connectives that, as a word of their own, open a sentence that goes
   * on from the one before: 그 비결은, 이 회사는, 그러나 구글은 달랐다.
   */
  private static final Set<String> KOREAN_BACK_WORDS =
      Set.of("이", "그", "저", "그러나", "하지만", "그런데", "그래서", "따라서", "그리고", "또한", "게다가", "반면", "결국", "즉");

  /** Korean words opening a sentence that points back, by how they start: 이를 두고, 그는, 이들 역시, 그해. */
  private static final List<String> KOREAN_BACK_STARTS =
      List.of(
          "이는", "이를", "이에", "이로", "이와", "이것", "이들", "이런", "이러한", "이처럼", "이곳", "그는", "그가", "그를",
          "그의", "그에", "그와", "그녀", "그들", "그것", "그런", "그러한", "그처럼", "그곳", "그해");

  private BackReferences() {}

  /**
   * Whether the text opens with a pronoun, demonstrative or connective that points back at the
   * sentence before it: "It found that 78%…", "However, …", 그 비결은…, 이를 두고…, 그러나 구글은 달랐다; or with a
   * time that the sentence before tells (같은 날, "The next year": {@link TimeMarks#opensRelative}).
   * Quoted alone, such a sentence leaves out what it is about, what it sets itself against, or
   * when.
   */
  public static boolean refersBack(String text) {
    int start = firstLetter(text);
    int end = start;
    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    String first = text.substring(start, end);
    if (ENGLISH_BACK.contains(first.toLowerCase(Locale.ROOT))) {
      return true;
    }
    return KOREAN_BACK_WORDS.contains(first)
        || KOREAN_BACK_STARTS.stream().anyMatch(first::startsWith)
        || TimeMarks.opensRelative(text, start);
  }

  /**
   * Whether the text opens with a time that the sentence before tells (같은 해 10월 …, "The next
   * year").
   */
  public static boolean opensWithRelativeTime(String text) {
    return TimeMarks.opensRelative(text, firstLetter(text));
  }

  /** Where the text's first letter or digit is, past opening quotes, brackets and spaces. */
  private static int firstLetter(String text) {
    int start = 0;
    while (start < text.length() && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    return start;
  }
}
