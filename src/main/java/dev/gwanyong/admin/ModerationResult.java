package dev.gwanyong.admin;

import dev.gwanyong.index.IndexInfo;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of a moderation command, with the message to show the moderator. User mistakes are
 * {@link Rejected}, non-moderators get {@link Denied}, faults on our side {@link Failed}; none of
 * them changed anything.
 */
public sealed interface ModerationResult {

  /** What to show the moderator, in any front end. */
  String message();

  /** Whether the command did what was asked. */
  default boolean succeeded() {
    return !(this instanceof Rejected
        || this instanceof Denied
        || this instanceof Failed
        || this instanceof Usage);
  }

  /**
   * The audit number of this attempt, when it was a change attempt and so written to the audit log.
   */
  default Optional<Long> auditSeq() {
    return Optional.empty();
  }

  /** Why a moderator's input was not accepted. */
  enum Problem {
    EMPTY_TEXT,
    BINARY_FILE,
    TOO_LARGE,
    INVALID_ID,
    DUPLICATE_ID,
    DUPLICATE_TEXT,
    UNKNOWN_ID,
    LAST_SOURCE,
    INVALID_VALUE,
    TRANSLATION_MISMATCH,
    URL_SCHEME,
    URL_PRIVATE_ADDRESS,
    URL_UNREACHABLE,
    URL_REDIRECTS,
    URL_CONTENT_TYPE,
    URL_STATUS,
    URL_TIMEOUT
  }

  /** "14 paragraphs, 61 passages", in the singular where it is one. */
  static String counts(SourceSummary source) {
    return plural(source.paragraphs(), "paragraph") + ", " + plural(source.passages(), "passage");
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** A source was added and is searchable. */
  record Added(SourceSummary source, long audit) implements ModerationResult {
    @Override
    public String message() {
      return "✅ Added %s — %s. Searchable now. (audit #%d)"
          .formatted(source.id(), counts(source), audit);
    }

    @Override
    public Optional<Long> auditSeq() {
      return Optional.of(audit);
    }
  }

  /** A source was replaced and the new version is searchable. */
  record Updated(SourceSummary source, long audit) implements ModerationResult {
    @Override
    public String message() {
      return "✅ Updated %s — %s. Searchable now. (audit #%d)"
          .formatted(source.id(), counts(source), audit);
    }

    @Override
    public Optional<Long> auditSeq() {
      return Optional.of(audit);
    }
  }

  /** A source was removed and is no longer cited. */
  record Removed(String id, long audit) implements ModerationResult {
    @Override
    public String message() {
      return "✅ Removed %s — it is no longer cited. (audit #%d)".formatted(id, audit);
    }

    @Override
    public Optional<Long> auditSeq() {
      return Optional.of(audit);
    }
  }

  /** Records were imported as sources, all in one step, and are searchable. */
  record Imported(int sources, int replaced, long audit) implements ModerationResult {
    @Override
    public String message() {
      return "✅ Imported %s%s. Searchable now. (audit #%d)"
          .formatted(
              plural(sources, "source"),
              replaced == 0 ? "" : " (" + replaced + " replaced)",
              audit);
    }

    @Override
    public Optional<Long> auditSeq() {
      return Optional.of(audit);
    }
  }

  /** The index was rebuilt from the source files. */
  record Rebuilt(int sources, int passages, long millis, long audit) implements ModerationResult {
    @Override
    public String message() {
      return "✅ Rebuilt the index — %d sources, %d passages in %d ms. (audit #%d)"
          .formatted(sources, passages, millis, audit);
    }

    @Override
    public Optional<Long> auditSeq() {
      return Optional.of(audit);
    }
  }

  /**
   * A listing of sources, ordered by id.
   *
   * @param sources the sources {@code match} found
   * @param match the words every listed source's id or title contains; blank for all
   * @param total how many sources there are in all
   * @param page the page of the listing the message shows, from 1
   * @param perPage how many sources a page holds
   */
  record Listed(List<SourceSummary> sources, String match, int total, int page, int perPage)
      implements ModerationResult {
    /**
     * In a listing, titles are cut to this many characters, so that a chat page of sources fits in
     * one message.
     */
    private static final int MAX_TITLE = 60;

    /**
     * The page size of a terminal's listing: every source on one page and every title whole, since
     * a terminal pages by itself and has no message limit.
     */
    public static final int WHOLE = Integer.MAX_VALUE;

    public Listed {
      sources = List.copyOf(sources);
      Objects.requireNonNull(match);
      if (page < 1 || perPage < 1) {
        throw new IllegalArgumentException(
            "pages are numbered from 1 and hold at least one source");
      }
    }

    @Override
    public String message() {
      String matching = match.isBlank() ? "" : " match \"%s\"".formatted(SourceIds.echo(match));
      if (sources.isEmpty() && !match.isBlank()) {
        return "📚 No source's id or title contains \"%s\" (of %d sources)."
            .formatted(SourceIds.echo(match), total);
      }
      String count =
          match.isBlank()
              ? sources.size() + " sources"
              : sources.size() + " of " + total + " sources";
      int pages = Math.max(1, (int) Math.ceil(sources.size() / (double) perPage));
      if (page > pages) {
        return "📚 %s%s; page %d is past the last, %d.".formatted(count, matching, page, pages);
      }
      // The page comes first, so that a message cut to a platform's limit still says where it is.
      String where =
          pages == 1
              ? ""
              : " · page %d of %d%s"
                  .formatted(
                      page, pages, page < pages ? " (page:%d for more)".formatted(page + 1) : "");
      int from = (page - 1) * perPage;
      return "📚 %s%s%s\n".formatted(count, matching, where)
          + sources.subList(from, Math.min(sources.size(), from + perPage)).stream()
              .map(
                  s ->
                      "• %s — %s (%s) · %s%s"
                          .formatted(
                              s.id(),
                              perPage == WHOLE ? s.title() : SourceIds.cut(s.title(), MAX_TITLE),
                              s.language(),
                              counts(s),
                              s.translated() ? " · translated" : ""))
              .collect(Collectors.joining("\n"));
    }
  }

  /** One source's header and its first paragraphs. */
  record Shown(SourceSummary source, String author, List<String> opening)
      implements ModerationResult {
    public Shown {
      Objects.requireNonNull(author);
      opening = List.copyOf(opening);
    }

    @Override
    public String message() {
      StringBuilder out = new StringBuilder();
      out.append("📄 ").append(source.id()).append(" — ").append(source.title()).append('\n');
      out.append("lang: ").append(source.language());
      out.append(" · ").append(counts(source));
      out.append(source.translated() ? " · translated" : "").append('\n');
      if (!author.isEmpty()) {
        out.append("author: ").append(author).append('\n');
      }
      source.url().ifPresent(u -> out.append("url: ").append(u).append('\n'));
      if (!source.licence().isEmpty()) {
        out.append("licence: ").append(source.licence()).append('\n');
      }
      opening.forEach(p -> out.append("¶ ").append(p).append('\n'));
      return out.toString().stripTrailing();
    }
  }

  /**
   * The state of the corpus and index.
   *
   * @param sources sources in the folder
   * @param passages passages in the served index
   * @param builtAt when the served index was built
   * @param current whether the served index was built from exactly the files in the folder
   * @param lastChange the last add, update or remove that went through, and who made it
   * @param skipped source files that are not valid and are left out, each with the reason and what
   *     can be done
   */
  record Status(
      int sources,
      Optional<IndexInfo> index,
      boolean current,
      Optional<AuditLog.Entry> lastChange,
      List<String> skipped)
      implements ModerationResult {
    public Status {
      Objects.requireNonNull(index);
      Objects.requireNonNull(lastChange);
      skipped = List.copyOf(skipped);
    }

    @Override
    public String message() {
      String change =
          lastChange
              .map(
                  e ->
                      "Last change: %s %s by %s:%s at %s (audit #%d)."
                          .formatted(
                              e.action(), e.sourceId(), e.platform(), e.user(), e.time(), e.seq()))
              .orElse("No change recorded yet.");
      String bad = skipped.stream().map(note -> "\n⚠️ " + note).collect(Collectors.joining());
      String built =
          index
              .map(
                  i ->
                      "%d passages. Index built %s%s."
                          .formatted(
                              i.passages(), i.builtAt(), current ? "" : " (stale: run reindex)"))
              .orElse("no index built yet: run reindex.");
      return "📊 %d sources, %s\n%s%s".formatted(sources, built, change, bad);
    }
  }

  /** The moderator's input was not acceptable; nothing changed. */
  record Rejected(Problem problem, String reason, Optional<String> suggestion, long audit)
      implements ModerationResult {
    public Rejected {
      Objects.requireNonNull(problem);
      Objects.requireNonNull(reason);
      Objects.requireNonNull(suggestion);
    }

    @Override
    public String message() {
      return "⚠️ " + reason + suggestion.map(s -> " Did you mean " + s + "?").orElse("");
    }

    @Override
    public Optional<Long> auditSeq() {
      return audit > 0 ? Optional.of(audit) : Optional.empty();
    }
  }

  /** The actor is not a moderator; nothing changed. */
  record Denied(long audit) implements ModerationResult {
    @Override
    public String message() {
      return "⛔ Only moderators can change the sources.";
    }

    @Override
    public Optional<Long> auditSeq() {
      return Optional.of(audit);
    }
  }

  /** A fault on our side; the change was rolled back and the served index is unchanged. */
  record Failed(String reason, long audit) implements ModerationResult {
    public Failed {
      Objects.requireNonNull(reason);
    }

    @Override
    public String message() {
      return "❌ " + reason + " Nothing changed." + (audit > 0 ? " (audit #" + audit + ")" : "");
    }

    @Override
    public Optional<Long> auditSeq() {
      return audit > 0 ? Optional.of(audit) : Optional.empty();
    }
  }

  /** The command could not be understood; {@code message} says how to write it. */
  record Usage(String message) implements ModerationResult {
    public Usage {
      Objects.requireNonNull(message);
    }
  }
}
