package dev.gwanyong.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code index add|update|remove|list|show|rebuild|status}: exit codes and what is printed. */
class IndexModerationCommandTest extends CorpusCopyTest {

  @Test
  void addListShowUpdateRemoveAndStatus() throws Exception {
    Path notes = temp.resolve("haechi.md");
    Files.writeString(notes, "# 광화문 해치\n\n해치는 불을 막는다는\n상상의 동물이다.\n", StandardCharsets.UTF_8);

    CliRun added =
        copy.run("index", "add", "--file", notes.toString(), "--id", "haechi", "--licence", "CC0");
    assertEquals(0, added.code(), added.err());
    assertEquals(
        "✅ Added haechi — 1 paragraph, 1 passage. Searchable now. (audit #1)\n", added.out());
    assertTrue(Files.readString(corpus.resolve("haechi.txt")).contains("title: 광화문 해치\n"));

    CliRun listed = copy.run("index", "list");
    assertEquals(0, listed.code());
    assertTrue(listed.out().startsWith("📚 6 sources\n"), listed.out());
    assertEquals(
        7,
        listed.out().lines().count(),
        "a terminal gets every source on one page: " + listed.out());
    assertTrue(
        listed
            .out()
            .contains(
                "• container-orchestration — The container orchestration landscape — Docker Swarm,"
                    + " Mesos, Nomad and Kubernetes (en)"),
        "and every title whole, as only a chat message must be short: " + listed.out());
    CliRun haechi = copy.run("index", "list", "광화문", "해치");
    assertEquals(
        "📚 1 of 6 sources match \"광화문 해치\"\n• haechi — 광화문 해치 (ko) · 1 paragraph, 1 passage\n",
        haechi.out());

    CliRun shown = copy.run("index", "show", "haechi");
    assertEquals(0, shown.code());
    assertTrue(shown.out().contains("¶ 해치는 불을 막는다는 상상의 동물이다."), shown.out());

    CliRun updated = copy.run("index", "update", "--id", "haechi", "--title", "해치 이야기");
    assertEquals(0, updated.code(), updated.err());
    assertTrue(updated.out().startsWith("✅ Updated haechi"), updated.out());

    CliRun renamed = copy.run("index", "update", "haechi", "--title", "광화문의 해치");
    assertEquals(0, renamed.code(), renamed.err());
    assertTrue(Files.readString(corpus.resolve("haechi.txt")).contains("title: 광화문의 해치\n"));
    for (String[] twiceOrNone :
        List.of(
            new String[] {"index", "update", "haechi", "--id", "haechi", "--title", "둘"},
            new String[] {"index", "update", "--title", "없음"})) {
      CliRun refused = copy.run(twiceOrNone);
      assertEquals(2, refused.code(), refused.out());
      assertTrue(
          refused.err().startsWith("name the source to update once, as ID or with --id"),
          refused.err());
    }

    CliRun removed = copy.run("index", "remove", "haechi");
    assertEquals(0, removed.code(), removed.err());
    assertFalse(Files.exists(corpus.resolve("haechi.txt")));

    CliRun status = copy.run("index", "status");
    assertEquals(0, status.code());
    assertTrue(status.out().contains("📊 5 sources"), status.out());
    assertTrue(status.out().contains("Last change: remove haechi by cli:"), status.out());

    CliRun rebuilt = copy.run("index", "rebuild");
    assertEquals(0, rebuilt.code(), rebuilt.err());
    assertTrue(rebuilt.out().startsWith("✅ Rebuilt the index — 5 sources"), rebuilt.out());

    List<String> audit =
        Files.readAllLines(temp.resolve("logs/audit.jsonl")).stream()
            .filter(l -> !l.contains("\"intent\""))
            .toList();
    assertEquals(
        5,
        audit.size(),
        "add, two updates, remove and rebuild are audited, each closed once: " + audit);
    assertTrue(audit.getFirst().contains("\"platform\":\"cli\""));
  }

  @Test
  void readsReportTheIndexAsItIsWithoutBuildingIt() throws Exception {
    assertEquals(0, copy.run("index", "list").code());
    assertEquals(0, copy.run("index", "show", "cncf-survey").code());
    CliRun none = copy.run("index", "status");
    assertEquals(0, none.code(), none.err());
    assertTrue(
        none.out().startsWith("📊 5 sources, no index built yet: run reindex.\n"), none.out());
    assertFalse(
        Files.exists(temp.resolve("data/CURRENT")), "listing, showing and status build nothing");

    assertEquals(0, copy.run("index", "rebuild").code());
    CliRun built = copy.run("index", "status");
    assertTrue(built.out().startsWith("📊 5 sources, 248 passages. Index built "), built.out());
    assertFalse(built.out().contains("stale"), built.out());

    Path survey = corpus.resolve("cncf-survey.txt");
    Files.writeString(
        survey, Files.readString(survey) + "한 문단을 손으로 더했다.\n", StandardCharsets.UTF_8);
    CliRun stale = copy.run("index", "status");
    assertTrue(stale.out().contains(" (stale: run reindex)."), stale.out());
  }

  @Test
  void mistakesExitWithOneAndChangeNothing() throws Exception {
    CliRun empty = copy.run("index", "add", "--text", "   ");
    assertEquals(1, empty.code());
    assertEquals("⚠️ The text is empty.\n", empty.err());

    CliRun unknown = copy.run("index", "remove", "kubernetes-histroy");
    assertEquals(1, unknown.code());
    assertTrue(unknown.err().contains("Did you mean kubernetes-history?"), unknown.err());

    CliRun duplicate = copy.run("index", "add", "--text", "Text.", "--id", "open-governance");
    assertEquals(1, duplicate.code());

    CliRun scheme = copy.run("index", "add", "--url", "file:///etc/passwd");
    assertEquals(1, scheme.code());
    assertTrue(scheme.err().contains("Only http and https"), scheme.err());

    CliRun title = copy.run("index", "add", "--text", "Text.", "--title", "t".repeat(30_000));
    assertEquals(1, title.code(), title.out());
    assertEquals(
        "⚠️ The title has 30000 characters, more than the 200 a title may have; nothing was"
            + " changed.\n",
        title.err());
    CliRun author = copy.run("index", "add", "--text", "Text.", "--author", "a".repeat(201));
    assertEquals(1, author.code(), author.out());
    assertEquals(
        "⚠️ The author has 201 characters, more than the 200 an author may have; nothing was"
            + " changed.\n",
        author.err());
    CliRun licence =
        copy.run("index", "update", "--id", "open-governance", "--licence", "l".repeat(501));
    assertEquals(1, licence.code(), licence.out());
    assertEquals(
        "⚠️ The licence has 501 characters, more than the 500 a licence may have; nothing was"
            + " changed.\n",
        licence.err());

    try (Stream<Path> files = Files.list(corpus)) {
      assertEquals(6, files.count(), "nothing was written");
    }
  }

  @Test
  void usageMistakesExitWithTwo() {
    assertEquals(2, copy.run("index", "add").code(), "needs one of --file, --url, --text");
    assertEquals(2, copy.run("index", "add", "--text", "a", "--url", "https://example.org").code());
    assertEquals(2, copy.run("index", "remove").code());
    assertEquals(
        2, copy.run("index", "add", "--file", temp.resolve("missing.txt").toString()).code());
    CliRun both = copy.run("index", "add", temp.resolve("notes.txt").toString(), "--text", "a");
    assertEquals(2, both.code());
    assertEquals("give the source as one of FILE, --file, --url or --text", both.firstErrorLine());
  }

  @Test
  void aFileMayBeGivenWithoutItsOption() throws Exception {
    Path notes = temp.resolve("notes.md");
    Files.writeString(notes, "# 광화문 해치\n\n해치는 불을 막는다는 상상의 동물이다.\n", StandardCharsets.UTF_8);
    CliRun added = copy.run("index", "add", notes.toString(), "--id", "haechi");
    assertEquals(0, added.code(), added.err());
    assertEquals(
        "✅ Added haechi — 1 paragraph, 1 passage. Searchable now. (audit #1)\n", added.out());
  }

  @Test
  void aFolderGivenAsTheFileIsCalledAFolder() {
    for (CliRun folder :
        List.of(
            copy.run("index", "add", "--file", corpus.toString()),
            copy.run("index", "update", "--id", "open-governance", "--file", corpus.toString()))) {
      assertEquals(2, folder.code(), folder.err());
      assertEquals(
          corpus + " is a folder, not a file: give one .txt, .md or .html file",
          folder.firstErrorLine());
    }
  }

  @Test
  void aMalformedAnalysisFileIsNamedOnOneLineByAChangeAndListingStillWorks() throws Exception {
    Path analysis = Files.createDirectories(temp.resolve("analysis"));
    Files.writeString(analysis.resolve("synonyms.txt"), "a => => b\n", StandardCharsets.UTF_8);
    Files.writeString(
        copy.config(),
        "analysis: " + analysis + "\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    for (CliRun change :
        List.of(copy.run("index", "rebuild"), copy.run("index", "add", "--text", "해치는 동물이다."))) {
      assertEquals(1, change.code(), change.out());
      assertTrue(
          change
              .err()
              .startsWith("error: " + analysis.resolve("synonyms.txt") + ": Invalid synonym rule"),
          change.err());
      assertFalse(change.err().contains("incident"), change.err());
    }
    assertTrue(
        copy.run("index", "list").out().startsWith("📚 5 sources\n"),
        "the corpus is listed all the same");
  }

  @Test
  void aDeviceGivenAsTheFileIsNotCalledMissing() {
    CliRun device = copy.run("index", "add", "--file", "/dev/null");
    assertEquals(2, device.code(), device.err());
    assertEquals(
        "/dev/null is not a regular file (a device or a pipe): save what it holds to a file first",
        device.firstErrorLine());
    assertEquals(
        "no such file: " + corpus.resolve("missing.md"),
        copy.run("index", "add", corpus.resolve("missing.md").toString()).firstErrorLine());
  }

  @Test
  void anInvalidIdIsAUsageMistakeInAddUpdateRemoveAndShowAlike() throws Exception {
    for (CliRun invalid :
        List.of(
            copy.run("index", "add", "--text", "Text.", "--id", "../c2/x"),
            copy.run("index", "update", "--id", "../c2/x", "--title", "T"),
            copy.run("index", "remove", "KUBE"),
            copy.run("index", "show", "../kubernetes-history"))) {
      assertEquals(2, invalid.code(), invalid.err());
      assertTrue(invalid.err().contains("is not a valid id"), invalid.err());
    }
    try (Stream<Path> files = Files.list(corpus)) {
      assertEquals(6, files.count(), "nothing was written");
    }
  }

  @Test
  void aLongIdIsEchoedCutShort() {
    String pasted = "a".repeat(5_000);
    CliRun shown = copy.run("index", "show", pasted);
    assertEquals(2, shown.code());
    assertTrue(
        shown.firstErrorLine().startsWith("⚠️ \"" + "a".repeat(79) + "…\" is not a valid id"),
        shown.err());
    CliRun removed = copy.run("index", "remove", pasted);
    assertTrue(
        removed.firstErrorLine().startsWith("⚠️ \"" + "a".repeat(79) + "…\" is not a valid id"),
        removed.err());
    CliRun escaped = copy.run("index", "show", "k8s\u001b[31m");
    assertTrue(
        escaped.firstErrorLine().startsWith("⚠️ \"k8s [31m\" is not a valid id"),
        "the escape sequence does not reach the terminal: " + escaped.firstErrorLine());
  }

  @Test
  void aDataFolderThatCannotBeMadeIsSaidAsSuchAndNothingChanges() throws Exception {
    Path under = Files.writeString(temp.resolve("not-a-folder"), "a file").resolve("data");

    CliRun added =
        copy.run(
            "index",
            "add",
            "--id",
            "haechi",
            "--text",
            "해치는 불을 막는다는 상상의 동물이다.",
            "--data",
            under.toString());

    assertEquals(1, added.code(), added.out());
    assertEquals(
        "error: cannot make the data folder " + under + ": Not a directory\n", added.err());
    assertFalse(Files.exists(corpus.resolve("haechi.txt")));
  }

  @Test
  void aDataFolderWhoseLockCannotBeTakenIsSaidInOneLineAndNothingChanges() throws Exception {
    assertEquals(0, copy.run("index", "status").code(), "a valid index exists");
    // A lock file that cannot be opened for writing, as in a read-only or full data folder; as
    // root, a permission would not stop this test.
    Path lock = temp.resolve("data").resolve("moderation.lock");
    Files.delete(lock);
    Files.createDirectory(lock);

    CliRun added = copy.run("index", "add", "--id", "haechi", "--text", "해치는 불을 막는다는 상상의 동물이다.");

    assertEquals(1, added.code(), added.out());
    assertEquals("error: cannot lock " + lock + ": Is a directory\n", added.err());
    assertFalse(Files.exists(corpus.resolve("haechi.txt")));
  }

  @Test
  void updateClearsAnAuthorGivenEmptyAndALicenceGivenAsADash() throws Exception {
    CliRun updated =
        copy.run("index", "update", "--id", "open-governance", "--author", "", "--licence", "-");
    assertEquals(0, updated.code(), updated.out() + updated.err());
    String file = Files.readString(corpus.resolve("open-governance.txt"));
    assertFalse(file.contains("author:"), file);
    assertTrue(file.contains("\nlicence: \n"), file);
  }
}
