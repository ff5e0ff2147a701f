package dev.gwanyong.admin;

import dev.gwanyong.corpus.Source;
import dev.gwanyong.lexicon.EditDistance;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Deriving ids for new sources and suggesting the id a moderator probably meant. */
final class SourceIds {

  private static final int MAX_LENGTH = 64;
  private static final int MAX_ECHO = 80;

  /**
   * An id for a source that was given none: the last path segment of its URL ({@code …/k8s-history}
   * gives {@code k8s-history}), else its title in lower-case ASCII, else (a Korean title) {@code
   * source-} and six hex digits of the title's digest, stable for the same title.
   */
  static String derive(Optional<String> url, String title) {
    Optional<String> fromUrl =
        url.flatMap(SourceIds::lastSegment).map(SourceIds::slug).filter(s -> !s.isEmpty());
    String id = fromUrl.orElseGet(() -> slug(title));
    return id.isEmpty() ? "source-" + digest(title).substring(0, 6) : id;
  }

  private static String digest(String text) {
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(text.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The id itself when free, else the id with the first free {@code -2}, {@code -3} … suffix. */
  static String free(String id, Collection<String> taken) {
    if (!taken.contains(id)) {
      return id;
    }
    for (int n = 2; ; n++) {
      String suffix = "-" + n;
      String candidate =
          id.substring(0, Math.min(id.length(), MAX_LENGTH - suffix.length())) + suffix;
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
  }

  /**
   * A typed id as a reply quotes it: at most {@value #MAX_ECHO} characters, the last an ellipsis,
   * and control characters as spaces. A page pasted in an id's place would otherwise come back
   * whole, and an escape sequence would reach the terminal.
   */
  static String echo(String typed) {
    return cut(typed, MAX_ECHO);
  }

  /**
   * Text as a reply shows it: at most {@code max} characters, the last an ellipsis, control
   * characters as spaces.
   */
  static String cut(String text, int max) {
    String shown = text.replaceAll("\\p{Cc}", " ");
    if (shown.length() <= max) {
      return shown;
    }
    int end = max - 1;
    return shown.substring(0, Character.isHighSurrogate(shown.charAt(end - 1)) ? end - 1 : end)
        + "…";
  }

  /**
   * The existing id nearest to a mistyped one by edit distance, when it is near enough to be a
   * typo.
   */
  static Optional<String> suggest(String typed, Collection<String> ids) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String id : ids) {
      int distance = EditDistance.between(typed.toLowerCase(Locale.ROOT), id);
      if (distance < bestDistance) {
        best = id;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(2, typed.length() / 3);
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  private static Optional<String> lastSegment(String url) {
    try {
      String path = Optional.ofNullable(URI.create(url).getPath()).orElse("");
      String[] segments = path.split("/");
      for (int i = segments.length - 1; i >= 0; i--) {
        String segment = segments[i].replaceFirst("\\.(html?|md|markdown|txt|php|aspx?)$", "");
        if (!segment.isBlank() && !segment.equals("index")) {
          return Optional.of(segment);
        }
      }
      return Optional.ofNullable(URI.create(url).getHost()).map(h -> h.replaceFirst("^www\\.", ""));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String slug(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug =
        ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_LENGTH) {
      slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return Source.isValidId(slug) ? slug : "";
  }

  private SourceIds() {}
}
