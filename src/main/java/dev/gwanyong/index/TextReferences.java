package dev.gwanyong.index;

import java.util.regex.Pattern;

/**
 * The words for the text a question is asked of, in English with a determiner ("according to the
 * essay", "in this article", "does the author think…", "the causes the essay gives", "the
 * conclusion of the essay", and as the subject of a question's verb, "why does the author praise…",
 * but for words that begin a compound there ("does the source code…", "did the text editor…", "did
 * the writer of…")) and in Korean on their own or in a phrase that only names the text (이 글에서,
 * 에세이에서, 지문에 따르면; 지문 alone is also a fingerprint, and 저자 the author of a book a source may name).
 * No source writes them, so a question that kept them lacked a word every sentence lacks.
 */
final class TextReferences {

  static final String ENGLISH_TEXT =
      "(?:essay|article|text|passage|document|author|writer|sources?)";
  static final Pattern ENGLISH_SOURCE_REFERENCE =
      Pattern.compile(
          ",?\\s*\\b(?:according\\s+to|based\\s+on|in|from)\\s+(?:the|this|that|your)\\s+"
              + ENGLISH_TEXT
              + "\\b\\s*,?"
              + "|\\b(?:the|this)\\s+"
              + ENGLISH_TEXT
              + "\\s+(?:thinks?|says?|believes?|argues?|claims?|suggests?|mentions?"
              + "|describes?|discusses?|explains?|states?|writes?|notes?|lists?|quotes?|cites?|gives?)\\b"
              + "|(?<=\\b(?:does|do|did)\\s{1,3})(?:the|this)\\s+(?:essay|article|passage|author|writer)\\b"
              + "(?!\\s+(?:mean\\s+by|of)\\b)"
              + "|\\bof\\s+(?:the|this)\\s+(?:essay|article|text|passage|document)\\b",
          Pattern.CASE_INSENSITIVE);
  static final Pattern KOREAN_SOURCE_REFERENCE =
      Pattern.compile(
          "(?<=^|\\s)(?:(?:글쓴이|필자)(?:는|은|가|이|의)?|(?:이|위|윗|본)\\s?글(?:에서|은|의)?|본문(?:에서|은|의)?"
              + "|(?:(?:이|위|본)\\s?)?에세이(?:에서|는|의|가)?|지문(?:에서|의))"
              + "(?:\\s+(?:말하는|말한|주장하는|주장한|설명하는|설명한|이야기하는|이야기한))?(?=\\s|$)"
              + "|(?<=^|\\s)(?:글쓴이|필자|지문|본문|(?:이|위|윗)\\s?글|(?:이\\s?)?에세이)에\\s?따르면(?=\\s|,|$),?");

  private TextReferences() {}
}
