package dev.gwanyong.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns JSON records {@code {id, title, text, url, lang}} into sources of a corpus folder, so any
 * collection (a benchmark's paragraphs, an export) can be served and measured. Paragraphs are the
 * text's non-blank lines.
 */
public final class RecordImporter {

  private RecordImporter() {}

  /** A record to import. */
  public record Record(String id, String title, String text, Optional<String> url, String lang) {}

  /**
   * Reads a JSON-lines file of records.
   *
   * @throws CorpusException naming the line of a malformed record
   * @throws IllegalArgumentException naming the file, when it is not UTF-8
   */
  public static List<Record> read(Path file) throws IOException {
    List<Record> records = new ArrayList<>();
    List<String> lines = JsonLines.read(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        JsonNode node = JsonLines.object(lines.get(i));
        records.add(
            new Record(
                JsonLines.text(node, "id").orElse(""),
                JsonLines.text(node, "title").orElse(""),
                JsonLines.text(node, "text").orElse(""),
                JsonLines.text(node, "url").filter(u -> !u.isBlank()),
                JsonLines.text(node, "lang").orElse("ko")));
      } catch (IllegalArgumentException e) {
        throw new CorpusException(file + ": line " + (i + 1) + ": " + e.getMessage());
      }
    }
    return records;
  }

  /**
   * The sources the records stand for, every record checked before any is returned, so a bad record
   * anywhere in a file means nothing of it is written.
   *
   * @throws CorpusException naming the first record whose id (also repeated ones), title (blank or
   *     longer than {@link HeaderLimit#TITLE} allows), text, lang or url is not valid for a source,
   *     or a licence longer than {@link HeaderLimit#LICENCE} allows
   */
  public static List<Source> toSources(List<Record> records, String licence) {
    Optional<String> longLicence = HeaderLimit.LICENCE.excess(licence.strip());
    if (longLicence.isPresent()) {
      throw new CorpusException("The " + longLicence.get());
    }
    Set<String> ids = new HashSet<>();
    List<Source> sources = new ArrayList<>();
    for (Record record : records) {
      if (!ids.add(record.id())) {
        throw new CorpusException("record id '" + record.id() + "' appears twice");
      }
      if (!Source.isLanguage(record.lang())) {
        throw new CorpusException(
            "record '" + record.id() + "': lang must be ko or en, not '" + record.lang() + "'");
      }
      Optional<String> longTitle = HeaderLimit.TITLE.excess(record.title().strip());
      if (longTitle.isPresent()) {
        throw new CorpusException("record '" + record.id() + "': the " + longTitle.get());
      }
      List<String> paragraphs =
          Arrays.stream(record.text().split("\\R"))
              .map(String::strip)
              .filter(p -> !p.isEmpty())
              .toList();
      try {
        sources.add(
            new Source(
                record.id(),
                record.title().strip(),
                record.lang(),
                Optional.empty(),
                record.url(),
                licence,
                List.of(),
                paragraphs,
                1,
                Optional.empty()));
      } catch (IllegalArgumentException e) {
        throw new CorpusException("record '" + record.id() + "': " + e.getMessage());
      }
    }
    return sources;
  }

  /**
   * Writes each record as a source file in a scratch folder (created if needed), for benchmarks.
   * The corpus a bot serves is changed only through the moderation service, which writes an import
   * as one step.
   *
   * @throws CorpusException naming a record that is not valid, before anything is written
   */
  public static int write(List<Record> records, Path folder, String licence) throws IOException {
    List<Source> sources = toSources(records, licence);
    Files.createDirectories(folder);
    for (Source source : sources) {
      Files.writeString(
          folder.resolve(Corpus.fileName(source.id())),
          SourceFormat.format(source),
          StandardCharsets.UTF_8);
    }
    return sources.size();
  }
}
