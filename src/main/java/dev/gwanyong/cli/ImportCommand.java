package dev.gwanyong.cli;

import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.corpus.RecordImporter;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code index import FILE.jsonl}: turns {@code {id, title, text, url, lang}} records into sources
 * of the corpus folder, so any collection can be served and benchmarked. The import goes through
 * the moderation service as one audited step: all records or none. Existing sources are refused
 * unless {@code --replace} is given.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Import JSON-lines records as sources.")
final class ImportCommand implements Callable<Integer> {

  @Mixin SharedOptions shared;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "FILE.jsonl",
      description = "One {id, title, text, url, lang} object a line.")
  java.nio.file.Path file;

  @Option(
      names = "--licence",
      description = "Licence note for every imported source (default: ${DEFAULT-VALUE}).")
  String licence = "imported; see the collection's own licence";

  @Option(names = "--replace", description = "Replace sources whose ids are already in the corpus.")
  boolean replace;

  @Override
  public Integer call() throws IOException {
    FileArguments.requireFile(spec, file);
    GwanyongConfig config = shared.load();
    List<RecordImporter.Record> records = RecordImporter.read(file);
    return ModerationRunner.run(
        spec, config, (service, actor) -> service.importRecords(actor, records, licence, replace));
  }
}
