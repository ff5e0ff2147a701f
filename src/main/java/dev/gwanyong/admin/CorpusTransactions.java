package dev.gwanyong.admin;

import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.corpus.CorpusChange;
import dev.gwanyong.corpus.CorpusFiles;
import dev.gwanyong.corpus.IoReason;
import dev.gwanyong.index.IndexStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Changes to the corpus and their audit records as one recoverable step:
 *
 * <ol>
 *   <li>the new files and a manifest are staged durably beside the corpus (nothing visible has
 *       changed);
 *   <li>an {@code intent} line goes to the audit log; if it cannot be written, the staging is
 *       dropped;
 *   <li>the staged files are moved into place and the index is rebuilt and swapped in;
 *   <li>the closing {@code allowed} line goes to the log, carrying the attempt's audit number.
 * </ol>
 *
 * A failure in step 3 or 4 (a failed rebuild, a full logs disk) puts the files back and rebuilds. A
 * process killed at any point leaves a staging folder and the log telling the next start what to do
 * ({@link #recover}): no intent means nothing changed, an intent without a closing line is finished
 * from the staging and then closed. Steps run one at a time, in this process and across processes
 * sharing the data folder (the store's lock), so a CLI run and a running server never interleave.
 */
final class CorpusTransactions {

  private static final Logger LOG = Logger.getLogger(CorpusTransactions.class.getName());

  /** How a change ended. */
  sealed interface Outcome {}

  /** The change is in place, searchable and audited; {@code entry} is its closing line. */
  record Done(AuditLog.Entry entry) implements Outcome {}

  /**
   * The change is not in place; the incident id names the cause in the log, {@code seq} the audit
   * line, or 0, and {@code cause} says it in words a moderator can pass on, when it is one they can
   * tell (no path, no trace).
   */
  record Failed(String incident, long seq, Optional<String> cause) implements Outcome {}

  /**
   * Why a change fails while the corpus folder cannot be written (read-only, another user's,
   * immutable).
   */
  private static final String UNWRITABLE =
      "the sources folder cannot be written; an operator has to fix its permissions";

  private final CorpusFiles files;
  private final IndexStore store;
  private final AuditLog audit;

  CorpusTransactions(CorpusFiles files, IndexStore store, AuditLog audit) {
    this.files = files;
    this.store = store;
    this.audit = audit;
  }

  /**
   * Runs work alone, holding the data folder's lock (the index's own builds take the same one);
   * reads use it too, so they never list the folder in the middle of a remove.
   */
  <T> T locked(Supplier<T> work) {
    return store.exclusive(work);
  }

  /**
   * Applies a change as one step (see the class comment); call it inside {@link #locked}. {@code
   * intended} is the message of the intent line and of the closing one.
   */
  Outcome apply(Actor actor, String action, String id, String intended, CorpusChange change) {
    String txn = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    Map<String, Optional<byte[]>> before;
    try {
      before = files.snapshot(change);
      files.stage(txn, change);
    } catch (IOException | RuntimeException e) {
      return failedBeforeChanging(actor, action, id, txn, "cannot stage " + action + " " + id, e);
    }
    try {
      audit.record(actor, action, id, AuditLog.Outcome.INTENT, intended, txn);
    } catch (RuntimeException e) {
      return failedBeforeChanging(
          actor, action, id, txn, "cannot audit the intent to " + action + " " + id, e);
    }
    try {
      files.commitStaged(txn);
      store.rebuild(Corpus.load(files.folder()));
    } catch (IOException | RuntimeException e) {
      String incident = incident();
      logFault(incident, "rolling back: " + action + " " + id + " failed", e);
      boolean undone = rollBack(txn, before, incident);
      return new Failed(
          incident, undone ? closeAsFailed(actor, action, id, txn, incident) : 0, cause(e));
    }
    try {
      AuditLog.Entry done =
          audit.record(actor, action, id, AuditLog.Outcome.ALLOWED, intended, txn);
      discard(txn);
      return new Done(done);
    } catch (RuntimeException e) {
      // A change nobody can find in the log is not kept.
      String incident = incident();
      logFault(incident, "rolling back: cannot audit " + action + " " + id, e);
      boolean undone = rollBack(txn, before, incident);
      return new Failed(
          incident, undone ? closeAsFailed(actor, action, id, txn, incident) : 0, Optional.empty());
    }
  }

  /**
   * Finishes what a killed process left, at start and under the lock: a staged change whose intent
   * was logged and not closed is applied and closed; one never announced is dropped; an abandoned
   * one (its change was undone while the log was failing) has its intent closed as failed.
   */
  void recover() {
    locked(
        () -> {
          try {
            recoverUnlocked();
          } catch (IOException e) {
            throw new UncheckedIOException(
                "cannot finish the changes left in " + files.folder(), e);
          }
          return null;
        });
  }

  private void recoverUnlocked() throws IOException {
    files.deleteLeftovers();
    List<String> staged = files.stagedTransactions();
    if (staged.isEmpty()) {
      return; // the usual start: the log is not read at all
    }
    List<AuditLog.Entry> entries = AuditLog.read(audit.file());
    Set<String> closed =
        entries.stream()
            .filter(e -> e.outcome() != AuditLog.Outcome.INTENT && !e.txn().isEmpty())
            .map(AuditLog.Entry::txn)
            .collect(java.util.stream.Collectors.toSet());
    boolean changed = false;
    for (String txn : staged) {
      Optional<AuditLog.Entry> intent = intentOf(entries, txn);
      if (intent.isPresent() && !closed.contains(txn)) {
        AuditLog.Entry i = intent.get();
        if (files.isApplicable(txn)) {
          files.commitStaged(txn);
          changed = true;
          audit.record(
              actorOf(i),
              i.action(),
              i.sourceId(),
              AuditLog.Outcome.ALLOWED,
              i.message() + " (finished after a restart)",
              txn);
          LOG.warning(
              "finished "
                  + i.action()
                  + " "
                  + i.sourceId()
                  + ", interrupted before its audit line");
        } else {
          audit.record(
              actorOf(i),
              i.action(),
              i.sourceId(),
              AuditLog.Outcome.FAILED,
              "Rolled back: the audit log could not be written at the time.",
              txn);
        }
      }
      files.discardStaged(txn);
    }
    if (changed) {
      store.rebuild(Corpus.load(files.folder()));
    }
  }

  private static Optional<AuditLog.Entry> intentOf(List<AuditLog.Entry> entries, String txn) {
    return entries.stream()
        .filter(e -> e.outcome() == AuditLog.Outcome.INTENT && e.txn().equals(txn))
        .findFirst();
  }

  private static Actor actorOf(AuditLog.Entry entry) {
    return new Actor(entry.platform(), entry.user(), Set.of());
  }

  /** A short id that names a fault in the log and in the message the moderator sees. */
  static String incident() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private Failed failedBeforeChanging(
      Actor actor, String action, String id, String txn, String what, Exception e) {
    String incident = incident();
    logFault(incident, "nothing changed: " + what, e);
    return new Failed(incident, closeAsFailed(actor, action, id, txn, incident), cause(e));
  }

  /**
   * What a moderator may be told of an I/O failure: that the corpus folder cannot be written, which
   * they can pass on to an operator, when that is so. Anything else is said only in the log, under
   * the incident.
   */
  private Optional<String> cause(Exception e) {
    boolean io = e instanceof IOException || e instanceof UncheckedIOException;
    return io && !Files.isWritable(files.folder()) ? Optional.of(UNWRITABLE) : Optional.empty();
  }

  /**
   * Closes the intent of a change that was not made, or was undone, with a failed line, and returns
   * its number. When the log cannot be written (0 is returned), the staging stays without its
   * manifest: the next start then closes the intent, if one was written, and never applies the
   * change.
   */
  private long closeAsFailed(Actor actor, String action, String id, String txn, String incident) {
    try {
      files.abandonStaged(txn);
    } catch (IOException | RuntimeException e) {
      logFault(incident, "cannot mark the staging of " + txn + " as abandoned", e);
    }
    try {
      long seq =
          audit
              .record(
                  actor,
                  action,
                  id,
                  AuditLog.Outcome.FAILED,
                  "The change could not be applied (incident " + incident + ").",
                  txn)
              .seq();
      discard(txn);
      return seq;
    } catch (RuntimeException e) {
      logFault(incident, "the audit log cannot be written either", e);
      return 0;
    }
  }

  /**
   * Puts the files back and the index in line with them. False when the files could not be put
   * back: then the intent stays open with its staging, so the next start finishes the change and
   * closes it (consistent, if not what was hoped). An index that cannot be rebuilt after the files
   * are back is only logged: a start rebuilds a stale index.
   */
  private boolean rollBack(String txn, Map<String, Optional<byte[]>> before, String incident) {
    try {
      files.restore(txn, before);
    } catch (IOException | RuntimeException e) {
      logFault(incident, "check " + files.folder() + ": rolling back failed too", e);
      return false;
    }
    try {
      Corpus restored = Corpus.load(files.folder());
      if (!store.isCurrent(restored)) {
        store.rebuild(restored);
      }
    } catch (RuntimeException e) {
      logFault(incident, "the files are back, the index is not rebuilt yet", e);
    }
    return true;
  }

  /**
   * Logs a fault under its incident. An I/O failure (a folder read-only, full or another user's, a
   * logs disk full) is the operator's to mend and is said in one line with the file and the
   * system's reason; a stack trace would bury it, and repeat for every change tried until it is
   * mended. Anything else is a fault of ours and keeps its trace.
   */
  private static void logFault(String incident, String what, Exception e) {
    String line = "incident " + incident + ": " + what;
    switch (e) {
      case IOException io -> LOG.severe(line + ": " + IoReason.withFile(io));
      case UncheckedIOException io ->
          LOG.severe(line + ": " + io.getMessage() + ": " + IoReason.of(io.getCause()));
      default -> LOG.log(Level.SEVERE, line, e);
    }
  }

  private void discard(String txn) {
    try {
      files.discardStaged(txn);
    } catch (IOException e) {
      // Harmless where it is: the next start drops it, or finishes it if its intent is logged and
      // not closed.
      LOG.warning("cannot delete the staging of " + txn + ": " + IoReason.withFile(e));
    }
  }
}
