package dev.gwanyong.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gwanyong.search.Evidence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples table holds one line a candidate, with the model's own feature names and values. */
class ExampleTableTest {

  @TempDir Path folder;

  private static Evidence evidence(double sentenceShare, int rank) {
    return new Evidence(
        4,
        0.4,
        1.0 / (rank + 1),
        rank,
        0.1,
        0.2,
        sentenceShare,
        sentenceShare,
        0,
        0.1,
        0.2,
        0,
        0,
        0.3,
        0,
        0,
        0,
        0,
        1,
        1,
        3,
        2,
        1.5,
        false,
        false,
        80,
        248,
        false,
        false,
        false,
        false,
        false,
        0,
        0);
  }

  @Test
  void eachCandidateIsOneLineWithItsQuestionLabelAndFeatures() throws IOException {
    Example answered =
        new Example(
            "A",
            "KorQuAD split",
            "ko",
            true,
            List.of(evidence(0.9, 0), evidence(0.2, 1)),
            List.of(true, false));
    Example unanswerable =
        new Example("B", "Tatoeba split", "en", false, List.of(evidence(0.5, 0)), List.of(false));
    Example empty = new Example("B", "Tatoeba split", "en", false, List.of(), List.of());
    Path file = folder.resolve("not yet/examples.tsv");

    ExampleTable.write(List.of(answered, empty, unanswerable), file);

    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(
        4,
        lines.size(),
        "a header and one line a candidate; a question without candidates has none");
    List<String> header = List.of(lines.getFirst().split("\t"));
    assertEquals(
        List.of("question", "fold", "set", "language", "answerable", "answers"),
        header.subList(0, 6));
    assertEquals(Features.NAMES, header.subList(6, header.size()));
    String[] first = lines.get(1).split("\t");
    assertEquals(
        List.of("0", "A", "KorQuAD split", "ko", "true", "1"), List.of(first).subList(0, 6));
    assertEquals(
        (float) Features.of(evidence(0.9, 0))[Features.NAMES.indexOf("sentence_share")],
        Float.parseFloat(first[6 + Features.NAMES.indexOf("sentence_share")]));
    assertEquals("0", lines.get(2).split("\t")[5], "the second candidate does not answer");
    assertEquals(
        List.of("2", "B", "Tatoeba split", "en", "false", "0"),
        List.of(lines.get(3).split("\t")).subList(0, 6),
        "questions keep their number in the examples");
  }
}
