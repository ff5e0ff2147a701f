package dev.gwanyong.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON-lines records {@code {id, title, text, url, lang}} become sources that {@link Corpus#load}
 * reads back.
 */
class RecordImporterTest {

  @TempDir Path folder;

  private Path jsonl(String... lines) throws IOException {
    Path file = folder.resolve("records.jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n", UTF_8);
    return file;
  }

  @Test
  void recordsBecomeSourcesThatTheCorpusLoads() throws IOException {
    Path file =
        jsonl(
            "{\"id\": \"village-library\", \"title\": \"햇살마을 도서관\", \"text\": \"도서관은 아홉 시에 연다.\\n"
                + "\\n"
                + "  빵집은 일 층에 있다.  \\n"
                + "자전거는 무료로 빌린다.\", \"url\": \"https://example.org/library\", \"lang\": \"ko\"}",
            "",
            "{\"id\": \"concert\", \"title\": \"Village concert\", \"text\": \"Grandpa played the"
                + " harmonica.\", \"lang\": \"en\"}",
            "{\"id\": \"no-lang\", \"title\": \"언어 없음\", \"text\": \"한국어 문장.\"}");
    List<RecordImporter.Record> records = RecordImporter.read(file);
    assertEquals(3, records.size());
    assertEquals(Optional.empty(), records.get(1).url());
    assertEquals("ko", records.get(2).lang(), "ko when a record names no language");

    Path corpusFolder = folder.resolve("corpus");
    assertEquals(3, RecordImporter.write(records, corpusFolder, "test licence"));
    Corpus corpus = Corpus.load(corpusFolder);
    assertEquals(3, corpus.sources().size());

    Source library = corpus.source("village-library").orElseThrow();
    assertEquals("햇살마을 도서관", library.title());
    assertEquals(List.of("도서관은 아홉 시에 연다.", "빵집은 일 층에 있다.", "자전거는 무료로 빌린다."), library.paragraphs());
    assertEquals(Optional.of("https://example.org/library"), library.url());
    assertEquals("test licence", library.licence());
    assertEquals("ko", library.language());

    Source concert = corpus.source("concert").orElseThrow();
    assertEquals("en", concert.language());
    assertEquals(Optional.empty(), concert.url());
    assertEquals(List.of("Grandpa played the harmonica."), concert.paragraphs());
  }

  @Test
  void aLineThatIsNotJsonIsNamedByFileAndLine() throws IOException {
    Path file =
        jsonl("{\"id\": \"a\", \"title\": \"A\", \"text\": \"가.\"}", "{\"id\": \"b\", \"title\": ");
    CorpusException e = assertThrows(CorpusException.class, () -> RecordImporter.read(file));
    assertTrue(e.getMessage().contains("records.jsonl"), e.getMessage());
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void aRecordWithABadIdIsNamed() throws IOException {
    List<RecordImporter.Record> records =
        RecordImporter.read(
            jsonl("{\"id\": \"Village Library!\", \"title\": \"도서관\", \"text\": \"가.\"}"));
    CorpusException e =
        assertThrows(
            CorpusException.class, () -> RecordImporter.write(records, folder.resolve("out"), "l"));
    assertTrue(e.getMessage().contains("'Village Library!'"), e.getMessage());
    assertTrue(e.getMessage().contains("lower-case"), e.getMessage());
  }

  @Test
  void aRecordWithoutTextOrTitleIsNamed() throws IOException {
    List<RecordImporter.Record> noText =
        RecordImporter.read(jsonl("{\"id\": \"empty\", \"title\": \"빈 글\", \"text\": \"  \\n \"}"));
    CorpusException e =
        assertThrows(
            CorpusException.class, () -> RecordImporter.write(noText, folder.resolve("out"), "l"));
    assertTrue(
        e.getMessage().contains("'empty'") && e.getMessage().contains("no text"), e.getMessage());

    List<RecordImporter.Record> noTitle =
        RecordImporter.read(jsonl("{\"id\": \"untitled\", \"text\": \"가.\"}"));
    e =
        assertThrows(
            CorpusException.class,
            () -> RecordImporter.write(noTitle, folder.resolve("out2"), "l"));
    assertTrue(
        e.getMessage().contains("'untitled'") && e.getMessage().contains("no title"),
        e.getMessage());
  }

  @Test
  void aJsonLineThatIsNotAnObjectIsNamedByLine() throws IOException {
    Path file =
        jsonl("{\"id\": \"a\", \"title\": \"A\", \"text\": \"가.\"}", "[\"b\", \"B\", \"나.\"]");
    CorpusException e = assertThrows(CorpusException.class, () -> RecordImporter.read(file));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void twoRecordsWithOneIdAreRefused() throws IOException {
    List<RecordImporter.Record> records =
        RecordImporter.read(
            jsonl(
                "{\"id\": \"dup\", \"title\": \"첫째\", \"text\": \"가.\"}",
                "{\"id\": \"dup\", \"title\": \"둘째\", \"text\": \"나.\"}"));
    CorpusException e =
        assertThrows(
            CorpusException.class, () -> RecordImporter.write(records, folder.resolve("out"), "l"));
    assertTrue(e.getMessage().contains("dup"), e.getMessage());
  }

  @Test
  void aTitleWithALineBreakStillGivesALoadableSource() throws IOException {
    List<RecordImporter.Record> records =
        RecordImporter.read(
            jsonl("{\"id\": \"two-lines\", \"title\": \"첫 줄\\n둘째 줄\", \"text\": \"가.\"}"));
    Path out = folder.resolve("out");
    try {
      RecordImporter.write(records, out, "l");
    } catch (CorpusException e) {
      assertTrue(e.getMessage().contains("two-lines"), e.getMessage());
      return; // refusing the record with a clear message is fine too
    }
    Source source = Corpus.load(out).source("two-lines").orElseThrow();
    assertTrue(source.title().startsWith("첫 줄"), source.title());
    assertEquals(List.of("가."), source.paragraphs());
  }
}
