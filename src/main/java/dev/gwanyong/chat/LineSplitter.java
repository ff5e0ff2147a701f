package dev.gwanyong.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Text longer than a platform takes in one piece (a Discord message, a Slack section) as several
 * pieces, split between lines, so that a listing loses no line to a cut. A line longer than a
 * piece, and whatever is left when the pieces run out, is cut by the platform's own rule, which
 * knows what a cut must not split: an escape, an entity, an emoji.
 */
public final class LineSplitter {

  private LineSplitter() {}

  /**
   * {@code text} in one to {@code most} pieces of at most {@code max} characters each, of whole
   * lines where a line fits; blank lines where it is split are left out, so that no piece starts or
   * ends with an empty line.
   *
   * @param fit the platform's cut: the text shortened to at most the given length, marked where it
   *     was cut
   */
  public static List<String> split(
      String text, int max, int most, BiFunction<String, Integer, String> fit) {
    List<String> pieces = new ArrayList<>();
    String rest = text.replaceFirst("^\n+", "");
    while (rest.length() > max && pieces.size() < most - 1) {
      int end = rest.lastIndexOf('\n', max);
      // The first line alone is longer than a piece: it is cut, and the next piece starts after it.
      if (end < 0) {
        end = rest.indexOf('\n');
        pieces.add(fit.apply(end < 0 ? rest : rest.substring(0, end), max));
      } else {
        pieces.add(rest.substring(0, end).replaceFirst("\n+$", ""));
      }
      rest = end < 0 ? "" : rest.substring(end + 1).replaceFirst("^\n+", "");
    }
    if (!rest.isEmpty() || pieces.isEmpty()) {
      pieces.add(fit.apply(rest, max));
    }
    return pieces;
  }
}
