package dev.gwanyong.chat.discord;

import java.util.logging.Level;
import java.util.logging.Logger;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/**
 * Discord's refusal when the question an answer hangs on was deleted before the answer came: a
 * thread cannot start on it ({@code Unknown Message}), and a reply to it is refused when it asks to
 * be ({@code fail_if_not_exists}). Not a fault: the member took the question back, so the answer is
 * not posted, and the log says so in one line.
 */
final class DeletedQuestion {

  private DeletedQuestion() {}

  static boolean is(Throwable failure) {
    return failure instanceof ErrorResponseException e
        && (e.getErrorResponse() == ErrorResponse.UNKNOWN_MESSAGE
            || e.getSchemaErrors().stream()
                .anyMatch(error -> error.getLocation().contains("message_reference")));
  }

  /**
   * Logs a failure to post an answer: one line for a deleted question, the failure itself
   * otherwise.
   */
  static void log(Logger log, Throwable failure) {
    if (is(failure)) {
      log.info("Discord: the question was deleted before its answer; the answer was not posted");
    } else {
      log.log(Level.WARNING, "Discord: could not post an answer", failure);
    }
  }
}
