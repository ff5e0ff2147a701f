package dev.gwanyong.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * The system's reason for an I/O failure in a few words, without the file, which the message around
 * it names: a file or folder an operator must mend (wrong owner, read-only, missing) is told in one
 * line, not in class names.
 */
public final class IoReason {

  private IoReason() {}

  /**
   * The file the failure names, when it names one, and the reason: for a log line with nothing
   * around it.
   */
  public static String withFile(IOException e) {
    return e instanceof FileSystemException f && f.getFile() != null
        ? f.getFile() + ": " + of(e)
        : of(e);
  }

  public static String of(IOException e) {
    return switch (e) {
      case AccessDeniedException ignored -> "permission denied";
      case NoSuchFileException ignored -> "no such file or folder";
      case FileSystemException f ->
          f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
      default -> e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    };
  }
}
