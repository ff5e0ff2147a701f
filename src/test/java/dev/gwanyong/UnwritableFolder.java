package dev.gwanyong;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes a folder this process cannot write in, for tests of what a moderator and the log are told
 * then.
 */
public final class UnwritableFolder {

  private UnwritableFolder() {}

  /**
   * Makes a folder unwritable: read-only, or, for root, which that does not stop, immutable; false
   * if neither.
   */
  public static boolean make(Path folder) throws InterruptedException {
    folder.toFile().setWritable(false);
    return !Files.isWritable(folder) || chattr("+i", folder);
  }

  /** Makes it writable again, so the test's temporary folder can be deleted. */
  public static void undo(Path folder) throws InterruptedException {
    chattr("-i", folder);
    folder.toFile().setWritable(true);
  }

  /**
   * Sets ({@code +i}) or clears ({@code -i}) a file's immutable flag, which stops even root; false
   * where there is no chattr or the file system has no such flag.
   */
  public static boolean chattr(String flag, Path file) throws InterruptedException {
    try {
      return new ProcessBuilder("chattr", flag, file.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start()
              .waitFor()
          == 0;
    } catch (IOException e) {
      return false; // no chattr here
    }
  }
}
