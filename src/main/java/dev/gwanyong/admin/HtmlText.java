package dev.gwanyong.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reduces an HTML page to readable paragraphs with jsoup: scripts, styles, navigation, headers,
 * footers, forms and asides are dropped; each block element that holds text directly (paragraph,
 * list item, quote, cell, preformatted block) becomes one paragraph with its white space collapsed.
 * The page's {@code <title>} (or first heading) is the suggested title. Headings are not
 * paragraphs: they label text rather than say something to quote.
 */
final class HtmlText {

  private static final String DROPPED =
      "script, style, noscript, template, nav, header, footer, aside, form, button, select, svg,"
          + " canvas, iframe, object, embed, [hidden], [aria-hidden=true]";
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "li",
          "blockquote",
          "pre",
          "td",
          "th",
          "dd",
          "dt",
          "figcaption",
          "caption",
          "address",
          "div",
          "section",
          "article",
          "main",
          "body");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /**
   * Parses bytes, using the charset given by HTTP, else the page's own {@code <meta charset>}, else
   * UTF-8.
   */
  static MarkdownText.Extracted extract(byte[] html, Optional<String> charset, String baseUri) {
    try {
      Document document =
          Jsoup.parse(new ByteArrayInputStream(html), charset.orElse(null), baseUri);
      return extract(document);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read HTML from memory", e);
    }
  }

  /**
   * The charset a page names itself, by a byte-order mark or {@code <meta charset>}, as jsoup finds
   * it; UTF-8, which jsoup assumes when the page names none, counts as none.
   */
  static Optional<Charset> charsetNamed(byte[] html) {
    try {
      Charset found = Jsoup.parse(new ByteArrayInputStream(html), null, "").charset();
      return found.equals(StandardCharsets.UTF_8) ? Optional.empty() : Optional.of(found);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read HTML from memory", e);
    }
  }

  static MarkdownText.Extracted extract(String html, String baseUri) {
    return extract(Jsoup.parse(html, baseUri));
  }

  private static MarkdownText.Extracted extract(Document document) {
    Optional<String> title = Optional.of(document.title().strip()).filter(t -> !t.isEmpty());
    document.select(DROPPED).remove();
    Element root =
        Optional.ofNullable(document.selectFirst("main, article")).orElse(document.body());
    if (title.isEmpty()) {
      title =
          Optional.ofNullable(root.selectFirst("h1, h2"))
              .map(Element::text)
              .filter(t -> !t.isBlank());
    }
    List<String> paragraphs = new ArrayList<>();
    collect(root, paragraphs);
    return new MarkdownText.Extracted(title, paragraphs);
  }

  /**
   * Walks the tree: an element whose own text (outside nested blocks) is not empty contributes that
   * text as one paragraph; nested blocks are visited on their own, so no text is taken twice.
   */
  private static void collect(Element element, List<String> into) {
    if (HEADINGS.contains(element.normalName())) {
      return;
    }
    StringBuilder own = new StringBuilder();
    for (var node : element.childNodes()) {
      if (node instanceof Element child
          && (BLOCKS.contains(child.normalName())
              || HEADINGS.contains(child.normalName())
              || child.normalName().equals("ul")
              || child.normalName().equals("ol")
              || child.normalName().equals("table")
              || child.normalName().equals("dl")
              || child.normalName().equals("tr")
              || child.normalName().equals("tbody")
              || child.normalName().equals("thead"))) {
        flush(own, into);
        collect(child, into);
      } else if (node instanceof Element child) {
        if (child.normalName().equals("br")) {
          own.append(' ');
        } else {
          own.append(child.text()).append(child.isBlock() ? " " : "");
        }
      } else if (node instanceof org.jsoup.nodes.TextNode text) {
        own.append(text.getWholeText());
      }
    }
    flush(own, into);
  }

  private static void flush(StringBuilder own, List<String> into) {
    String text = own.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
    if (!text.isEmpty()) {
      into.add(text);
    }
    own.setLength(0);
  }

  private HtmlText() {}
}
