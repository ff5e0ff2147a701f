package dev.gwanyong.admin;

import dev.gwanyong.admin.ModerationResult.Problem;
import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.corpus.CorpusFiles;
import dev.gwanyong.corpus.Source;
import dev.gwanyong.index.IndexInfo;
import dev.gwanyong.index.IndexStore;
import dev.gwanyong.index.TextNormalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The reads of {@link ModerationService}: list, show and status, open to everyone and not audited.
 * They take the data folder's lock too, so they never list the corpus folder in the middle of a
 * change.
 */
final class CorpusReports {

  private static final int OPENING_PARAGRAPHS = 2;

  private final CorpusFiles files;
  private final IndexStore store;
  private final AuditLog audit;
  private final CorpusTransactions transactions;

  CorpusReports(
      CorpusFiles files, IndexStore store, AuditLog audit, CorpusTransactions transactions) {
    this.files = files;
    this.store = store;
    this.audit = audit;
    this.transactions = transactions;
  }

  /**
   * The sources whose id or title contains every word of {@code match} (all of them when it is
   * blank), with their paragraph and passage counts; the message shows page {@code page} of {@code
   * perPage}.
   */
  ModerationResult list(String match, int page, int perPage) {
    List<String> words =
        Arrays.stream(fold(match).split("\\s+")).filter(w -> !w.isEmpty()).toList();
    return locked(
        () -> {
          List<Source> sources = Corpus.load(files.folder()).sources();
          List<SourceSummary> found =
              sources.stream()
                  .filter(s -> words.stream().allMatch(fold(s.id() + " " + s.title())::contains))
                  .map(SourceSummary::of)
                  .toList();
          // No-break spaces are not blank to String.isBlank, but fold to plain ones: such a match
          // has no words and lists everything, so the message must not claim that every source
          // "matches" it.
          return new ModerationResult.Listed(
              found, words.isEmpty() ? "" : match, sources.size(), page, perPage);
        });
  }

  /**
   * Text as a listing compares it: normalised as questions are (NFKC, zero-width characters
   * dropped), lower case.
   */
  private static String fold(String text) {
    return TextNormalizer.normalize(text).toLowerCase(Locale.ROOT);
  }

  /** One source's header and opening paragraphs. */
  ModerationResult show(String id) {
    return locked(() -> showUnlocked(id));
  }

  private ModerationResult showUnlocked(String id) {
    if (!Source.isValidId(id)) {
      return new ModerationResult.Rejected(
          Problem.INVALID_ID, AuditedResults.invalidIdReason(id), Optional.empty(), 0);
    }
    Corpus corpus = Corpus.load(files.folder());
    Optional<Corpus.Skipped> skipped = corpus.skippedFile(id);
    if (skipped.isPresent()) {
      // "No source" would contradict status, which names the file: say what is wrong with it, as
      // status does.
      return new ModerationResult.Rejected(
          Problem.INVALID_VALUE, skipped.get().note(), Optional.empty(), 0);
    }
    return corpus
        .source(id)
        .<ModerationResult>map(
            s ->
                new ModerationResult.Shown(
                    SourceSummary.of(s),
                    s.author().orElse(""),
                    s.paragraphs().subList(0, Math.min(OPENING_PARAGRAPHS, s.paragraphs().size()))))
        .orElseGet(
            () ->
                new ModerationResult.Rejected(
                    Problem.UNKNOWN_ID,
                    "No source \"" + SourceIds.echo(id) + "\".",
                    suggestion(id, corpus),
                    0));
  }

  /**
   * Sources, passages, when the index was built, whether it is current, and the last change with
   * who made it.
   */
  ModerationResult status() {
    return locked(this::statusUnlocked);
  }

  private ModerationResult statusUnlocked() {
    // Another process may have changed the corpus and switched the index since we last looked.
    Optional<IndexInfo> index = store.newest();
    Corpus corpus = Corpus.load(files.folder());
    return new ModerationResult.Status(
        corpus.sources().size(),
        index,
        index.isPresent() && store.isCurrent(corpus),
        audit.lastChange(),
        corpus.skipped().stream().map(Corpus.Skipped::note).toList());
  }

  private static Optional<String> suggestion(String id, Corpus corpus) {
    return SourceIds.suggest(id, corpus.sources().stream().map(Source::id).toList());
  }

  private <T> T locked(Supplier<T> work) {
    return transactions.locked(work);
  }
}
