/**
 * Moderation: changing the corpus safely from every front end. {@link
 * dev.gwanyong.admin.ModerationService} is the one service that adds, updates and removes sources,
 * lists and shows them, rebuilds the index and reports its status; chat adapters call {@link
 * dev.gwanyong.admin.ModerationService#handle(Actor, String)} with the text after {@code /kb}, the
 * CLI calls the typed methods. Behind it, {@code ChangeInputs} checks and reads what a change is
 * given, {@code SourceChanges} makes the changes, {@code SourceImports} the imports, {@code
 * CorpusReports} answers the reads, and {@code CorpusTransactions} applies each change as one
 * recoverable step. {@link dev.gwanyong.admin.ModeratorPolicy} decides who may change the corpus,
 * {@link dev.gwanyong.admin.AuditLog} records every attempt, and {@link
 * dev.gwanyong.admin.UrlFetcher} fetches web pages under a size cap, a time limit, a redirect limit
 * and an address check.
 *
 * <p>Durability: a source file is written atomically (temp file in the same folder, fsync, rename,
 * fsync of the folder) and the index is then rebuilt beside the live one and swapped in; a failed
 * rebuild rolls the file back. A process killed between the two leaves a corpus whose fingerprint
 * differs from the index's, so the next start rebuilds: the change is finished, never half-served.
 *
 * <p>User mistakes (empty text, binary upload, oversize page, unknown id …) are {@link
 * dev.gwanyong.admin.ModerationResult} values with a message for the moderator, never exceptions.
 */
package dev.gwanyong.admin;
