package dev.gwanyong.admin;

import dev.gwanyong.corpus.SentenceSplitter;
import dev.gwanyong.corpus.Source;
import java.util.Optional;

/**
 * What a moderator sees of a source in a listing.
 *
 * @param id the source id
 * @param title its title
 * @param language {@code ko} or {@code en}
 * @param paragraphs how many paragraphs
 * @param passages how many passages (sentences) the index holds for it
 * @param url where it was published, when known
 * @param licence the licence note
 * @param translated whether it carries an aligned translation
 */
public record SourceSummary(
    String id,
    String title,
    String language,
    int paragraphs,
    int passages,
    Optional<String> url,
    String licence,
    boolean translated) {

  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  /** The summary of a source; passages are counted as the index counts them, one a sentence. */
  public static SourceSummary of(Source source) {
    int passages = source.paragraphs().stream().mapToInt(p -> SPLITTER.split(p).size()).sum();
    return new SourceSummary(
        source.id(),
        source.title(),
        source.language(),
        source.paragraphs().size(),
        passages,
        source.url(),
        source.licence(),
        source.translation().isPresent());
  }
}
