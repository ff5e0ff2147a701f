package dev.gwanyong.admin;

import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.corpus.CorpusFiles;
import dev.gwanyong.corpus.RecordImporter;
import dev.gwanyong.index.IndexStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one moderation service every front end uses: add, update and remove sources, list and show
 * them, rebuild the index and report its status. Changes are permission-checked by {@link
 * ModeratorPolicy}, written to the {@link AuditLog} whatever their outcome, serialised (by the data
 * folder's lock, held in this process and across processes, so a CLI run and a server do not
 * interleave), written atomically to the corpus folder and made searchable at once by rebuilding
 * the index beside the live one; questions go on being answered meanwhile, from the old reader
 * until the swap. A failed rebuild rolls the files back. Reading (list, show, status) is open to
 * everyone.
 *
 * <p>This class is the front: it wires the service, runs {@code /kb} commands and hands each call
 * to {@link SourceChanges} (the changes) or {@link CorpusReports} (the reads).
 */
public final class ModerationService implements AutoCloseable {

  /**
   * Sources a chat listing shows at a time: ten lines of an id of up to 64 characters, a title cut
   * to 60 and counts fit in Discord's 2,000 characters, where fifteen would have the last cut off,
   * and a corpus of thousands of sources is paged rather than cut off. (Discord's escaping can
   * double a title of markdown characters; the adapter then sends the page as two messages.)
   */
  private static final int CHAT_PAGE = 10;

  private final ModeratorPolicy policy;
  private final AuditLog audit;
  private final UrlFetcher fetcher;
  private final AuditedResults results;
  private final SourceChanges changes;
  private final SourceImports imports;
  private final CorpusReports reports;

  /**
   * @param corpus the corpus folder, the record of truth
   * @param store the store serving questions; rebuilt after every change
   * @param policy who may change the corpus
   * @param audit where attempts are recorded
   * @param fetcher fetches URLs for {@code add url:…}
   * @param maxSourceBytes the largest text, upload or page accepted
   */
  public ModerationService(
      Path corpus,
      IndexStore store,
      ModeratorPolicy policy,
      AuditLog audit,
      UrlFetcher fetcher,
      long maxSourceBytes) {
    CorpusFiles files = new CorpusFiles(corpus);
    CorpusTransactions transactions = new CorpusTransactions(files, store, audit);
    this.policy = policy;
    this.audit = audit;
    this.fetcher = fetcher;
    this.results = new AuditedResults(audit);
    this.changes =
        new SourceChanges(
            files,
            store,
            policy,
            audit,
            new ChangeInputs(fetcher, new SourceText(maxSourceBytes), results),
            transactions,
            results);
    this.imports = new SourceImports(files, policy, transactions, results);
    this.reports = new CorpusReports(files, store, audit, transactions);
    transactions.recover();
  }

  /** Wires the service from the configuration, around the store that answers questions. */
  public static ModerationService open(GwanyongConfig config, IndexStore store) {
    return new ModerationService(
        config.corpus(),
        store,
        new ModeratorPolicy(config.moderators()),
        new AuditLog(config.logs(), Clock.systemUTC()),
        new UrlFetcher(UrlFetcher.Limits.of(config.moderation())),
        config.moderation().maxSourceKib() * 1024L);
  }

  /** Parses the text after {@code /kb} and runs it, as {@link #attempt} does. */
  public ModerationResult handle(Actor actor, String kbText) {
    return attempt(actor, KbCommandParser.verb(kbText), () -> KbCommandParser.parse(kbText));
  }

  /**
   * Runs one {@code /kb} attempt, auditing every attempt that could change something. Permission
   * comes first: a sender who is not a moderator and whose command word is not a read is refused
   * before anything is parsed or fetched. A command that does not parse gives {@link
   * ModerationResult.Usage} and is audited as rejected.
   *
   * @param verb the command word the sender used ({@code add}, {@code list}, or anything they
   *     typed)
   * @param parse parses the whole command, called only once the sender may run it
   */
  public ModerationResult attempt(
      Actor actor, String verb, Supplier<KbCommandParser.Result> parse) {
    String action = verb.isBlank() ? "kb" : verb.strip().toLowerCase(Locale.ROOT);
    if (!KbCommandParser.isRead(verb) && !policy.mayChange(actor)) {
      return results.denied(actor, action, "");
    }
    return switch (parse.get()) {
      case KbCommandParser.Parsed(KbCommand command) -> handle(actor, command);
      case KbCommandParser.Invalid(String message) -> {
        audit.record(actor, action, "", AuditLog.Outcome.REJECTED, message);
        yield new ModerationResult.Usage(message);
      }
    };
  }

  /** Whether an actor may change the corpus: asked before fetching anything on their behalf. */
  public boolean mayChange(Actor actor) {
    return policy.mayChange(actor);
  }

  /** Runs a command for an actor. */
  public ModerationResult handle(Actor actor, KbCommand command) {
    return switch (command) {
      case KbCommand.Add add -> add(actor, add.input(), add.fields());
      case KbCommand.Update update -> update(actor, update.id(), update.input(), update.fields());
      case KbCommand.Remove remove -> remove(actor, remove.id());
      case KbCommand.ListSources list -> list(list.match(), list.page(), CHAT_PAGE);
      case KbCommand.Show show -> show(show.id());
      case KbCommand.Reindex ignored -> rebuild(actor);
      case KbCommand.Status ignored -> status();
      case KbCommand.Help ignored -> new ModerationResult.Usage(KbCommandParser.USAGE);
    };
  }

  /**
   * Adds a new source from text, an upload or a URL; the id is derived from the URL or title when
   * not given.
   */
  public ModerationResult add(Actor actor, SourceInput input, SourceFields fields) {
    return changes.add(actor, input, fields);
  }

  /**
   * Replaces a source's text (from text, an upload or a URL) and/or header values; what is not
   * given is kept.
   */
  public ModerationResult update(
      Actor actor, String id, Optional<SourceInput> input, SourceFields fields) {
    return changes.update(actor, id, input, fields);
  }

  /** Removes a source and its translation files; the last source cannot be removed. */
  public ModerationResult remove(Actor actor, String id) {
    return changes.remove(actor, id);
  }

  /**
   * Imports records as sources in one step: every record is checked first, the files are written
   * and the index rebuilt under the lock, and the import is audited once with its count. Ids
   * already in the corpus are refused unless {@code replace} is set; a source carrying a
   * translation is never replaced, which would misalign it.
   */
  public ModerationResult importRecords(
      Actor actor, List<RecordImporter.Record> records, String licence, boolean replace) {
    return imports.importRecords(actor, records, licence, replace);
  }

  /** Rebuilds the index from the source files, as they are. */
  public ModerationResult rebuild(Actor actor) {
    return changes.rebuild(actor);
  }

  /**
   * The sources whose id or title contains every word of {@code match} (all of them when it is
   * blank), with their paragraph and passage counts; the message shows page {@code page} of {@code
   * perPage}.
   */
  public ModerationResult list(String match, int page, int perPage) {
    return reports.list(match, page, perPage);
  }

  /** One source's header and opening paragraphs. */
  public ModerationResult show(String id) {
    return reports.show(id);
  }

  /**
   * Sources, passages, when the index was built, whether it is current, and the last change with
   * who made it.
   */
  public ModerationResult status() {
    return reports.status();
  }

  @Override
  public void close() {
    fetcher.close();
  }
}
