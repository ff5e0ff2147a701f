package dev.gwanyong.index;

import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.corpus.Source;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Links a member can follow to check a quote. A source published at a URL gets that URL with a text fragment
 * ({@code #:~:text=}) that scrolls to the paragraph; a source we keep ourselves gets its file with a line anchor
 * ({@code #L12}), under the configured link base (for example a repository's blob URL).
 */
final class SourceLinks {

  private static final int FRAGMENT_CHARS = 60;

  private final String fileBase;

  /**
   * @param linkBase prefix for files, such as {@code https://github.com/org/repo/blob/main/}; may be empty
   * @param corpusFolder the corpus folder as named in configuration, relative to the link base
   */
  SourceLinks(String linkBase, String corpusFolder) {
    String folder = corpusFolder.replace('\\', '/');
    this.fileBase = linkBase + (folder.endsWith("/") ? folder : folder + "/");
  }

  String paragraph(Source source, int paragraph) {
    return source
        .url()
        .map(url -> withoutFragment(url) + "#:~:text=" + fragment(source.paragraphs().get(paragraph - 1)))
        .orElseGet(
            () -> fileBase + Corpus.fileName(source.id()) + "#L" + (source.bodyLine() + paragraph - 1));
  }

  /** The paragraph's opening words, cut at a space, encoded for a text fragment. */
  private static String fragment(String paragraph) {
    String start = paragraph.strip();
    if (start.length() > FRAGMENT_CHARS) {
      int cut = start.lastIndexOf(' ', FRAGMENT_CHARS);
      start = start.substring(0, cut > 0 ? cut : FRAGMENT_CHARS);
    }
    // Text fragments reserve '-', '&' and ',' as syntax, so they must be percent-encoded too.
    return URLEncoder.encode(start, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("-", "%2D")
        .replace(",", "%2C");
  }

  private static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }
}
