package dev.gwanyong.cli;

import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.corpus.RecordImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code index import FILE.jsonl}: turns {@code {id, title, text, url, lang}} records into sources of the corpus
 * folder, so any collection can be served and benchmarked. Existing sources are never overwritten.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import JSON-lines records as sources.")
final class ImportCommand implements Callable<Integer> {

  @Mixin SharedOptions shared;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE.jsonl", description = "One {id, title, text, url, lang} object a line.")
  java.nio.file.Path file;

  @Option(names = "--licence", description = "Licence note for every imported source (default: ${DEFAULT-VALUE}).")
  String licence = "imported; see the collection's own licence";

  @Override
  public Integer call() throws IOException {
    BenchInputs.requireFile(spec, file);
    GwanyongConfig config = shared.load();
    List<RecordImporter.Record> records = RecordImporter.read(file);
    for (RecordImporter.Record record : records) {
      if (Files.exists(config.corpus().resolve(Corpus.fileName(record.id())))) {
        throw new ParameterException(spec.commandLine(),
            "source '" + record.id() + "' already exists in " + config.corpus() + "; nothing was imported");
      }
    }
    int written = RecordImporter.write(records, config.corpus(), licence);
    spec.commandLine().getOut().printf(
        "Imported %d sources into %s. The index is rebuilt at the next start, or now with `index rebuild`.%n",
        written, config.corpus());
    return 0;
  }
}
