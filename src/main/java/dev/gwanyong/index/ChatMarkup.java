package dev.gwanyong.index;

import java.util.regex.Pattern;

/**
 * What chat writes into a message besides its words: laughter and sighs in lone jamo, emoji,
 * emphasis marks, links, a typed @handle, a label, and a Korean greeting or thanks around the
 * question. No source writes them, so a question that kept them lacked words every sentence lacks.
 */
final class ChatMarkup {

  /**
   * Two or more lone jamo in a row: laughter and sighs (ㅋㅋ, ㅎㅎ, ㅠㅠ), never a word's typo. NFKC has
   * made the compatibility jamo typed (U+3131–U+318E) conjoining ones (U+1100–U+11FF), which it
   * left apart as they make no syllable; both are matched, and the extended blocks.
   */
  private static final Pattern JAMO_RUN =
      Pattern.compile("[\\u1100-\\u11FF\\u3131-\\u318E\\uA960-\\uA97F\\uD7B0-\\uD7FF]{2,}");

  /**
   * A Korean greeting before the question, set off from it (안녕하세요, 메소스피어는 누가 세웠나요?; 여러분 안녕하세요!),
   * and Korean thanks after its question mark (…세웠나요? 감사합니다!), as chat writes them around a
   * question; the English ones are frame words. No source writes 안녕 or 감사 about its subject, so a
   * question that kept them lacked a word every sentence lacks.
   */
  private static final Pattern KOREAN_GREETING =
      Pattern.compile(
          "^(?:(?:여러분|다들|모두)\\s?)?(?:안녕하세요|안녕하십니까|안녕하신가요|안녕)(?:[\\s,.!~]*[,.!~]|\\s)\\s*"
              + "(?=\\S)");

  private static final Pattern KOREAN_THANKS =
      Pattern.compile("(?<=\\?)\\s*(?:(?:미리\\s?)?(?:감사합니다|감사드립니다|감사해요|고맙습니다|고마워요|고마워))[\\s.!~]*$");

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
   * A link in a question, which says where the member read something: no source writes its pieces
   * (https, com).
   */
  static final Pattern LINK = Pattern.compile("\\b(?:https?://|www\\.)\\S+");

  /** A label before the question: "Q:", "Q.", "Question:", "질문:". */
  private static final Pattern LABEL =
      Pattern.compile("^(?:q|question|질문)\\s*[:.)]\\s*", Pattern.CASE_INSENSITIVE);

  private ChatMarkup() {}

  /** The message without laughter, emoji and emphasis marks, stripped. */
  static String unmarked(String message) {
    return EMPHASIS
        .matcher(withoutEmoji(JAMO_RUN.matcher(message).replaceAll(" ")))
        .replaceAll("")
        .strip();
  }

  /** The message without a Korean greeting before its question and thanks after it. */
  static String ungreeted(String message) {
    return KOREAN_THANKS
        .matcher(KOREAN_GREETING.matcher(message).replaceFirst(""))
        .replaceFirst("");
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
