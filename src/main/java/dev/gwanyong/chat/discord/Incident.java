package dev.gwanyong.chat.discord;

import dev.gwanyong.answer.Language;
import dev.gwanyong.answer.Phrases;
import dev.gwanyong.chat.ChatReply;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A fault caught at the adapter boundary: logged once with its stack trace under a short id, and
 * shown to the member as that id, so an operator can find the log line the member is talking about.
 */
record Incident(String id) {

  static Incident log(Logger log, String doing, Throwable fault) {
    Incident incident =
        new Incident(UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    log.log(Level.SEVERE, "incident " + incident.id() + " " + doing + " on Discord", fault);
    return incident;
  }

  ChatReply.Failed reply(Language language) {
    return new ChatReply.Failed(language, id, Phrases.of(language).failed().formatted(id));
  }
}
