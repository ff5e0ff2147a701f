package dev.gwanyong.corpus;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One source of the corpus: its header and its paragraphs, exactly as written.
 *
 * @param id stable identifier, lower-case letters, digits and hyphens; also the file name
 * @param title human title, shown in citations
 * @param language {@code ko} or {@code en}
 * @param author author or publisher, where known
 * @param url canonical URL of the text, when it is published somewhere
 * @param licence the licence note
 * @param references public references backing a text we wrote ourselves
 * @param paragraphs the body, one entry per paragraph, never re-spaced
 * @param bodyLine the line of the source file on which the first paragraph stands, for links into the file
 * @param translation a paragraph-aligned translation, when the source carries one
 */
public record Source(
    String id,
    String title,
    String language,
    Optional<String> author,
    Optional<String> url,
    String licence,
    List<String> references,
    List<String> paragraphs,
    int bodyLine,
    Optional<Translation> translation) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  public Source {
    Objects.requireNonNull(title);
    Objects.requireNonNull(language);
    Objects.requireNonNull(author);
    Objects.requireNonNull(url);
    Objects.requireNonNull(licence);
    Objects.requireNonNull(translation);
    if (!isValidId(id)) {
      throw new IllegalArgumentException(
          "source id '" + id + "' must be 1-64 lower-case letters, digits or hyphens, starting with a letter or digit");
    }
    if (title.isBlank()) {
      throw new IllegalArgumentException("source " + id + " has no title");
    }
    references = List.copyOf(references);
    paragraphs = List.copyOf(paragraphs);
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("source " + id + " has no text");
    }
    if (translation.isPresent()) {
      translation.get().requireAlignedWith(id, paragraphs.size());
    }
  }

  public static boolean isValidId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  /** A copy carrying the given translation. */
  public Source withTranslation(Translation aligned) {
    return new Source(
        id, title, language, author, url, licence, references, paragraphs, bodyLine, Optional.of(aligned));
  }

  /**
   * A translation aligned paragraph by paragraph with its original.
   *
   * @param language the translation's language
   * @param title the translated title
   * @param paragraphs one translated paragraph for each paragraph of the original
   */
  public record Translation(String language, String title, List<String> paragraphs) {
    public Translation {
      Objects.requireNonNull(language);
      Objects.requireNonNull(title);
      paragraphs = List.copyOf(paragraphs);
    }

    void requireAlignedWith(String id, int paragraphCount) {
      if (paragraphs.size() != paragraphCount) {
        throw new IllegalArgumentException(
            "translation of " + id + " has " + paragraphs.size() + " paragraphs, the original " + paragraphCount);
      }
    }
  }
}
