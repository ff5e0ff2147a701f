package dev.gwanyong.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Turns JSON records {@code {id, title, text, url, lang}} into sources of a corpus folder, so any collection (a
 * benchmark's paragraphs, an export) can be served and measured. Paragraphs are the text's non-blank lines.
 */
public final class RecordImporter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RecordImporter() {}

  /** A record to import. */
  public record Record(String id, String title, String text, Optional<String> url, String lang) {}

  /**
   * Reads a JSON-lines file of records.
   *
   * @throws CorpusException naming the line of a malformed record
   */
  public static List<Record> read(Path file) throws IOException {
    List<Record> records = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        JsonNode node = JSON.readTree(lines.get(i));
        if (!node.isObject()) {
          throw new CorpusException(file + ": line " + (i + 1) + ": not a JSON object");
        }
        records.add(
            new Record(
                node.path("id").asText(""),
                node.path("title").asText(""),
                node.path("text").asText(""),
                Optional.of(node.path("url").asText("")).filter(u -> !u.isBlank()),
                node.path("lang").asText("ko")));
      } catch (IOException e) {
        throw new CorpusException(file + ": line " + (i + 1) + ": not a JSON object");
      }
    }
    return records;
  }

  /**
   * Writes each record as a source file in the folder (created if needed).
   *
   * @throws CorpusException naming the record, when its id, title or text is not valid for a source
   */
  public static int write(List<Record> records, Path folder, String licence) throws IOException {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Record record : records) {
      if (!ids.add(record.id())) {
        throw new CorpusException("record id '" + record.id() + "' appears twice; nothing was written");
      }
    }
    Files.createDirectories(folder);
    for (Record record : records) {
      List<String> paragraphs =
          Arrays.stream(record.text().split("\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
      Source source;
      try {
        source =
            new Source(
                record.id(), record.title().strip(), record.lang(), Optional.empty(), record.url(), licence,
                List.of(), paragraphs, 1, Optional.empty());
      } catch (IllegalArgumentException e) {
        throw new CorpusException("record '" + record.id() + "': " + e.getMessage());
      }
      Files.writeString(folder.resolve(Corpus.fileName(source.id())), SourceFormat.format(source), StandardCharsets.UTF_8);
    }
    return records.size();
  }
}
