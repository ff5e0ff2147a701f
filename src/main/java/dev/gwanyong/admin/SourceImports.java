package dev.gwanyong.admin;

import dev.gwanyong.admin.ModerationResult.Problem;
import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.corpus.CorpusChange;
import dev.gwanyong.corpus.CorpusException;
import dev.gwanyong.corpus.CorpusFiles;
import dev.gwanyong.corpus.RecordImporter;
import dev.gwanyong.corpus.Source;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The import of {@link ModerationService}: many records as sources in one step, checked as a whole
 * before any is written, as {@link SourceChanges} checks one source.
 */
final class SourceImports {

  private final CorpusFiles files;
  private final ModeratorPolicy policy;
  private final CorpusTransactions transactions;
  private final AuditedResults results;

  SourceImports(
      CorpusFiles files,
      ModeratorPolicy policy,
      CorpusTransactions transactions,
      AuditedResults results) {
    this.files = files;
    this.policy = policy;
    this.transactions = transactions;
    this.results = results;
  }

  /**
   * Imports records as sources in one step: every record is checked first, the files are written
   * and the index rebuilt under the lock, and the import is audited once with its count. Ids
   * already in the corpus are refused unless {@code replace} is set; a source carrying a
   * translation is never replaced, which would misalign it.
   */
  ModerationResult importRecords(
      Actor actor, List<RecordImporter.Record> records, String licence, boolean replace) {
    if (!policy.mayChange(actor)) {
      return results.denied(actor, "import", "");
    }
    List<Source> sources;
    try {
      sources = RecordImporter.toSources(records, licence);
    } catch (CorpusException e) {
      return results.reject(
          actor,
          "import",
          "",
          Problem.INVALID_VALUE,
          e.getMessage() + "; nothing was imported.",
          Optional.empty());
    }
    if (sources.isEmpty()) {
      return results.reject(
          actor,
          "import",
          "",
          Problem.EMPTY_TEXT,
          "There are no records to import.",
          Optional.empty());
    }
    return transactions.locked(
        () -> {
          Corpus corpus = Corpus.load(files.folder());
          List<String> existing =
              sources.stream()
                  .map(Source::id)
                  .filter(id -> Files.exists(files.folder().resolve(Corpus.fileName(id))))
                  .toList();
          if (!existing.isEmpty() && !replace) {
            return results.reject(
                actor,
                "import",
                "",
                Problem.DUPLICATE_ID,
                "%d of these ids are sources already (%s); nothing was imported. Import with --replace to replace them."
                    .formatted(
                        existing.size(),
                        String.join(", ", existing.subList(0, Math.min(5, existing.size())))),
                Optional.empty());
          }
          Optional<String> unreplaceable =
              existing.stream()
                  .flatMap(
                      id -> corpus.skippedFile(id).flatMap(SourceChanges::unreplaceable).stream())
                  .findFirst();
          if (unreplaceable.isPresent()) {
            return results.reject(
                actor,
                "import",
                "",
                Problem.INVALID_VALUE,
                unreplaceable.get() + ". Nothing was imported.",
                Optional.empty());
          }
          Optional<String> translated =
              existing.stream()
                  .filter(id -> corpus.source(id).flatMap(Source::translation).isPresent())
                  .findFirst();
          if (translated.isPresent()) {
            return results.reject(
                actor,
                "import",
                translated.get(),
                Problem.TRANSLATION_MISMATCH,
                translated.get()
                    + " carries a translation aligned paragraph by paragraph; an import cannot"
                    + " replace it. Nothing was imported.",
                Optional.empty());
          }
          Optional<ModerationResult> sameText = sameTextImported(actor, corpus, sources);
          if (sameText.isPresent()) {
            return sameText.get();
          }
          String summary = "%d sources".formatted(sources.size());
          return switch (transactions.apply(
              actor, "import", "", summary, CorpusChange.writing(sources))) {
            case CorpusTransactions.Done(var done) ->
                new ModerationResult.Imported(sources.size(), existing.size(), done.seq());
            case CorpusTransactions.Failed failed -> SourceChanges.failed(failed);
          };
        });
  }

  /**
   * An import's refusal when one of its records has the text of another record or of a source it
   * does not replace, paragraph for paragraph: as with an add, a second copy would only cite
   * everything twice.
   */
  private Optional<ModerationResult> sameTextImported(
      Actor actor, Corpus corpus, List<Source> sources) {
    Set<String> imported = sources.stream().map(Source::id).collect(Collectors.toSet());
    Map<List<String>, Source> byText = new HashMap<>();
    corpus.sources().stream()
        .filter(s -> !imported.contains(s.id()))
        .forEach(s -> byText.putIfAbsent(s.paragraphs(), s));
    for (Source source : sources) {
      Source earlier = byText.putIfAbsent(source.paragraphs(), source);
      if (earlier != null) {
        String same =
            imported.contains(earlier.id())
                ? "record \""
                    + earlier.id()
                    + "\"; nothing was imported. Leave one of them out of the file."
                : "source \""
                    + earlier.id()
                    + "\" ("
                    + earlier.title()
                    + "); nothing was imported. Leave the record out"
                    + " of the file, or remove that source first.";
        return Optional.of(
            results.reject(
                actor,
                "import",
                source.id(),
                Problem.DUPLICATE_TEXT,
                "Record \"" + source.id() + "\" has the same text as " + same,
                Optional.empty()));
      }
    }
    return Optional.empty();
  }
}
