package dev.gwanyong.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A file named like a source's translation ({@code ID.en.txt}) that cannot be read as one does not
 * stop the source from being removed: it is not the source's translation, and is left, skipped, for
 * the operator.
 */
class TranslationNamedFilesTest extends FixtureTest {

  @Test
  void aFileTheServerCannotReadDoesNotStopTheRemove() throws Exception {
    Path unreadable = Path.of("/proc/self/mem"); // reading it fails for every user, root included
    assumeTrue(Files.isRegularFile(unreadable), "needs Linux");
    assertRemovedBeside(
        Files.createSymbolicLink(fixture.corpus().resolve("open-governance.en.txt"), unreadable));
  }

  @Test
  void aFolderDoesNotStopTheRemove() throws Exception {
    assertRemovedBeside(
        Files.createDirectories(fixture.corpus().resolve("open-governance.en.txt")));
  }

  @Test
  // In a thread of its own: a read of a pipe nobody writes to cannot be interrupted, and would hang
  // the build.
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aPipeIsNotWaitedOn() throws Exception {
    Path pipe = fixture.corpus().resolve("open-governance.en.txt");
    assumeTrue(mkfifo(pipe), "needs mkfifo");
    assertRemovedBeside(pipe);
  }

  private void assertRemovedBeside(Path stray) {
    ModerationResult removed =
        fixture.moderation.remove(Fixture.SLACK_MODERATOR, "open-governance");
    assertInstanceOf(ModerationResult.Removed.class, removed, removed::message);
    assertFalse(Files.exists(fixture.corpus().resolve("open-governance.txt")));
    assertTrue(
        Files.exists(stray, LinkOption.NOFOLLOW_LINKS),
        "not a translation, so not the remove's to delete");
  }

  private static boolean mkfifo(Path path) throws InterruptedException {
    try {
      return new ProcessBuilder("mkfifo", path.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start()
              .waitFor()
          == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
