package dev.gwanyong.chat;

/**
 * Plain text (a title, a thread name, the text of a Slack plain_text block) shortened to what a
 * platform field takes, with an ellipsis where it was cut. The cut never splits a surrogate pair,
 * whose half would show as a broken character or be refused; markup has its platform's own cut,
 * which also keeps escapes whole.
 */
public final class PlainCut {

  private PlainCut() {}

  /**
   * {@code text} as it is when it fits in {@code max} characters; otherwise its start and an
   * ellipsis.
   */
  public static String toLength(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    if (max <= 1) {
      return "";
    }
    int end = max - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }
}
