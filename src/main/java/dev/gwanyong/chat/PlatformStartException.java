package dev.gwanyong.chat;

/**
 * Why a chat platform did not start, in words an operator can act on: the platform could not be
 * reached, it refused a token (named by its variable, never its value), or it did not connect in
 * time.
 */
public final class PlatformStartException extends Exception {

  public PlatformStartException(String message) {
    super(message);
  }
}
