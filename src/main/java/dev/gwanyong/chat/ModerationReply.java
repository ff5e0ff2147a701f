package dev.gwanyong.chat;

import java.util.Objects;

/**
 * What a moderator (or anyone trying {@code /kb}) is shown; plain text with emoji, the same on
 * every platform.
 *
 * @param message the text to show, only to the sender
 * @param succeeded whether the command did what was asked
 */
public record ModerationReply(String message, boolean succeeded) {

  public ModerationReply {
    Objects.requireNonNull(message);
  }
}
