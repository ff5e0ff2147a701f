package dev.gwanyong.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

  @TempDir Path dir;

  @Test
  void translationsAttachToTheirOriginals() throws IOException {
    Files.writeString(dir.resolve("x.txt"), SourceFormatTest.VALID);
    Files.writeString(
        dir.resolve("x.en.txt"),
        "---\ntitle: Title\nlang: en\ntranslation-of: x\n---\nFirst.\nSecond.\n");
    Corpus corpus = Corpus.load(dir);
    assertEquals(1, corpus.sources().size());
    Source.Translation translation = corpus.source("x").orElseThrow().translation().orElseThrow();
    assertEquals(List.of("First.", "Second."), translation.paragraphs());
  }

  @Test
  void aTranslationMustAlignParagraphByParagraph() throws IOException {
    Files.writeString(dir.resolve("x.txt"), SourceFormatTest.VALID);
    Files.writeString(
        dir.resolve("x.en.txt"),
        "---\ntitle: Title\nlang: en\ntranslation-of: x\n---\nOnly one.\n");
    Corpus corpus = Corpus.load(dir);
    assertEquals("x.en.txt", corpus.skipped().getFirst().file());
    assertTrue(
        corpus.skipped().getFirst().reason().startsWith("x.en.txt: "), corpus.skipped().toString());
    assertTrue(
        corpus.source("x").orElseThrow().translation().isEmpty(),
        "the original is served without it");
  }

  @Test
  void fingerprintChangesWithTheFilesOnly() throws IOException {
    Files.writeString(dir.resolve("x.txt"), SourceFormatTest.VALID);
    String fingerprint = Corpus.load(dir).fingerprint();
    assertEquals(fingerprint, Corpus.load(dir).fingerprint());
    Files.writeString(dir.resolve("notes.md"), "not a source");
    assertEquals(fingerprint, Corpus.load(dir).fingerprint(), "only *.txt files are sources");
    Files.writeString(dir.resolve("x.txt"), SourceFormatTest.VALID.replace("첫 문단", "첫째 문단"));
    assertNotEquals(fingerprint, Corpus.load(dir).fingerprint());
  }

  @Test
  void aFileNameMustMatchItsId() throws IOException {
    Files.writeString(dir.resolve("y.txt"), SourceFormatTest.VALID);
    String reason = Corpus.load(dir).skipped().getFirst().reason();
    assertTrue(reason.contains("y.txt") && reason.contains("x.txt"), reason);
  }

  @Test
  void whatIsNamedLikeASourceButIsNoFileIsNamedNotPassedOver() throws Exception {
    Files.writeString(dir.resolve("x.txt"), SourceFormatTest.VALID);
    Files.createDirectories(dir.resolve("notes.txt").resolve("inside"));
    Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
    boolean pipe =
        new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start().waitFor() == 0;

    Corpus corpus = Corpus.load(dir); // never waits on the pipe for a writer
    assertEquals(List.of("x"), corpus.sources().stream().map(Source::id).toList());
    assertEquals(
        pipe ? List.of("gone.txt", "notes.txt", "pipe.txt") : List.of("gone.txt", "notes.txt"),
        corpus.skipped().stream().map(Corpus.Skipped::file).toList());
    Corpus.Skipped folder = corpus.skippedFile("notes").orElseThrow();
    assertEquals(Corpus.Skipped.Kind.FOLDER, folder.kind());
    assertEquals(
        "notes.txt: a folder, not a source file; move or delete it by hand", folder.reason());
    assertEquals(
        "gone.txt: cannot be read: not a regular file",
        corpus.skippedFile("gone").orElseThrow().reason());
    assertEquals(
        corpus.fingerprint(), Corpus.fingerprint(dir), "read as sources or not, the same files");
  }

  @Test
  void aMissingFolderIsNamed() {
    Path missing = dir.resolve("nowhere");
    CorpusException e = assertThrows(CorpusException.class, () -> Corpus.load(missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }
}
