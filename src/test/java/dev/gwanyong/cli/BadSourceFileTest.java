package dev.gwanyong.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A hand-edited source file that no longer parses stops nothing: the last good index is served, the
 * file is skipped and named in {@code index status}, and a moderator can replace or remove it.
 */
class BadSourceFileTest {

  @TempDir Path temp;

  private CliRun run(Path config, String... args) {
    return CliRun.withConfig(config, args);
  }

  /** A configuration serving {@code corpus}, with the data and logs in the test's folder. */
  @ParameterizedTest
  @ValueSource(
      strings = {"unknown-key", "duplicate-key", "unknown-lang", "unclosed-header", "invalid-utf8"})
  void aBadFileIsSkippedReportedAndFixable(String damage) throws Exception {
    CorpusCopy copy = CorpusCopy.in(temp);
    Path corpus = copy.corpus();
    Path config = copy.config();
    assertEquals(0, run(config, "index", "status").code(), "a valid index exists");

    Path bad = corpus.resolve("open-governance.txt");
    byte[] original = Files.readAllBytes(bad);
    String text = new String(original, StandardCharsets.UTF_8);
    switch (damage) {
      case "unknown-key" ->
          Files.writeString(bad, text.replaceFirst("\nlang: ko\n", "\nlang: ko\nsummary: 요약\n"));
      case "unknown-lang" ->
          Files.writeString(bad, text.replaceFirst("\nlang: ko\n", "\nlang: fr\n"));
      case "duplicate-key" ->
          Files.writeString(bad, text.replaceFirst("\nlang: ko\n", "\nlang: ko\ntitle: 다른 제목\n"));
      case "unclosed-header" -> Files.writeString(bad, text.replaceFirst("\n---\n", "\n"));
      default -> {
        byte[] broken = original.clone();
        broken[broken.length - 3] = (byte) 0xff;
        Files.write(bad, broken);
      }
    }

    CliRun asked = run(config, "ask", "k8s라는 약칭에서 숫자 8은 무슨 의미야?");
    assertEquals(0, asked.code(), asked.err());
    assertTrue(
        asked.out().contains("쿠버네티스의 역사와 거버넌스 · ¶1"), "cites kubernetes-history: " + asked.out());

    CliRun listed = run(config, "index", "list");
    assertEquals(0, listed.code(), listed.err());
    assertTrue(listed.out().contains("kubernetes-history"), listed.out());

    CliRun status = run(config, "index", "status");
    assertEquals(0, status.code(), status.err());
    assertTrue(
        status.out().contains("open-governance.txt"), "the bad file is named: " + status.out());
    CliRun shown = run(config, "index", "show", "open-governance");
    assertEquals(1, shown.code(), shown.out());
    assertTrue(
        shown
            .err()
            .startsWith(
                "⚠️ Skipped, not a valid source (fix it with update, or remove it): "
                    + "open-governance.txt"),
        "show says what status says, not 'No source': " + shown.err());

    CliRun added = run(config, "index", "add", "--id", "haechi", "--text", "해치는 불을 막는다는 상상의 동물이다.");
    assertEquals(0, added.code(), added.err());
    assertTrue(added.out().startsWith("✅ Added haechi"), added.out());

    CliRun fixed =
        run(
            config,
            "index",
            "update",
            "--id",
            "open-governance",
            "--title",
            "개방형 거버넌스",
            "--text",
            "개방형 거버넌스는 한 회사가 프로젝트를 소유하지 않는 방식이다.");
    assertEquals(0, fixed.code(), fixed.err());
    CliRun after = run(config, "index", "status");
    assertFalse(after.out().contains("open-governance.txt"), "fixed: " + after.out());

    Files.write(corpus.resolve("broken.txt"), "---\nid: broken\n".getBytes(StandardCharsets.UTF_8));
    CliRun removed = run(config, "index", "remove", "broken");
    assertEquals(0, removed.code(), removed.err());
    assertFalse(Files.exists(corpus.resolve("broken.txt")));
  }

  @Test
  void aFileThatCannotBeReadIsSkippedNotFatal() throws Exception {
    // Reading /proc/self/mem from its start fails with an I/O error for every user, root included,
    // which a file without read permission would not.
    Path unreadable = Path.of("/proc/self/mem");
    assumeTrue(Files.isRegularFile(unreadable), "needs Linux's /proc/self/mem");
    CorpusCopy copy = CorpusCopy.in(temp);
    Path corpus = copy.corpus();
    Path config = copy.config();
    assertEquals(0, run(config, "index", "status").code(), "a valid index exists");
    Files.createSymbolicLink(corpus.resolve("locked.txt"), unreadable);

    CliRun asked = run(config, "ask", "k8s라는 약칭에서 숫자 8은 무슨 의미야?");
    assertEquals(0, asked.code(), asked.err());
    assertTrue(asked.out().contains("쿠버네티스의 역사와 거버넌스 · ¶1"), asked.out());

    CliRun status = run(config, "index", "status");
    assertEquals(0, status.code(), status.err());
    assertTrue(status.out().contains("locked.txt: cannot be read"), status.out());

    CliRun rebuilt = run(config, "index", "rebuild");
    assertEquals(0, rebuilt.code(), rebuilt.err());
    assertTrue(rebuilt.out().contains("5 sources"), rebuilt.out());
  }

  @Test
  void aFolderNamedLikeASourceIsNamedAndLeftToTheOperator() throws Exception {
    CorpusCopy copy = CorpusCopy.in(temp);
    Path corpus = copy.corpus();
    Path config = copy.config();
    Path folder = Files.createDirectories(corpus.resolve("notes.txt"));
    Files.writeString(folder.resolve("draft.md"), "not a source, and not a command's to delete");
    String named = "notes.txt: a folder, not a source file; move or delete it by hand";

    CliRun status = run(config, "index", "status");
    assertEquals(0, status.code(), status.err());
    assertTrue(status.out().contains(named), "named as skipped: " + status.out());
    CliRun asked = run(config, "ask", "k8s라는 약칭에서 숫자 8은 무슨 의미야?");
    assertEquals(0, asked.code(), asked.err());
    assertTrue(asked.out().contains("쿠버네티스의 역사와 거버넌스 · ¶1"), asked.out());

    Path records =
        Files.writeString(
            temp.resolve("notes.jsonl"),
            "{\"id\": \"notes\", \"title\": \"Notes\", \"text\": \"Some notes.\", \"lang\":"
                + " \"en\"}\n");
    for (String[] change :
        List.of(
            new String[] {"index", "remove", "notes"},
            new String[] {"index", "update", "--id", "notes", "--text", "해치는 상상의 동물이다."},
            new String[] {"index", "import", records.toString(), "--replace"})) {
      CliRun refused = run(config, change);
      assertEquals(1, refused.code(), refused.out());
      assertTrue(
          refused.err().startsWith("⚠️ " + named + "."), "one line saying why: " + refused.err());
      assertEquals(1, refused.err().strip().lines().count(), refused.err());
      assertTrue(Files.exists(folder.resolve("draft.md")), "left as it was");
    }
    CliRun added = run(config, "index", "add", "--id", "notes", "--text", "Some notes.");
    assertEquals(1, added.code(), added.out());
    assertEquals(
        "⚠️ The id \"notes\" is taken by a file that is not a valid source: "
            + named
            + ". Use another id, or deal with that file first.\n",
        added.err(),
        "not called a source");
    assertTrue(Files.exists(folder.resolve("draft.md")), "left as it was");
  }

  @Test
  void aFileThatCannotBeReadIsRemovedButNotReplaced() throws Exception {
    Path unreadable = Path.of("/proc/self/mem"); // unreadable for root too, as above
    assumeTrue(Files.isRegularFile(unreadable), "needs Linux's /proc/self/mem");
    CorpusCopy copy = CorpusCopy.in(temp);
    Path corpus = copy.corpus();
    Path config = copy.config();
    Path locked = Files.createSymbolicLink(corpus.resolve("locked.txt"), unreadable);

    CliRun updated = run(config, "index", "update", "--id", "locked", "--text", "해치는 상상의 동물이다.");
    assertEquals(1, updated.code(), updated.out());
    assertTrue(
        updated.err().startsWith("⚠️ locked.txt: cannot be read: ")
            && updated.err().contains("cannot be replaced: remove it, then add the source again."),
        "one line saying why and what to do, not an incident: " + updated.err());
    assertTrue(Files.isSymbolicLink(locked), "nothing changed");
    Path records =
        Files.writeString(
            temp.resolve("locked.jsonl"),
            "{\"id\": \"locked\", \"title\": \"Locked\", \"text\": \"Some text.\", \"lang\":"
                + " \"en\"}\n");
    CliRun imported = run(config, "index", "import", records.toString(), "--replace");
    assertEquals(1, imported.code(), imported.out());
    assertTrue(
        imported.err().startsWith("⚠️ locked.txt: cannot be read: ")
            && imported
                .err()
                .contains(
                    "cannot be replaced: remove it, then add the source again. Nothing was"
                        + " imported."),
        imported.err());
    assertTrue(Files.isSymbolicLink(locked), "nothing changed");

    CliRun removed = run(config, "index", "remove", "locked");
    assertEquals(0, removed.code(), removed.err());
    assertTrue(removed.out().startsWith("✅ Removed locked"), removed.out());
    assertFalse(Files.exists(locked, java.nio.file.LinkOption.NOFOLLOW_LINKS), "the file is gone");
    try (var left = Files.list(corpus)) {
      assertEquals(
          List.of(),
          left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList(),
          "no staging or temp file is left");
    }
    CliRun status = run(config, "index", "status");
    assertEquals(0, status.code(), status.err());
    assertFalse(status.out().contains("locked.txt"), status.out());
    assertFalse(status.out().contains("stale"), status.out());
  }
}
