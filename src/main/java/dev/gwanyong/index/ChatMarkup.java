package dev.gwanyong.index;

import java.util.regex.Pattern;

/**
 * What chat writes into a message besides its words: laughter and sighs in lone jamo, emoji,
 * emoticons, emphasis marks, links, a typed @handle and a label. No source writes them, so a
 * question that kept them lacked words every sentence lacks; the remarks around a question are
 * {@link ChatRemarks}'.
 */
final class ChatMarkup {

  /**
   * Two or more lone jamo in a row: laughter and sighs (ㅋㅋ, ㅎㅎ, ㅠㅠ), never a word's typo; and a
   * lone vowel, a tear (급해요ㅠ, ㅜ), as a typo's lone jamo is a consonant (쿠버네티ㅅ). NFKC has made the
   * compatibility jamo typed (U+3131–U+318E) conjoining ones (U+1100–U+11FF), which it left apart
   * as they make no syllable; both are matched, and the extended blocks.
   */
  private static final Pattern JAMO_RUN =
      Pattern.compile(
          "[\\u1100-\\u11FF\\u3131-\\u318E\\uA960-\\uA97F\\uD7B0-\\uD7FF]{2,}|[\\u1161-\\u11A7\\u314F-\\u3163]");

  /**
   * A handle the question is addressed to, typed as text rather than picked as a mention
   * ("@gwanyong who founded…", "Hey @bot, when…", "…Mesosphere @gwanyong?"), not an e-mail address:
   * no source writes it. The adapters drop the mentions their platforms send.
   */
  static final Pattern HANDLE =
      Pattern.compile("(?<!\\S)@[\\p{L}\\p{N}_.-]*[\\p{L}\\p{N}][,:]?(?=\\s|[?!.]*$)");

  /**
   * Chat's emphasis around words (*bold*, _italic_, ~strike~, ||spoiler||) as Slack and Discord
   * users type it: the tokenizer keeps an underscore as part of a word, so _Mesosphere_ was no word
   * of any source. Marks inside a word (max_risk) stay.
   */
  private static final Pattern EMPHASIS =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])[*_~|]+(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])[*_~|]+(?![\\p{L}\\p{N}])");

  /**
   * An emoticon typed in letters and marks, standing alone: a smile or a frown (:) :-) ;) :D :( =)
   * :P), and Korean chat's ^^, ^_^, T_T and -_-. No source writes them, and "…? Thanks in advance
   * :)" kept its frame for them.
   */
  private static final Pattern EMOTICON =
      Pattern.compile("(?<!\\S)(?:[:;=][-']?[()DPp]+|\\^_?\\^+|T_T|-_-)(?!\\S)");

  /**
   * A link in a question, which says where the member read something: no source writes its pieces
   * (https, com).
   */
  static final Pattern LINK = Pattern.compile("\\b(?:https?://|www\\.)\\S+");

  /**
   * A label before the question: "Q:", "Q.", "Question:", "질문:", "ELI5:" (explain like I'm five),
   * and 질문이요 or 질문요 ("a question, please"), which needs no colon.
   */
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:(?:q|question|질문|eli5)\\s*[:.)]|질문이?요(?:[\\s:.!)]|$))\\s*",
          Pattern.CASE_INSENSITIVE);

  private ChatMarkup() {}

  /** The message without laughter, emoji, emoticons and emphasis marks, stripped. */
  static String unmarked(String message) {
    String unmarked = withoutEmoji(JAMO_RUN.matcher(message).replaceAll(" "));
    return EMPHASIS.matcher(EMOTICON.matcher(unmarked).replaceAll(" ")).replaceAll("").strip();
  }

  /** The question without a label before it. */
  static String unlabelled(String question) {
    return LABEL.matcher(question).replaceFirst("");
  }

  /** Emoji, their modifiers and the selectors that ask for them, as spaces. */
  private static String withoutEmoji(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              boolean emoji =
                  Character.isExtendedPictographic(c)
                      || Character.isEmojiModifier(c)
                      || (c >= 0xFE00 && c <= 0xFE0F)
                      || c == 0x20E3;
              out.appendCodePoint(emoji ? ' ' : c);
            });
    return out.toString();
  }
}
