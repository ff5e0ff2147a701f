package dev.gwanyong.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.gwanyong.LogRecords;
import dev.gwanyong.answer.AnswerService;
import dev.gwanyong.config.ConfigLoader;
import dev.gwanyong.config.GwanyongConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log line for a source file left out of the index says what can be done about it, as status
 * does for moderators: "fix or remove it" was said of a folder (which no command removes) and of a
 * file no command can name.
 */
class SkippedFileWarningTest {

  @TempDir Path corpus;
  @TempDir Path data;
  @TempDir Path analysis;

  @BeforeEach
  void writeCorpusAndAnalysis() throws IOException {
    Files.writeString(
        corpus.resolve("tiny.txt"),
        "---\nid: tiny\ntitle: 작은 자료\nlang: ko\nlicence: test\n---\n쿠버네티스는 컨테이너를 관리한다.\n");
    try (Stream<Path> files = Files.list(Path.of("config", "analysis"))) {
      for (Path file : files.toList()) {
        Files.copy(file, analysis.resolve(file.getFileName()));
      }
    }
  }

  private GwanyongConfig config() {
    return new ConfigLoader(Map.of())
        .load(
            Map.of(
                "corpus",
                corpus.toString(),
                "data",
                data.toString(),
                "analysis",
                analysis.toString()));
  }

  /** The index package's warnings while the service opens, as the bot opens it at start. */
  private List<String> warningsAtOpen() throws IOException {
    try (LogRecords log = new LogRecords();
        AnswerService ignored = AnswerService.open(config())) {
      return log.warnings().stream().filter(w -> w.startsWith(IndexStore.class.getName())).toList();
    }
  }

  private static String lineAbout(List<String> warnings, String file) {
    return warnings.stream()
        .filter(w -> w.contains(file + ":"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line about " + file + ": " + warnings));
  }

  @Test
  void eachKindOfSkippedFileIsToldItsWayOut() throws IOException {
    Files.writeString(corpus.resolve("broken.txt"), "no header at all\n");
    Files.writeString(corpus.resolve("Notes.txt"), "no header either\n");
    Files.createDirectory(corpus.resolve("folder.txt"));

    for (List<String> warnings :
        List.of(warningsAtOpen(), warningsAtOpen())) { // built, then served as it is
      assertEquals(3, warnings.size(), warnings.toString());
      assertTrue(
          lineAbout(warnings, "broken.txt")
              .contains("not a valid source (fix it with update, or remove it)"),
          warnings.toString());
      assertTrue(
          lineAbout(warnings, "Notes.txt").contains("a name that is no source id"),
          warnings.toString());
      assertTrue(
          lineAbout(warnings, "folder.txt").contains("a folder (update and remove leave it alone)"),
          warnings.toString());
      assertFalse(
          warnings.stream().anyMatch(w -> w.contains("fix or remove it")), warnings.toString());
    }
  }

  @Test
  void aFileTheServerCannotReadIsToldSo() throws IOException {
    Path locked = Files.writeString(corpus.resolve("locked.txt"), "---\nid: locked\n---\n");
    locked.toFile().setReadable(false);
    try {
      assumeFalse(Files.isReadable(locked), "needs a file this process cannot read");
      String line = lineAbout(warningsAtOpen(), "locked.txt");
      assertTrue(
          line.contains("the server cannot read it") && line.contains("update cannot replace it"),
          line);
    } finally {
      locked.toFile().setReadable(true);
    }
  }
}
