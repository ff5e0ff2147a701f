package dev.gwanyong.answer;

/** Answers a member's question from the corpus. Front ends depend on this and nothing below it. */
@FunctionalInterface
public interface Answerer {

  /**
   * The longest question, in characters, that any front end asks: a member who pasted a whole page
   * is told so, and does not get an answer to its first lines alone (the search reads a question's
   * first 500 characters).
   */
  int MAX_QUESTION_CHARS = 1_000;

  /**
   * Answers or abstains. Never throws for anything a member can type: the text is normalised and
   * searched as plain words.
   */
  Answer ask(String question);

  /**
   * Whether a question has a word to search for: a letter or a digit. Zero-width and direction
   * marks, no-break spaces, control characters, emoji and punctuation ("👍", "???") alone make a
   * question as empty as a blank one: every front end says so, rather than refusing it and counting
   * a refusal of a question nobody asked.
   */
  static boolean hasWords(String question) {
    return question.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /**
   * Whether a question asks something to look up: a word to search for ({@link #hasWords}) that is
   * more than chat's remarks ("ok", "thanks", "hi all") or lone letters ("O O"). Every front end
   * says so, as to an empty question, rather than refusing it and counting a refusal of a question
   * nobody asked.
   */
  default boolean asksSomething(String question) {
    return hasWords(question);
  }

  /** Whether a question is longer than any front end asks ({@link #MAX_QUESTION_CHARS}). */
  static boolean tooLong(String question) {
    return question.length() > MAX_QUESTION_CHARS;
  }
}
