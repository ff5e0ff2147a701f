package dev.gwanyong.eval;

import dev.gwanyong.corpus.RecordImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tatoeba's aligned English–Korean sentence pairs: each Korean sentence becomes a source of its own, and so can each
 * English one, for asking the pairs the other way round.
 */
public record Tatoeba(List<String> english, List<RecordImporter.Record> korean) {

  public static Tatoeba read(Path englishFile, Path koreanFile) throws IOException {
    List<String> english = Files.readAllLines(englishFile, StandardCharsets.UTF_8);
    List<String> koreanLines = Files.readAllLines(koreanFile, StandardCharsets.UTF_8);
    if (english.size() != koreanLines.size()) {
      throw new IllegalArgumentException(
          "Tatoeba files are not aligned: %d English and %d Korean lines".formatted(english.size(), koreanLines.size()));
    }
    List<RecordImporter.Record> korean = new ArrayList<>();
    for (int i = 0; i < koreanLines.size(); i++) {
      korean.add(new RecordImporter.Record(sourceId(i), "Tatoeba " + (i + 1), koreanLines.get(i), Optional.empty(), "ko"));
    }
    return new Tatoeba(english, korean);
  }

  public static String sourceId(int pair) {
    return "tatoeba-" + (pair + 1);
  }

  /** The English sentences as sources of their own, for Korean sentences to be asked of. */
  public List<RecordImporter.Record> englishSources() {
    List<RecordImporter.Record> sources = new ArrayList<>();
    for (int i = 0; i < english.size(); i++) {
      sources.add(
          new RecordImporter.Record(englishSourceId(i), "Tatoeba " + (i + 1), english.get(i), Optional.empty(), "en"));
    }
    return sources;
  }

  public static String englishSourceId(int pair) {
    return "tatoeba-en-" + (pair + 1);
  }
}
