package dev.gwanyong.chat;

import dev.gwanyong.answer.Answer;
import dev.gwanyong.answer.Citation;
import dev.gwanyong.answer.Language;

/** What the dispatcher hands back to an adapter to render. */
public sealed interface ChatReply {

  /** The language the reply's own words are in. */
  Language language();

  /** Cited quotes; {@code answerId} identifies it for 👍/👎 votes. */
  record Answered(String answerId, Answer answer) implements ChatReply {
    @Override
    public Language language() {
      return answer.language();
    }
  }

  /** The sources do not cover the question; {@code answer} carries the closest source, if any. */
  record Refused(String answerId, Answer answer) implements ChatReply {
    @Override
    public Language language() {
      return answer.language();
    }
  }

  /**
   * The whole paragraph around a cited quote, for the member who asked to see more; {@code
   * citation} is the one shown, whose {@code context} is the paragraph.
   */
  record Paragraph(Language language, Citation citation) implements ChatReply {}

  /** A mistake the member can fix (empty or over-long question), with a message saying how. */
  record Help(Language language, String message) implements ChatReply {}

  /** A fault on our side, logged under {@code incidentId}; {@code message} is safe to show. */
  record Failed(Language language, String incidentId, String message) implements ChatReply {}

  /** A retried delivery of an event already handled: the adapter sends nothing. */
  record Duplicate(Language language) implements ChatReply {}
}
