package dev.gwanyong.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code show} and {@code status} name a file that is not a valid source with the way out its kind
 * has: a broken file is fixed by an update, one the server cannot read only by removing it or
 * mending its permissions, and a folder or a file whose name is no source id by an operator's hand
 * alone.
 */
class SkippedFileReportTest extends FixtureTest {

  @Test
  void aBrokenFileIsToBeFixedWithUpdateOrRemoved() throws Exception {
    Files.writeString(fixture.corpus().resolve("broken.txt"), "---\nid: broken\n");
    assertReported(
        "broken",
        "Skipped, not a valid source (fix it with update, or remove it): broken.txt: header is not"
            + " closed by a '---' line");
  }

  @Test
  void aFileTheServerCannotReadIsToBeRemovedOrItsPermissionsFixed() throws Exception {
    Path unreadable = Path.of("/proc/self/mem"); // reading it fails for every user, root included
    assumeTrue(Files.isRegularFile(unreadable), "needs Linux");
    Files.createSymbolicLink(fixture.corpus().resolve("locked.txt"), unreadable);
    assertReported(
        "locked",
        "Skipped, the server cannot read it (remove it, or have an operator fix its permissions or"
            + " owner; update cannot replace it): locked.txt: cannot be read: Input/output error");
  }

  @Test
  void aFolderIsLeftToTheOperator() throws Exception {
    Files.createDirectories(fixture.corpus().resolve("notes.txt"));
    assertReported(
        "notes",
        "Skipped, a folder (update and remove leave it alone): notes.txt: a folder, not a source"
            + " file; move or delete it by hand");
  }

  @Test
  void aFileWhoseNameIsNoIdIsLeftToTheOperator() throws Exception {
    Files.writeString(
        fixture.corpus().resolve("Foo.txt"), "---\nid: foo\ntitle: Foo\nlang: en\n---\nHi.\n");
    String status = fixture.moderation.status().message();
    assertTrue(
        status.endsWith(
            "\n"
                + "⚠️ Skipped, under a name that is no source id, so no command can take it (an"
                + " operator fixes, renames or deletes it by hand): Foo.txt: file name must be"
                + " foo.txt to match its id"),
        status);
  }

  private void assertReported(String id, String note) {
    assertEquals("⚠️ " + note, fixture.moderation.show(id).message());
    String status = fixture.moderation.status().message();
    assertTrue(status.endsWith("\n⚠️ " + note), status);
  }
}
