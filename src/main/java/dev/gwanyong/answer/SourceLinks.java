package dev.gwanyong.answer;

import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.search.Hit;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The link a member follows to check a quote, made when answering so that a changed {@code
 * answer.link_base} takes effect at the next start without rebuilding the index. In order of
 * preference:
 *
 * <ol>
 *   <li>a published source's own {@code url}, with a text fragment ({@code #:~:text=}) that scrolls
 *       to the paragraph;
 *   <li>with a link base, the source file's line ({@code #L12}) under it: the quote is there word
 *       for word;
 *   <li>the first public reference a source written for the corpus was based on;
 *   <li>the file's line relative to the corpus folder's name, which the command line shows and chat
 *       shows as text.
 * </ol>
 */
final class SourceLinks {

  private static final int FRAGMENT_CHARS = 60;

  private final String linkBase;
  private final String fileBase;

  /**
   * @param linkBase prefix for files, such as {@code https://github.com/org/repo/blob/main/}; may
   *     be empty
   * @param corpusFolder the corpus folder's name, the path of the files under the link base
   */
  SourceLinks(String linkBase, String corpusFolder) {
    this.linkBase = linkBase.isEmpty() || linkBase.endsWith("/") ? linkBase : linkBase + "/";
    this.fileBase = corpusFolder.replace('\\', '/') + "/";
  }

  String paragraph(Hit hit) {
    if (hit.url().isPresent()) {
      return withoutFragment(hit.url().get()) + "#:~:text=" + fragment(hit.paragraphText());
    }
    String file = fileBase + Corpus.fileName(hit.sourceId()) + "#L" + hit.line();
    if (!linkBase.isEmpty()) {
      return linkBase + file;
    }
    return hit.reference().orElse(file);
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
