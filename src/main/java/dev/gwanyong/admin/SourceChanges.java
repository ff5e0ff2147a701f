package dev.gwanyong.admin;

import dev.gwanyong.admin.ModerationResult.Problem;
import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.corpus.CorpusChange;
import dev.gwanyong.corpus.CorpusException;
import dev.gwanyong.corpus.CorpusFiles;
import dev.gwanyong.corpus.PrintableText;
import dev.gwanyong.corpus.Source;
import dev.gwanyong.index.IndexInfo;
import dev.gwanyong.index.IndexStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The changes of {@link ModerationService} to single sources: add, update, remove, and rebuild.
 * Each is permission-checked by {@link ModeratorPolicy} first and audited whatever its outcome;
 * input is checked and read (a page fetched) by {@link ChangeInputs} before the data folder's lock
 * is taken, and the change itself is one step of {@link CorpusTransactions} under it.
 */
final class SourceChanges {

  private static final Logger LOG = Logger.getLogger(SourceChanges.class.getName());

  private final CorpusFiles files;
  private final IndexStore store;
  private final ModeratorPolicy policy;
  private final AuditLog audit;
  private final ChangeInputs inputs;
  private final CorpusTransactions transactions;
  private final AuditedResults results;

  SourceChanges(
      CorpusFiles files,
      IndexStore store,
      ModeratorPolicy policy,
      AuditLog audit,
      ChangeInputs inputs,
      CorpusTransactions transactions,
      AuditedResults results) {
    this.files = files;
    this.store = store;
    this.policy = policy;
    this.audit = audit;
    this.inputs = inputs;
    this.transactions = transactions;
    this.results = results;
  }

  /**
   * An add refused because its id is taken: by a source, or by a file that is not a valid one,
   * named as such.
   */
  private ModerationResult taken(Actor actor, String id, Corpus corpus) {
    return corpus
        .skippedFile(id)
        .map(skipped -> results.occupied(actor, id, skipped))
        .orElseGet(() -> results.duplicate(actor, id));
  }

  /**
   * Adds a new source from text, an upload or a URL; the id is derived from the URL or title when
   * not given.
   */
  ModerationResult add(Actor actor, SourceInput input, SourceFields fields) {
    String named = fields.id().orElse("");
    if (!policy.mayChange(actor)) {
      return results.denied(actor, "add", named);
    }
    Optional<ModerationResult> invalid = inputs.check(actor, "add", fields);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    if (fields.id().isPresent() && Files.exists(files.folder().resolve(Corpus.fileName(named)))) {
      return taken(
          actor,
          named,
          Corpus.load(files.folder())); // said before a page is fetched; checked again below
    }
    SourceText.Outcome read = inputs.read(input);
    if (read instanceof SourceText.Problematic(Problem problem, String reason)) {
      return results.reject(actor, "add", named, problem, reason, Optional.empty());
    }
    SourceText.Read text = (SourceText.Read) read;
    SourceFields given = fields.orElse(text.header());
    Optional<ModerationResult> invalidHeader = inputs.check(actor, "add", given);
    if (invalidHeader.isPresent()) {
      return invalidHeader.get();
    }
    return locked(
        () -> {
          Corpus corpus = Corpus.load(files.folder());
          List<String> ids = corpus.sources().stream().map(Source::id).toList();
          String id =
              given
                  .id()
                  .orElseGet(
                      () ->
                          SourceIds.free(
                              SourceIds.derive(text.url(), ChangeInputs.title(given, text)), ids));
          if (ids.contains(id) || Files.exists(files.folder().resolve(Corpus.fileName(id)))) {
            return taken(actor, id, corpus);
          }
          Optional<Source> same = sameText(corpus, text.text().paragraphs(), id);
          if (same.isPresent()) {
            return results.sameText(actor, "add", id, same.get());
          }
          return write(
              actor,
              "add",
              id,
              () -> ChangeInputs.newSource(id, text, given),
              ModerationResult.Added::new);
        });
  }

  /**
   * A source other than {@code except} whose paragraphs these are, as a source would write them, if
   * there is one.
   */
  private static Optional<Source> sameText(Corpus corpus, List<String> paragraphs, String except) {
    List<String> written = paragraphs.stream().map(PrintableText::printable).toList();
    return corpus.sources().stream()
        .filter(s -> !s.id().equals(except) && s.paragraphs().equals(written))
        .findFirst();
  }

  /**
   * Replaces a source's text (from text, an upload or a URL) and/or header values; what is not
   * given is kept.
   */
  ModerationResult update(
      Actor actor, String id, Optional<SourceInput> input, SourceFields fields) {
    if (!policy.mayChange(actor)) {
      return results.denied(actor, "update", id);
    }
    if (!Source.isValidId(id)) {
      return results.invalidId(actor, "update", id);
    }
    if (fields.id().isPresent() && !fields.id().get().equals(id)) {
      return results.reject(
          actor,
          "update",
          id,
          Problem.INVALID_VALUE,
          "An update cannot rename a source; add it under the new id and remove the old one.",
          Optional.empty());
    }
    Optional<ModerationResult> invalid = inputs.check(actor, "update", fields);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    if (input.isEmpty() && !fields.changesHeader()) {
      return results.reject(
          actor,
          "update",
          id,
          Problem.INVALID_VALUE,
          "Nothing to update: give new text, a file or a URL, or a new title, lang, licence or"
              + " author.",
          Optional.empty());
    }
    Optional<SourceText.Read> text = Optional.empty();
    if (input.isPresent()) {
      SourceText.Outcome read = inputs.read(input.get());
      if (read instanceof SourceText.Problematic(Problem problem, String reason)) {
        return results.reject(actor, "update", id, problem, reason, Optional.empty());
      }
      text = Optional.of((SourceText.Read) read);
    }
    Optional<SourceText.Read> newText = text;
    return locked(
        () -> {
          Corpus corpus = Corpus.load(files.folder());
          Optional<Source> existing = corpus.source(id);
          Optional<Corpus.Skipped> skipped = corpus.skippedFile(id);
          if (existing.isEmpty() && skipped.isPresent()) {
            return replaceInvalid(actor, skipped.get(), id, newText, fields);
          }
          if (existing.isEmpty()) {
            return results.unknown(actor, "update", id, corpus);
          }
          Source old = existing.get();
          if (newText.isPresent() && old.translation().isPresent()) {
            return results.reject(
                actor,
                "update",
                id,
                Problem.TRANSLATION_MISMATCH,
                id
                    + " carries a translation aligned paragraph by paragraph; new text would no"
                    + " longer match it. Edit both files together and run reindex, or remove it and"
                    + " add it again.",
                Optional.empty());
          }
          Optional<Source> same = newText.flatMap(t -> sameText(corpus, t.text().paragraphs(), id));
          if (same.isPresent()) {
            return results.sameText(actor, "update", id, same.get());
          }
          return write(
              actor,
              "update",
              id,
              () ->
                  new Source(
                      id,
                      fields
                          .title()
                          .map(t -> ChangeInputs.title(Optional.of(t), List.of()))
                          .orElse(old.title()),
                      fields.language().orElse(old.language()),
                      fields.author().or(old::author),
                      newText.flatMap(SourceText.Read::url).or(old::url),
                      fields.licence().orElse(old.licence()),
                      old.references(),
                      newText.map(t -> t.text().paragraphs()).orElse(old.paragraphs()),
                      0,
                      // The translation is a file of its own, left as it is: only new text would
                      // misalign it, and that is refused above.
                      old.translation()),
              ModerationResult.Updated::new);
        });
  }

  /** Removes a source and its translation files; the last source cannot be removed. */
  ModerationResult remove(Actor actor, String id) {
    if (!policy.mayChange(actor)) {
      return results.denied(actor, "remove", id);
    }
    if (!Source.isValidId(id)) {
      return results.invalidId(actor, "remove", id);
    }
    return locked(
        () -> {
          Corpus corpus = Corpus.load(files.folder());
          Optional<Corpus.Skipped> skipped = corpus.skippedFile(id);
          if (skipped.isPresent() && skipped.get().kind() == Corpus.Skipped.Kind.FOLDER) {
            // Whatever is in it was not put there as a source: deleting it is the operator's call,
            // not a command's.
            return results.reject(
                actor,
                "remove",
                id,
                Problem.INVALID_VALUE,
                skipped.get().reason() + ".",
                Optional.empty());
          }
          if (corpus.source(id).isEmpty() && skipped.isPresent()) {
            // A file that is not a valid source: nothing of it is served, so it goes on its own.
            return removed(actor, id, List.of(Corpus.fileName(id)));
          }
          if (corpus.source(id).isEmpty()) {
            return results.unknown(actor, "remove", id, corpus);
          }
          if (corpus.sources().size() == 1) {
            return results.reject(
                actor,
                "remove",
                id,
                Problem.LAST_SOURCE,
                id
                    + " is the last source; add another before removing it, so there is always"
                    + " something to answer from.",
                Optional.empty());
          }
          List<String> touched = new ArrayList<>(translations(id));
          touched.add(
              Corpus.fileName(id)); // translations first: every step leaves a loadable corpus
          return removed(actor, id, touched);
        });
  }

  private ModerationResult removed(Actor actor, String id, List<String> touched) {
    return switch (transactions.apply(
        actor, "remove", id, "removed", CorpusChange.deleting(touched))) {
      case CorpusTransactions.Done(var done) -> new ModerationResult.Removed(id, done.seq());
      case CorpusTransactions.Failed failed -> failed(failed);
    };
  }

  /**
   * Replaces a file that is not a valid source (a hand edit gone wrong) with a new one: its old
   * header cannot be trusted, so this takes new text, and the title, lang and licence from the
   * fields or, failing that, the text.
   */
  private ModerationResult replaceInvalid(
      Actor actor,
      Corpus.Skipped skipped,
      String id,
      Optional<SourceText.Read> text,
      SourceFields fields) {
    Optional<String> unreplaceable = unreplaceable(skipped);
    if (unreplaceable.isPresent()) {
      return results.reject(
          actor, "update", id, Problem.INVALID_VALUE, unreplaceable.get() + ".", Optional.empty());
    }
    if (text.isEmpty()) {
      return results.reject(
          actor,
          "update",
          id,
          Problem.INVALID_VALUE,
          Corpus.fileName(id)
              + " is not a valid source file, so there is nothing to keep: give its whole text"
              + " (text, a file or a URL), or remove it.",
          Optional.empty());
    }
    return write(
        actor,
        "update",
        id,
        () -> ChangeInputs.newSource(id, text.get(), fields),
        ModerationResult.Updated::new);
  }

  /** Rebuilds the index from the source files, as they are. */
  ModerationResult rebuild(Actor actor) {
    if (!policy.mayChange(actor)) {
      return results.denied(actor, "rebuild", "");
    }
    return locked(
        () -> {
          Corpus corpus;
          try {
            corpus = Corpus.load(files.folder());
          } catch (CorpusException e) {
            return results.failed(
                actor, "rebuild", "", "The sources cannot be read: " + e.getMessage() + ".");
          }
          IndexInfo info;
          try {
            info = store.rebuild(corpus);
          } catch (RuntimeException e) {
            String incident = CorpusTransactions.incident();
            LOG.log(
                Level.SEVERE,
                "incident " + incident + ": rebuild failed; the old index stays live",
                e);
            return results.failed(
                actor,
                "rebuild",
                "",
                "The index could not be rebuilt (incident " + incident + ").");
          }
          String summary =
              "%d sources, %d passages in %d ms"
                  .formatted(info.sources(), info.passages(), info.buildMillis());
          long seq = audit.record(actor, "rebuild", "", AuditLog.Outcome.ALLOWED, summary).seq();
          return new ModerationResult.Rebuilt(
              info.sources(), info.passages(), info.buildMillis(), seq);
        });
  }

  /**
   * Writes the source the values make as one audited step. Values that cannot make one, such as a
   * title or a paragraph of control characters only (which {@link Source} would write as blank,
   * leaving a file that does not read back), are refused and audited like any other bad input, not
   * thrown.
   */
  private ModerationResult write(
      Actor actor,
      String action,
      String id,
      Supplier<Source> values,
      BiFunction<SourceSummary, Long, ModerationResult> made) {
    Source source;
    try {
      source = values.get();
    } catch (IllegalArgumentException e) {
      return results.reject(
          actor,
          action,
          id,
          Problem.INVALID_VALUE,
          "Nothing was changed: " + e.getMessage() + ".",
          Optional.empty());
    }
    String counts = ModerationResult.counts(SourceSummary.of(source));
    return switch (transactions.apply(
        actor, action, source.id(), counts, CorpusChange.writing(List.of(source)))) {
      case CorpusTransactions.Done(var done) -> made.apply(SourceSummary.of(source), done.seq());
      case CorpusTransactions.Failed failed -> failed(failed);
    };
  }

  /**
   * A change that failed and was rolled back (its audit line, if the log could be written, is
   * already there), with the cause when the moderator can be told it: else they could only quote
   * the incident id.
   */
  static ModerationResult failed(CorpusTransactions.Failed failed) {
    String cause = failed.cause().map(c -> ": " + c).orElse("");
    return new ModerationResult.Failed(
        "The change could not be applied" + cause + " (incident " + failed.incident() + ").",
        failed.seq());
  }

  private <T> T locked(Supplier<T> work) {
    return transactions.locked(work);
  }

  private List<String> translations(String id) {
    try {
      return files.translationsOf(id);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the translations of " + id, e);
    }
  }

  /**
   * Why a change cannot write a source where a skipped file is, if it cannot: a folder is not the
   * moderators' to replace, and a file the process cannot read leaves no bytes to roll back to (it
   * can be removed first).
   */
  static Optional<String> unreplaceable(Corpus.Skipped skipped) {
    return switch (skipped.kind()) {
      case INVALID -> Optional.empty();
      case UNREADABLE ->
          Optional.of(
              skipped.reason()
                  + "; a file that cannot be read cannot be replaced: remove it, then add the"
                  + " source again");
      case FOLDER -> Optional.of(skipped.reason());
    };
  }
}
