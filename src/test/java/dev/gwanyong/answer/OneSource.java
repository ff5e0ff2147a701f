package dev.gwanyong.answer;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.gwanyong.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A corpus of one English source written for a test, one paragraph a line, and the answer service
 * over it.
 */
final class OneSource {

  private OneSource() {}

  /**
   * Writes the source into {@code folder}'s corpus and opens the service, its index in {@code
   * folder}'s data.
   */
  static AnswerService open(Path folder, String id, String... paragraphs) throws IOException {
    Path corpus = Files.createDirectories(folder.resolve("corpus"));
    Files.writeString(
        corpus.resolve(id + ".txt"),
        """
        ---
        id: %s
        title: %s
        lang: en
        licence: written for the Gwanyong tests
        ---
        %s
        """
            .formatted(id, id, String.join("\n", paragraphs)),
        UTF_8);
    Map<String, Object> flags =
        Map.of("corpus", corpus.toString(), "data", folder.resolve("data").toString());
    return AnswerService.open(new ConfigLoader(Map.of()).load(flags));
  }
}
