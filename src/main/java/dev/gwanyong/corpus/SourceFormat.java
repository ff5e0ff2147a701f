package dev.gwanyong.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The text format of a source file in {@code index/}: a header of {@code key: value} lines between
 * two {@code ---} lines, then the body, one paragraph a line. A file whose header names {@code
 * translation-of} is a paragraph-aligned translation of another source.
 *
 * <pre>
 * ---
 * id: kubernetes-tolerance
 * title: 쿠버네티스와 ‘관용’
 * lang: ko
 * licence: …
 * ---
 * 첫 문단…
 * 둘째 문단…
 * </pre>
 */
public final class SourceFormat {

  public static final String FENCE = "---";
  private static final Set<String> KEYS =
      Set.of("id", "title", "lang", "author", "url", "licence", "references", "translation-of");

  /** A parsed file: its header values and its paragraphs. */
  public record Parsed(Map<String, String> header, List<String> paragraphs, int bodyLine) {

    public Optional<String> value(String key) {
      return Optional.ofNullable(header.get(key)).filter(v -> !v.isBlank());
    }

    String required(String key, String file) {
      return value(key)
          .orElseThrow(() -> new CorpusException(file + ": header has no '" + key + "'"));
    }

    public boolean isTranslation() {
      return value("translation-of").isPresent();
    }

    public Source toSource(String file) {
      try {
        return new Source(
            required("id", file),
            required("title", file),
            required("lang", file),
            value("author"),
            value("url"),
            value("licence").orElse(""),
            value("references").map(r -> Arrays.asList(r.split("\\s+"))).orElse(List.of()),
            paragraphs,
            bodyLine,
            Optional.empty());
      } catch (IllegalArgumentException e) {
        throw new CorpusException(file + ": " + e.getMessage());
      }
    }

    public Source.Translation toTranslation(String file) {
      return new Source.Translation(required("lang", file), value("title").orElse(""), paragraphs);
    }
  }

  public static Parsed parse(String text, String file) {
    // Editors on some systems save UTF-8 with a byte-order mark; it is not part of the header.
    List<String> lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).lines().toList();
    if (lines.isEmpty() || !lines.getFirst().strip().equals(FENCE)) {
      throw new CorpusException(file + ": must start with a '---' header line");
    }
    Map<String, String> header = new LinkedHashMap<>();
    int i = 1;
    for (; i < lines.size() && !lines.get(i).strip().equals(FENCE); i++) {
      String line = lines.get(i);
      int colon = line.indexOf(':');
      if (line.isBlank()) {
        continue;
      }
      String key = colon < 0 ? line.strip() : line.substring(0, colon).strip();
      if (colon < 0 || !KEYS.contains(key)) {
        throw new CorpusException(
            file + ": line " + (i + 1) + ": unknown header key '" + key + "'; known: " + KEYS);
      }
      if (header.containsKey(key)) {
        // Which one was meant cannot be told, and keeping either would serve a title or url nobody
        // checked.
        throw new CorpusException(
            file + ": line " + (i + 1) + ": header key '" + key + "' appears twice");
      }
      header.put(key, line.substring(colon + 1).strip());
    }
    if (i >= lines.size()) {
      throw new CorpusException(file + ": header is not closed by a '---' line");
    }
    List<String> body = lines.subList(i + 1, lines.size());
    int last = body.size();
    while (last > 0 && body.get(last - 1).isBlank()) {
      last--;
    }
    List<String> paragraphs = new ArrayList<>(body.subList(0, last));
    for (int p = 0; p < paragraphs.size(); p++) {
      if (paragraphs.get(p).isBlank()) {
        throw new CorpusException(
            file
                + ": line "
                + (i + 2 + p)
                + " is blank; the body is one paragraph a line, without blank lines");
      }
    }
    return new Parsed(header, paragraphs, i + 2);
  }

  /** Writes a source in this format; {@link #parse} of the result gives the same source back. */
  public static String format(Source source) {
    StringBuilder out = new StringBuilder(FENCE).append('\n');
    header(out, "id", source.id());
    header(out, "title", source.title());
    header(out, "lang", source.language());
    source.author().ifPresent(a -> header(out, "author", a));
    source.url().ifPresent(u -> header(out, "url", u));
    header(out, "licence", source.licence());
    if (!source.references().isEmpty()) {
      header(out, "references", String.join(" ", source.references()));
    }
    out.append(FENCE).append('\n');
    source.paragraphs().forEach(p -> out.append(p).append('\n'));
    return out.toString();
  }

  private static void header(StringBuilder out, String key, String value) {
    out.append(key).append(": ").append(value).append('\n');
  }

  private SourceFormat() {}
}
