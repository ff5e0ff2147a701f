package dev.gwanyong.corpus;

/**
 * A corpus file that cannot be read as a source, with a message naming the file and what is wrong.
 */
public final class CorpusException extends RuntimeException {

  public CorpusException(String message) {
    super(message);
  }

  public CorpusException(String message, Throwable cause) {
    super(message, cause);
  }
}
