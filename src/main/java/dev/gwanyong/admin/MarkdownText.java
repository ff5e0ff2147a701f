package dev.gwanyong.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns pasted text or Markdown into paragraphs, one line each as the corpus format wants: wrapped
 * lines are joined, blank lines separate paragraphs, each list item and quote block is a paragraph
 * of its own, and Markdown syntax is stripped (headings, emphasis, inline code, links and images
 * keep their words; fenced code, rules and table rules go). The first heading, if any, becomes the
 * suggested title. Front matter (Jekyll's and Hugo's {@code key: value} lines between two {@code
 * ---} lines at the very start) is not text: it is left out, and its title is the suggested title.
 */
final class MarkdownText {

  private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern SETEXT_RULE = Pattern.compile("^\\s{0,3}=+\\s*$");
  private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*$");
  private static final Pattern LIST_ITEM =
      Pattern.compile("^\\s{0,3}([-*+]|\\d{1,9}[.)])\\s+(.*)$");
  private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}>\\s?(.*)$");
  private static final Pattern TABLE_RULE =
      Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
  private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)]\\[[^\\]]*]");
  private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>\\s]+)>");
  private static final Pattern LINK_DEFINITION =
      Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s+\\S+.*$");
  private static final Pattern CODE = Pattern.compile("`+([^`]+)`+");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
  private static final Pattern EMPHASIS_STAR =
      Pattern.compile("(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])");
  private static final Pattern EMPHASIS_UNDERSCORE =
      Pattern.compile("(?<![\\w_])_(?=\\S)(.+?)(?<=\\S)_(?![\\w_])");
  private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

  /** A line of front matter: a key and its value, or a YAML list item or continuation under one. */
  private static final Pattern FRONT_MATTER_LINE =
      Pattern.compile("^(?:[A-Za-z0-9_-]+:(?:\\s.*)?|\\s+\\S.*|-\\s.*)$");

  private static final Pattern FRONT_MATTER_TITLE = Pattern.compile("^title:\\s*(.*?)\\s*$");

  /** Paragraphs and the suggested title of a text. */
  record Extracted(Optional<String> title, List<String> paragraphs) {
    Extracted {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  static Extracted extract(String text) {
    List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
    List<String> paragraphs = new ArrayList<>();
    int frontMatterEnd = frontMatterEnd(lines);
    Optional<String> title = frontMatterTitle(lines.subList(0, frontMatterEnd));
    StringBuilder current = new StringBuilder();
    boolean inFence = false;
    for (int i = frontMatterEnd; i < lines.size(); i++) {
      String line = lines.get(i).replace('\t', ' ');
      if (FENCE.matcher(line).matches()) {
        flush(current, paragraphs);
        inFence = !inFence;
        continue;
      }
      if (inFence) {
        continue;
      }
      if (line.isBlank()
          || RULE.matcher(line).matches()
          || TABLE_RULE.matcher(line).matches()
          || LINK_DEFINITION.matcher(line).matches()) {
        flush(current, paragraphs);
        continue;
      }
      var heading = HEADING.matcher(line);
      boolean setext =
          current.isEmpty()
              && i + 1 < lines.size()
              && SETEXT_RULE.matcher(lines.get(i + 1)).matches();
      if (heading.matches() || setext) {
        flush(current, paragraphs);
        String words = inline(heading.matches() ? heading.group(2) : line.strip());
        if (title.isEmpty() && !words.isEmpty()) {
          title = Optional.of(words);
        }
        if (setext) {
          i++;
        }
        continue;
      }
      var item = LIST_ITEM.matcher(line);
      var quote = QUOTE.matcher(line);
      if (item.matches()) {
        flush(current, paragraphs);
        current.append(item.group(2).strip());
      } else if (quote.matches()) {
        if (!current.isEmpty() && !startedAsQuote(lines, i)) {
          flush(current, paragraphs);
        }
        append(current, quote.group(1));
      } else {
        append(current, line.strip().startsWith("|") ? tableRow(line) : line);
      }
    }
    flush(current, paragraphs);
    return new Extracted(title, paragraphs);
  }

  /**
   * The index of the first line after the front matter: after the closing {@code ---} when the text
   * opens with a {@code ---} line followed by {@code key: value} lines and a closing one; 0 when it
   * does not.
   */
  private static int frontMatterEnd(List<String> lines) {
    if (lines.isEmpty() || !lines.getFirst().strip().equals("---")) {
      return 0;
    }
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().equals("---")) {
        return i > 1 ? i + 1 : 0;
      }
      if (!line.isBlank() && !FRONT_MATTER_LINE.matcher(line).matches()) {
        return 0;
      }
    }
    return 0;
  }

  /** The front matter's title, without the quotes YAML may put around it. */
  private static Optional<String> frontMatterTitle(List<String> frontMatter) {
    for (String line : frontMatter) {
      var title = FRONT_MATTER_TITLE.matcher(line);
      if (title.matches()) {
        String value = title.group(1).replaceAll("^([\"'])(.*)\\1$", "$2").strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** Whether the previous line was part of the same quote block. */
  private static boolean startedAsQuote(List<String> lines, int i) {
    return i > 0 && QUOTE.matcher(lines.get(i - 1)).matches();
  }

  private static String tableRow(String line) {
    String cells = line.strip();
    cells =
        cells.substring(
            1, cells.endsWith("|") && cells.length() > 1 ? cells.length() - 1 : cells.length());
    return String.join(
        " · ", java.util.Arrays.stream(cells.split("\\|")).map(String::strip).toList());
  }

  private static void append(StringBuilder current, String line) {
    String words = line.strip();
    if (words.isEmpty()) {
      return;
    }
    if (!current.isEmpty()) {
      current.append(' ');
    }
    current.append(words);
  }

  private static void flush(StringBuilder current, List<String> into) {
    String paragraph = inline(current.toString());
    // A line of control characters only (a stray bell in a paste) is as empty as a blank one.
    if (paragraph.chars().anyMatch(c -> !Character.isISOControl(c) && !Character.isWhitespace(c))) {
      into.add(paragraph);
    }
    current.setLength(0);
  }

  /** Strips inline Markdown, keeping the words, and collapses runs of white space. */
  static String inline(String text) {
    String out = IMAGE.matcher(text).replaceAll("$1");
    out = LINK.matcher(out).replaceAll("$1");
    out = REFERENCE_LINK.matcher(out).replaceAll("$1");
    out = AUTOLINK.matcher(out).replaceAll("$1");
    out = CODE.matcher(out).replaceAll("$1");
    out = STRONG.matcher(out).replaceAll("$2");
    out = EMPHASIS_STAR.matcher(out).replaceAll("$1");
    out = EMPHASIS_UNDERSCORE.matcher(out).replaceAll("$1");
    out = STRIKE.matcher(out).replaceAll("$1");
    out = TAG.matcher(out).replaceAll("");
    out = out.replace("\\*", "*").replace("\\_", "_").replace("\\#", "#");
    return out.replaceAll("[\\s\\u00a0]+", " ").strip();
  }

  private MarkdownText() {}
}
