package dev.gwanyong.answer;

/** Answers a member's question from the corpus. Front ends depend on this and nothing below it. */
@FunctionalInterface
public interface Answerer {

  /**
   * Answers or abstains. Never throws for anything a member can type: the text is normalised and searched as plain
   * words.
   */
  Answer ask(String question);
}
