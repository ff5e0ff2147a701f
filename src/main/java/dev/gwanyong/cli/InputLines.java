package dev.gwanyong.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Lines of standard input for {@code ask --jsonl} and {@code console}, none kept longer than {@link #MAX_CHARS}
 * characters. A longer line is read to its end without being kept: one pasted file of 30 MB in a batch exhausted the
 * heap the launcher sizes for the index, and the batch died with its other questions unanswered.
 */
final class InputLines {

  /**
   * The longest line kept. Only the first 500 characters of a question are searched, so this leaves room for a
   * JSON line's other fields, not for whole documents.
   */
  static final int MAX_CHARS = 64 * 1024;

  /** A line without its line break; empty and {@code tooLong} when it had more than {@link #MAX_CHARS} characters. */
  record Line(String text, boolean tooLong) {}

  private final Reader in;
  private boolean first = true;

  InputLines(InputStream input) {
    this.in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
  }

  /** The next line, or null at the end of the input: a line ends at a line feed, and a carriage return before it goes. */
  Line next() throws IOException {
    int c = in.read();
    if (first && c == '\uFEFF') {
      c = in.read(); // a byte-order mark a Windows editor saved before the first line: not part of it
    }
    first = false;
    if (c < 0) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    boolean tooLong = false;
    for (; c >= 0 && c != '\n'; c = in.read()) {
      if (text.length() < MAX_CHARS) {
        text.append((char) c);
      } else {
        tooLong = true;
      }
    }
    if (tooLong) {
      return new Line("", true);
    }
    int end = text.length();
    return new Line(end > 0 && text.charAt(end - 1) == '\r' ? text.substring(0, end - 1) : text.toString(), false);
  }
}
