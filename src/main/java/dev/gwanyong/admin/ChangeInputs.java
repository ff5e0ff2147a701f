package dev.gwanyong.admin;

import dev.gwanyong.admin.ModerationResult.Problem;
import dev.gwanyong.answer.Language;
import dev.gwanyong.corpus.HeaderLimit;
import dev.gwanyong.corpus.Source;
import java.util.List;
import java.util.Optional;

/**
 * What a moderator gives with an add or update, checked and read before {@link SourceChanges} takes
 * the lock: header values refused when they could not be a source's, the text of a paste, an upload
 * or a fetched page, and the source they make, with the title and language derived from the text
 * where none is given.
 */
final class ChangeInputs {

  private final UrlFetcher fetcher;
  private final SourceText reader;
  private final AuditedResults results;

  ChangeInputs(UrlFetcher fetcher, SourceText reader, AuditedResults results) {
    this.fetcher = fetcher;
    this.reader = reader;
    this.results = results;
  }

  /**
   * The audited refusal of header values that no source could have (an id, lang or length), if one
   * is refused.
   */
  Optional<ModerationResult> check(Actor actor, String action, SourceFields fields) {
    if (fields.id().isPresent() && !Source.isValidId(fields.id().get())) {
      return Optional.of(results.invalidId(actor, action, fields.id().get()));
    }
    if (fields.language().isPresent() && !Source.isLanguage(fields.language().get())) {
      return Optional.of(
          results.reject(
              actor,
              action,
              fields.id().orElse(""),
              Problem.INVALID_VALUE,
              "lang must be ko or en, not \"" + fields.language().get() + "\".",
              Optional.empty()));
    }
    // Refused rather than cut, unlike a title taken from the text: the moderator typed these.
    Optional<String> tooLong =
        fields
            .title()
            .flatMap(HeaderLimit.TITLE::excess)
            .or(() -> fields.author().flatMap(HeaderLimit.AUTHOR::excess))
            .or(() -> fields.licence().flatMap(HeaderLimit.LICENCE::excess));
    return tooLong.map(
        excess ->
            results.reject(
                actor,
                action,
                fields.id().orElse(""),
                Problem.INVALID_VALUE,
                "The " + excess + "; nothing was changed.",
                Optional.empty()));
  }

  /**
   * The text of a paste or an upload, or of the page a URL names, fetched; or why it cannot be a
   * source's.
   */
  SourceText.Outcome read(SourceInput input) {
    return switch (input) {
      case SourceInput.Text(String text) -> reader.ofText(text);
      case SourceInput.Upload upload -> reader.ofUpload(upload);
      case SourceInput.Url(String url) ->
          switch (fetcher.fetch(url)) {
            case UrlFetcher.Page page -> reader.ofPage(page);
            case UrlFetcher.Refused(Problem problem, String reason) ->
                new SourceText.Problematic(problem, reason);
          };
    };
  }

  /**
   * A new source of the text read, under {@code id}: the title, lang, licence and author given, or
   * else the text's own title (or first paragraph) and detected language; and a source file's
   * references.
   *
   * @throws IllegalArgumentException when the values cannot make a source (a title of control
   *     characters only)
   */
  static Source newSource(String id, SourceText.Read text, SourceFields fields) {
    List<String> paragraphs = text.text().paragraphs();
    return new Source(
        id,
        title(fields, text),
        fields.language().orElseGet(() -> detect(paragraphs)),
        fields.author(),
        text.url(),
        fields.licence().orElse(""),
        text.references(),
        paragraphs,
        0,
        Optional.empty());
  }

  /**
   * The title a new source of this text gets: the one given, or else the text's own or its first
   * paragraph.
   */
  static String title(SourceFields fields, SourceText.Read text) {
    return title(fields.title().or(() -> text.text().title()), text.text().paragraphs());
  }

  /**
   * The title given, or else the first paragraph, on one line and cut to {@link HeaderLimit#TITLE}
   * (a given one longer than that is refused by {@link #check} first).
   */
  static String title(Optional<String> given, List<String> paragraphs) {
    String title = given.orElseGet(() -> paragraphs.isEmpty() ? "" : paragraphs.getFirst());
    title = title.replaceAll("\\s+", " ").strip();
    int max = HeaderLimit.TITLE.max();
    return title.length() <= max ? title : title.substring(0, max - 1).strip() + "…";
  }

  private static String detect(List<String> paragraphs) {
    return Language.of(String.join(" ", paragraphs.subList(0, Math.min(5, paragraphs.size()))))
        .code();
  }
}
