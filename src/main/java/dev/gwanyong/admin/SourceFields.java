package dev.gwanyong.admin;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Header values a moderator may give with an add or update; what is left out is derived (add) or
 * kept (update). An empty id, title or lang counts as left out; an empty licence or author, or
 * {@code -} (Discord sends no empty option), is given as empty, which clears it on update: an empty
 * value used to count as left out, so none could be cleared.
 *
 * @param id the source id; on add derived from the URL or title when absent
 * @param title the title shown in citations
 * @param language {@code ko} or {@code en}, in any case, kept in lower case; detected from the text
 *     when absent
 * @param licence the licence note; empty to have none
 * @param author author or publisher; empty to have none
 */
public record SourceFields(
    Optional<String> id,
    Optional<String> title,
    Optional<String> language,
    Optional<String> licence,
    Optional<String> author) {

  /** What a moderator types to clear a licence or author where an empty value cannot be given. */
  private static final String CLEAR = "-";

  public SourceFields {
    Objects.requireNonNull(id);
    Objects.requireNonNull(title);
    Objects.requireNonNull(language);
    Objects.requireNonNull(licence);
    Objects.requireNonNull(author);
    id = id.map(String::strip).filter(s -> !s.isEmpty());
    title = title.map(String::strip).filter(s -> !s.isEmpty());
    language = language.map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty());
    licence = licence.map(SourceFields::clearable);
    author = author.map(SourceFields::clearable);
  }

  private static String clearable(String value) {
    String stripped = value.strip();
    return stripped.equals(CLEAR) ? "" : stripped;
  }

  /** No values given. */
  public static SourceFields none() {
    return new SourceFields(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Only an id. */
  public static SourceFields ofId(String id) {
    return none().withId(id);
  }

  public SourceFields withId(String value) {
    return new SourceFields(Optional.of(value), title, language, licence, author);
  }

  public SourceFields withTitle(String value) {
    return new SourceFields(id, Optional.of(value), language, licence, author);
  }

  public SourceFields withLanguage(String value) {
    return new SourceFields(id, title, Optional.of(value), licence, author);
  }

  public SourceFields withLicence(String value) {
    return new SourceFields(id, title, language, Optional.of(value), author);
  }

  public SourceFields withAuthor(String value) {
    return new SourceFields(id, title, language, licence, Optional.of(value));
  }

  /** These values, with {@code defaults}' where one is left out. */
  public SourceFields orElse(SourceFields defaults) {
    return new SourceFields(
        id.or(defaults::id),
        title.or(defaults::title),
        language.or(defaults::language),
        licence.or(defaults::licence),
        author.or(defaults::author));
  }

  /** Whether any header value is given, apart from the id. */
  public boolean changesHeader() {
    return title.isPresent() || language.isPresent() || licence.isPresent() || author.isPresent();
  }
}
