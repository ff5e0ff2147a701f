package dev.gwanyong.calibration;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code calibrate}'s examples as a table, one candidate a line with its question's fold,
 * set, language and answerability, its label and its {@link Features}: the input of analyses
 * outside Java, such as the search for feature products ({@code
 * scripts/calibration/feature-products.py}). A question without candidates is left out, as it has
 * nothing to rank.
 */
public final class ExampleTable {

  private ExampleTable() {}

  /**
   * Writes the table, creating its folder if needed, as {@code bench selective} does for its plot.
   */
  public static void write(List<Example> examples, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          "question\tfold\tset\tlanguage\tanswerable\tanswers\t"
              + String.join("\t", Features.NAMES));
      out.newLine();
      for (int q = 0; q < examples.size(); q++) {
        Example e = examples.get(q);
        for (int i = 0; i < e.candidates().size(); i++) {
          StringBuilder line =
              new StringBuilder()
                  .append(q)
                  .append('\t')
                  .append(e.fold())
                  .append('\t')
                  .append(e.set())
                  .append('\t')
                  .append(e.language())
                  .append('\t')
                  .append(e.answerable())
                  .append('\t')
                  .append(e.answers().get(i) ? 1 : 0);
          for (double feature : Features.of(e.candidates().get(i))) {
            line.append('\t').append((float) feature);
          }
          out.write(line.toString());
          out.newLine();
        }
      }
    }
  }
}
