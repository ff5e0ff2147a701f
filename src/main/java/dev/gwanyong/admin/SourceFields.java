package dev.gwanyong.admin;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Header values a moderator may give with an add or update; what is left out is derived (add) or kept (update).
 *
 * @param id the source id; on add derived from the URL or title when absent
 * @param title the title shown in citations
 * @param language {@code ko} or {@code en}, in any case, kept in lower case; detected from the text when absent
 * @param licence the licence note
 * @param author author or publisher
 */
public record SourceFields(
    Optional<String> id,
    Optional<String> title,
    Optional<String> language,
    Optional<String> licence,
    Optional<String> author) {

  public SourceFields {
    Objects.requireNonNull(id);
    Objects.requireNonNull(title);
    Objects.requireNonNull(language);
    Objects.requireNonNull(licence);
    Objects.requireNonNull(author);
    id = id.map(String::strip).filter(s -> !s.isEmpty());
    title = title.map(String::strip).filter(s -> !s.isEmpty());
    language = language.map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty());
    licence = licence.map(String::strip).filter(s -> !s.isEmpty());
    author = author.map(String::strip).filter(s -> !s.isEmpty());
  }

  /** No values given. */
  public static SourceFields none() {
    return new SourceFields(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
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

  /** Whether any header value is given, apart from the id. */
  public boolean changesHeader() {
    return title.isPresent() || language.isPresent() || licence.isPresent() || author.isPresent();
  }
}
