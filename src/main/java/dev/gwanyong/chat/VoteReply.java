package dev.gwanyong.chat;

import dev.gwanyong.answer.Language;

/**
 * What a vote click gets back: a line for the voter, and the answer's counts for the adapter to
 * show on the message.
 *
 * @param language the answer's language when it is still known, else English; for the adapter's
 *     button words
 * @param thanks the thank-you line, in that language
 * @param counts the answer's votes after this click
 */
public record VoteReply(Language language, String thanks, Counts counts) {

  /**
   * 👍 and 👎 on one answer, one per member; on a refusal, 👎 counts "this should have been
   * answered".
   */
  public record Counts(int up, int down) {

    public static final Counts NONE = new Counts(0, 0);

    /**
     * A vote button's text with its count, the same on every platform: "👍 3", or "👍" before
     * anyone voted.
     */
    public static String label(String text, int count) {
      return count == 0 ? text : text + " " + count;
    }
  }
}
