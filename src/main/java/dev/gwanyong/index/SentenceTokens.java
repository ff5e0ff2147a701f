package dev.gwanyong.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * The Korean and English tokens of a paragraph's sentences as the index analysed them, with their
 * offsets, kept with the paragraph ({@link StoredPassages}) so that emphasising a quote's words
 * reads them back instead of running Nori over the quote again, which was a tenth of a question's
 * time at 99k passages. The English analyser reads a Korean word whole, which tells emphasis
 * nothing Nori's reading does not, so only its other tokens are kept ({@link #englishWords}). A
 * sentence whose indexed text is not its written text (the normaliser folded, joined or cut it)
 * keeps none, and its quotes are analysed as they are written.
 */
public final class SentenceTokens {

  /** A quote's tokens, with offsets within the quote, in the order of the text. */
  public record Quoted(List<Analysis.TermSpan> korean, List<Analysis.TermSpan> english) {}

  private final int[] starts;
  private final int[] ends;

  /**
   * Each sentence's tokens as {@link #encode} wrote them, empty when the sentence keeps none; none
   * at all when the index they were read from has closed. Read when a quote first needs them, as
   * only the few that are cited do.
   */
  private final Supplier<Optional<BytesRef[]>> read;

  private volatile Optional<BytesRef[]> encoded;

  SentenceTokens(int[] starts, int[] ends, Supplier<Optional<BytesRef[]>> read) {
    this.starts = starts;
    this.ends = ends;
    this.read = read;
  }

  /**
   * The tokens that lie within {@code [start, end)} of the paragraph, offsets counted from {@code
   * start}; empty when a sentence the span overlaps keeps none, or the index has closed.
   */
  public Optional<Quoted> within(int start, int end) {
    Optional<BytesRef[]> kept = encoded();
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    BytesRef[] sentences = kept.get();
    List<Analysis.TermSpan> korean = new ArrayList<>();
    List<Analysis.TermSpan> english = new ArrayList<>();
    for (int s = 0; s < sentences.length; s++) {
      if (ends[s] <= start || starts[s] >= end) {
        continue;
      }
      if (sentences[s].length == 0) {
        return Optional.empty();
      }
      ByteArrayDataInput in =
          new ByteArrayDataInput(sentences[s].bytes, sentences[s].offset, sentences[s].length);
      while (!in.eof()) {
        int tokenStart = starts[s] + in.readVInt();
        int lengthAndField = in.readVInt();
        String term = readString(in);
        int tokenEnd = tokenStart + (lengthAndField >>> 1);
        if (tokenStart >= start && tokenEnd <= end) {
          ((lengthAndField & 1) == 0 ? korean : english)
              .add(new Analysis.TermSpan(term, tokenStart - start, tokenEnd - start));
        }
      }
    }
    return Optional.of(new Quoted(korean, english));
  }

  /**
   * The sentences' tokens, read at most once or twice: two threads that both find them unread both
   * read them.
   */
  private Optional<BytesRef[]> encoded() {
    Optional<BytesRef[]> known = encoded;
    if (known == null) {
      known = read.get();
      encoded = known;
    }
    return known;
  }

  private static String readString(ByteArrayDataInput in) {
    try {
      return in.readString();
    } catch (IOException e) {
      throw new UncheckedIOException("reading a stored paragraph from memory failed", e);
    }
  }

  /**
   * A sentence's tokens to keep: its Korean field's and the {@link #englishWords} of its English
   * field, as analysed from {@code indexed}; nothing when that is not the sentence as {@code
   * written}, whose offsets they must be.
   */
  static BytesRef encode(
      String written, String indexed, AnalysedText korean, AnalysedText english) {
    if (!written.equals(indexed)) {
      return new BytesRef();
    }
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      write(out, korean.spans(), 0);
      write(out, englishWords(english.spans()), 1);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory failed", e);
    }
    return new BytesRef(out.toArrayCopy());
  }

  /** The English field's tokens other than the Korean words it reads whole. */
  public static List<Analysis.TermSpan> englishWords(List<Analysis.TermSpan> english) {
    return english.stream().filter(t -> !HangulSyllables.containsSyllable(t.term())).toList();
  }

  private static void write(ByteBuffersDataOutput out, List<Analysis.TermSpan> tokens, int field)
      throws IOException {
    for (Analysis.TermSpan token : tokens) {
      out.writeVInt(token.start());
      out.writeVInt((token.end() - token.start()) << 1 | field);
      out.writeString(token.term());
    }
  }
}
