package dev.gwanyong.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Lines of standard input for {@code ask --jsonl} and {@code console}, none kept longer than {@link
 * #MAX_CHARS} characters. A longer line is read to its end without being kept: one pasted file of
 * 30 MB in a batch exhausted the heap the launcher sizes for the index, and the batch died with its
 * other questions unanswered.
 *
 * <p>Each line is decoded as UTF-8 on its own, strictly: decoded leniently, a batch saved in CP949
 * became questions of U+FFFD that were all refused, as if the sources knew nothing, with exit 0.
 */
final class InputLines {

  /**
   * The longest line kept. Only the first 500 characters of a question are searched, so this leaves
   * room for a JSON line's other fields, not for whole documents.
   */
  static final int MAX_CHARS = 64 * 1024;

  /**
   * No character takes more than four bytes in UTF-8: a line of more bytes than this is too long,
   * whatever it says.
   */
  private static final int MAX_BYTES = 4 * MAX_CHARS;

  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * A line without its line break. Its text is empty when it was not kept: {@code tooLong} when it
   * had more than {@link #MAX_CHARS} characters, {@code notUtf8} when its bytes are not UTF-8.
   */
  record Line(String text, boolean tooLong, boolean notUtf8) {

    /** Whether the line was kept and holds nothing but white space. */
    boolean isBlank() {
      return !tooLong && !notUtf8 && text.isBlank();
    }
  }

  private final InputStream in;
  private boolean first = true;

  InputLines(InputStream input) {
    this.in = new BufferedInputStream(input);
  }

  /**
   * The next line, or null at the end of the input: a line ends at a line feed, and a carriage
   * return before it goes.
   */
  Line next() throws IOException {
    int b = in.read();
    if (b < 0) {
      return null;
    }
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    boolean tooLong = false;
    for (; b >= 0 && b != '\n'; b = in.read()) {
      if (kept.size() < MAX_BYTES) {
        kept.write(b);
      } else {
        tooLong = true;
      }
    }
    byte[] bytes = kept.toByteArray();
    // A byte-order mark a Windows editor saved before the first line is not part of it.
    int start = first && startsWithByteOrderMark(bytes) ? BYTE_ORDER_MARK.length : 0;
    first = false;
    if (tooLong) {
      return new Line("", true, false);
    }
    int end =
        bytes.length > start && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(ByteBuffer.wrap(bytes, start, end - start))
              .toString();
    } catch (CharacterCodingException e) {
      return new Line("", false, true);
    }
    return text.length() > MAX_CHARS ? new Line("", true, false) : new Line(text, false, false);
  }

  private static boolean startsWithByteOrderMark(byte[] bytes) {
    return bytes.length >= BYTE_ORDER_MARK.length
        && bytes[0] == BYTE_ORDER_MARK[0]
        && bytes[1] == BYTE_ORDER_MARK[1]
        && bytes[2] == BYTE_ORDER_MARK[2];
  }
}
