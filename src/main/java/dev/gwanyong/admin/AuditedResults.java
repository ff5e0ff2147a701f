package dev.gwanyong.admin;

import dev.gwanyong.admin.ModerationResult.Problem;
import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.corpus.Source;
import java.util.Optional;

/**
 * The results of attempts that change nothing (refused, rejected, failed), each written to the
 * audit log first so the result can carry its audit number.
 */
final class AuditedResults {

  private final AuditLog audit;

  AuditedResults(AuditLog audit) {
    this.audit = audit;
  }

  ModerationResult denied(Actor actor, String action, String id) {
    ModerationResult.Denied denied = new ModerationResult.Denied(0);
    long seq = audit.record(actor, action, id, AuditLog.Outcome.REFUSED, denied.message()).seq();
    return new ModerationResult.Denied(seq);
  }

  ModerationResult invalidId(Actor actor, String action, String id) {
    return reject(actor, action, id, Problem.INVALID_ID, invalidIdReason(id), Optional.empty());
  }

  /** Why an id cannot be a source's, for changes, which are audited, and reads, which are not. */
  static String invalidIdReason(String id) {
    return "\""
        + SourceIds.echo(id)
        + "\" is not a valid id: use 1-64 lower-case letters, digits or hyphens,"
        + " starting with a letter or digit.";
  }

  ModerationResult duplicate(Actor actor, String id) {
    return reject(
        actor,
        "add",
        id,
        Problem.DUPLICATE_ID,
        "There is already a source \"" + id + "\". Update it, or add this one with another id.",
        Optional.empty());
  }

  /**
   * An add or update with text another source already has, paragraph for paragraph: a second copy
   * would only cite everything twice, and a moderator who sends a command again (a slow reply, a
   * page added twice) means the first.
   */
  ModerationResult sameText(Actor actor, String action, String id, Source existing) {
    return reject(
        actor,
        action,
        id,
        Problem.DUPLICATE_TEXT,
        "Source \""
            + existing.id()
            + "\" ("
            + existing.title()
            + ") already has this text. Update that source, or"
            + " remove it first.",
        Optional.empty());
  }

  /**
   * An add whose id is taken by a file that is not a valid source: the moderator is told what is
   * there.
   */
  ModerationResult occupied(Actor actor, String id, Corpus.Skipped skipped) {
    return reject(
        actor,
        "add",
        id,
        Problem.DUPLICATE_ID,
        "The id \""
            + id
            + "\" is taken by a file that is not a valid source: "
            + skipped.reason()
            + ". Use another id, or deal with that file first.",
        Optional.empty());
  }

  ModerationResult unknown(Actor actor, String action, String id, Corpus corpus) {
    Optional<String> suggestion =
        SourceIds.suggest(id, corpus.sources().stream().map(Source::id).toList());
    return reject(actor, action, id, Problem.UNKNOWN_ID, "No source \"" + id + "\".", suggestion);
  }

  ModerationResult reject(
      Actor actor,
      String action,
      String id,
      Problem problem,
      String reason,
      Optional<String> suggestion) {
    ModerationResult.Rejected draft = new ModerationResult.Rejected(problem, reason, suggestion, 0);
    long seq = audit.record(actor, action, id, AuditLog.Outcome.REJECTED, draft.message()).seq();
    return new ModerationResult.Rejected(problem, reason, suggestion, seq);
  }

  ModerationResult failed(Actor actor, String action, String id, String reason) {
    long seq = audit.record(actor, action, id, AuditLog.Outcome.FAILED, reason).seq();
    return new ModerationResult.Failed(reason, seq);
  }
}
