package dev.gwanyong.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.gwanyong.BundledCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled corpus copied into a folder, with a configuration that keeps the index and the logs
 * beside it.
 */
record CorpusCopy(Path corpus, Path config) {

  static CorpusCopy in(Path folder) throws IOException {
    Path corpus = BundledCorpus.copyTo(folder.resolve("corpus"));
    Path config = folder.resolve("gwanyong.yml");
    Files.writeString(
        config,
        "corpus: "
            + corpus
            + "\ndata: "
            + folder.resolve("data")
            + "\nlogs: "
            + folder.resolve("logs")
            + "\n",
        UTF_8);
    return new CorpusCopy(corpus, config);
  }

  /** A run of the command line with this copy's configuration. */
  CliRun run(String... args) {
    return CliRun.withConfig(config, args);
  }
}
