package dev.gwanyong.corpus;

import dev.gwanyong.config.WebAddress;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One source of the corpus: its header and its paragraphs, exactly as written but for unpaired
 * surrogates and control characters ({@link PrintableText}); every way into the corpus (a file, a
 * paste, an upload, a page, an import) passes through here. An unpaired surrogate stands as U+FFFD:
 * it cannot be written as UTF-8, and was written as {@code ?}. Each control character but the tab
 * stands as a space: a file or a moderator's paste may hold an escape sequence or a bell, which a
 * terminal listing the sources would obey and chat would show as garbage, and a line break would
 * end a header line or a paragraph early when the source is written back.
 *
 * @param id stable identifier, lower-case letters, digits and hyphens; also the file name
 * @param title human title, shown in citations; something of it must show
 * @param language {@code ko} or {@code en}, taken in any case and kept in lower case
 * @param author author or publisher, where known
 * @param url canonical URL of the text, when it is published somewhere
 * @param licence the licence note
 * @param references public references backing a text we wrote ourselves
 * @param paragraphs the body, one entry per paragraph, never re-spaced
 * @param bodyLine the line of the source file on which the first paragraph stands, for links into
 *     the file
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
  private static final Set<String> LANGUAGES = Set.of("ko", "en");

  public Source {
    title = PrintableText.printable(title);
    language = checkedLanguage(language);
    // An author or licence that shows nothing is none: written as it is, it would read back as
    // absent.
    author = author.map(PrintableText::printable).filter(a -> !PrintableText.showsNothing(a));
    url = url.map(PrintableText::printable);
    licence = PrintableText.showsNothing(licence) ? "" : PrintableText.printable(licence);
    Objects.requireNonNull(translation);
    if (!isValidId(id)) {
      throw new IllegalArgumentException(
          "source id '"
              + id
              + "' must be 1-64 lower-case letters, digits or hyphens, starting with a letter or"
              + " digit");
    }
    if (PrintableText.showsNothing(title)) { // spaces, control characters, or only zero-width ones
      throw new IllegalArgumentException("source " + id + " has no title");
    }
    references = references.stream().map(PrintableText::printable).toList();
    // Every citation offers these as the place to check a quote, in chat, on the command line and
    // in `ask --json` (which a web page may render as a link): a javascript: or mistyped link must
    // never get that far.
    url.ifPresent(link -> requireWebAddress("url", link));
    references.forEach(link -> requireWebAddress("references", link));
    paragraphs = paragraphs.stream().map(PrintableText::printable).toList();
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("source " + id + " has no text");
    }
    // A paragraph of control characters only (a stray bell) would be written as a blank line, which
    // ends no paragraph the format can read back: the whole file would then be skipped as not a
    // valid source.
    for (int p = 0; p < paragraphs.size(); p++) {
      if (paragraphs.get(p).isBlank()) {
        throw new IllegalArgumentException(
            "source "
                + id
                + " has a paragraph ("
                + (p + 1)
                + ") with no text, only spaces or control characters");
      }
    }
    if (translation.isPresent()) {
      translation.get().requireAlignedWith(id, paragraphs.size());
    }
  }

  /**
   * The language code in lower case, as it is written. Only the languages questions are answered
   * in: moderation and import accept no other, and a hand-written file must not carry one past them
   * (a source in {@code fr} was listed and kept through every update). Any case is taken, as chat
   * always took it: import refused {@code EN}.
   */
  private static String checkedLanguage(String language) {
    if (!isLanguage(language)) {
      throw new IllegalArgumentException("lang must be ko or en, not '" + language + "'");
    }
    return language.toLowerCase(Locale.ROOT);
  }

  private static void requireWebAddress(String key, String link) {
    if (!WebAddress.isWebAddress(link)) {
      throw new IllegalArgumentException(key + " must hold http(s) addresses, not '" + link + "'");
    }
  }

  public static boolean isValidId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  /**
   * Whether a source may be written in {@code language}: one that questions are answered in, ko or
   * en, in any case.
   */
  public static boolean isLanguage(String language) {
    return LANGUAGES.contains(language.toLowerCase(Locale.ROOT));
  }

  /** A copy carrying the given translation. */
  public Source withTranslation(Translation aligned) {
    return new Source(
        id,
        title,
        language,
        author,
        url,
        licence,
        references,
        paragraphs,
        bodyLine,
        Optional.of(aligned));
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
      language = checkedLanguage(language);
      title = PrintableText.printable(title);
      paragraphs = paragraphs.stream().map(PrintableText::printable).toList();
    }

    void requireAlignedWith(String id, int paragraphCount) {
      if (paragraphs.size() != paragraphCount) {
        throw new IllegalArgumentException(
            "translation of "
                + id
                + " has "
                + paragraphs.size()
                + " paragraphs, the original "
                + paragraphCount);
      }
    }
  }
}
