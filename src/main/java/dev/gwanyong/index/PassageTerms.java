package dev.gwanyong.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * The analysed terms around one passage, by searched field: its sentence (with its aligned
 * translation), the sentences before and after it, its whole paragraph (its sentences', and the
 * paragraph's translation) and its source's title. They are stored with the paragraph when the
 * index is built ({@link StoredPassages}), so judging a candidate looks its question's terms up in
 * them instead of analysing the paragraph again for every question.
 */
public record PassageTerms(
    Terms sentence, Terms previousSentence, Terms nextSentence, Lookup paragraph, Terms title) {

  /** Terms a question's words are looked up in. */
  public interface Lookup {
    /** Whether every one of {@code terms} occurs in {@code field}. */
    boolean containsAll(String field, List<String> terms);
  }

  /** The sentences either side of the passage, as one: a term is there when either has it. */
  public Lookup neighbours() {
    return ownWords(previousSentence, nextSentence);
  }

  /**
   * A whole paragraph: its sentences in their own words, and its whole translation, which is kept
   * on its own (a sentence's aligned translation may be only part of it). The sentences' terms are
   * stored once, not again as their union: that union was a fifth of what the index keeps of a
   * paragraph.
   */
  public static Lookup paragraph(List<Terms> sentences, Terms translation) {
    Lookup ownWords = ownWords(sentences.toArray(Terms[]::new));
    return (field, terms) ->
        field.equals(Fields.TRANSLATION)
            ? translation.containsAll(field, terms)
            : ownWords.containsAll(field, terms);
  }

  /** The sentence before the passage, in its own words. */
  public Lookup previous() {
    return ownWords(previousSentence);
  }

  /** The sentence after the passage, in its own words. */
  public Lookup next() {
    return ownWords(nextSentence);
  }

  /**
   * Sentences looked up in their own terms, which the index stores anyway: a term is there when any
   * of them has it. A neighbour's translation does not say what this sentence's does, so the
   * translation field has none.
   */
  private static Lookup ownWords(Terms... sentences) {
    return (field, terms) -> {
      if (field.equals(Fields.TRANSLATION)) {
        return terms.isEmpty();
      }
      for (int t = 0; t < terms.size(); t++) {
        if (!anyContains(sentences, field, terms.get(t))) {
          return false;
        }
      }
      return true;
    };
  }

  private static boolean anyContains(Terms[] sentences, String field, String term) {
    for (Terms sentence : sentences) {
      if (sentence.contains(field, term)) {
        return true;
      }
    }
    return false;
  }

  /** The fields a question's words are looked up in, and so the fields whose terms are kept. */
  static final List<String> FIELDS =
      List.of(
          Fields.KOREAN,
          Fields.ENGLISH,
          Fields.TRANSLITERATION,
          Fields.TRANSLITERATION_LATIN,
          Fields.TRANSLATION);

  /**
   * Control characters never reach analysis (the normaliser drops them), so they cannot occur
   * inside a term; being ASCII, its bytes cannot occur inside another character's UTF-8 either.
   */
  private static final byte TERM_START = 0x1F;

  /**
   * Terms by field, kept in their stored form: a question asks about a handful of terms, so looking
   * them up in the stored bytes is cheaper than building sets of every term around every candidate.
   * They are stored as UTF-8 bytes, not as a string: decoding them into a string for every
   * candidate was a tenth of all a question allocated. Each field's terms are stored in UTF-8
   * order, so a term is found by binary search instead of a scan. The bytes start with the length
   * of each of {@link #FIELDS}' terms, in that order, followed by the terms, each after a {@code
   * TERM_START}: reading where a field's terms are no longer scans them all, which was 3% of a
   * question's time, as every sentence of every candidate's paragraph is read.
   */
  public static final class Terms implements Lookup {
    /** No terms: what a sentence before the first or after the last has. */
    static final Terms NONE = new Terms(new BytesRef());

    private final BytesRef encoded;

    /**
     * For each of {@link #FIELDS}, where its terms begin (the first {@code TERM_START}) and end; -1
     * when none.
     */
    private final int[] sections = new int[2 * FIELDS.size()];

    private Terms(BytesRef encoded) {
      this.encoded = encoded;
      Arrays.fill(sections, -1);
      if (encoded.length == 0) {
        return;
      }
      ByteArrayDataInput header =
          new ByteArrayDataInput(encoded.bytes, encoded.offset, encoded.length);
      int[] lengths = new int[FIELDS.size()];
      for (int f = 0; f < lengths.length; f++) {
        lengths[f] = header.readVInt();
      }
      int at = header.getPosition();
      for (int f = 0; f < lengths.length; f++) {
        if (lengths[f] > 0) {
          sections[2 * f] = at;
          sections[2 * f + 1] = at + lengths[f];
        }
        at += lengths[f];
      }
    }

    /** Terms as {@link #bytes()} encoded them, read back from where they were stored. */
    static Terms of(BytesRef encoded) {
      return encoded == null ? NONE : new Terms(encoded);
    }

    /** The encoded terms, to be stored. */
    BytesRef bytes() {
      return encoded;
    }

    /** The terms of {@link #FIELDS}; others are not kept. */
    static Terms of(Map<String, Set<String>> byField) {
      List<BytesRefBuilder> sectionBytes = new ArrayList<>();
      ByteBuffersDataOutput header = new ByteBuffersDataOutput();
      for (String field : FIELDS) {
        BytesRefBuilder section = new BytesRefBuilder();
        byField.getOrDefault(field, Set.of()).stream()
            .map(BytesRef::new)
            .sorted()
            .forEach(
                term -> {
                  section.append(TERM_START);
                  section.append(term);
                });
        writeVInt(header, section.length());
        sectionBytes.add(section);
      }
      BytesRefBuilder bytes = new BytesRefBuilder();
      bytes.append(new BytesRef(header.toArrayCopy()));
      sectionBytes.forEach(section -> bytes.append(section.get()));
      return new Terms(bytes.toBytesRef());
    }

    private static void writeVInt(ByteBuffersDataOutput out, int value) {
      try {
        out.writeVInt(value);
      } catch (IOException e) {
        throw new IllegalStateException("writing to memory failed", e);
      }
    }

    /**
     * Whether every one of {@code terms} occurs in {@code field}. It runs for every group of a
     * question in every region of every candidate, so it allocates nothing: no marker, no encoded
     * term, no iterator.
     */
    @Override
    public boolean containsAll(String field, List<String> terms) {
      int f = section(field);
      if (f < 0) {
        return terms.isEmpty();
      }
      for (int t = 0; t < terms.size(); t++) {
        if (!contains(sections[2 * f], sections[2 * f + 1], terms.get(t))) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether {@code field} holds the term here; allocates nothing, as {@link #containsAll} does
     * not.
     */
    boolean contains(String field, String term) {
      int f = section(field);
      return f >= 0 && contains(sections[2 * f], sections[2 * f + 1], term);
    }

    /** How many distinct terms {@code field} holds here. */
    public int count(String field) {
      int f = section(field);
      if (f < 0) {
        return 0;
      }
      int terms = 0;
      for (int at = sections[2 * f]; at < sections[2 * f + 1]; at++) {
        terms += encoded.bytes[at] == TERM_START ? 1 : 0;
      }
      return terms;
    }

    /**
     * Whether the term is one of the sorted terms between {@code from} (a {@code TERM_START}) and
     * {@code to}, by binary search: the middle byte is walked back to the start of the term it
     * falls in. The term's end is found by the comparison itself, and walked to only when the
     * search goes on after it: this search runs for every term of a question in every sentence of
     * every candidate's paragraph.
     */
    private boolean contains(int from, int to, String term) {
      int low = from;
      int high = to;
      while (low < high) {
        int start = (low + high) >>> 1;
        while (encoded.bytes[start] != TERM_START) {
          start--;
        }
        int order = compare(start + 1, high, term);
        if (order == 0) {
          return true;
        } else if (order < 0) {
          int next = start + 1;
          while (next < high && encoded.bytes[next] != TERM_START) {
            next++;
          }
          low = next;
        } else {
          high = start;
        }
      }
      return false;
    }

    /**
     * The index in {@link #FIELDS} of a field that has terms here, whose bounds are in {@link
     * #sections}; else -1.
     */
    private int section(String field) {
      int f = FIELDS.indexOf(field);
      return f >= 0 && sections[2 * f] >= 0 ? f : -1;
    }

    /**
     * The order of the stored term that starts at {@code from} (and ends at the next {@code
     * TERM_START}, or at {@code to}) and the UTF-8 of {@code text}, unsigned byte by byte as {@link
     * BytesRef} orders them; the text is encoded as it is compared.
     */
    private int compare(int from, int to, String text) {
      int at = from;
      for (int i = 0; i < text.length(); i++) {
        int c = text.codePointAt(i);
        if (Character.isSupplementaryCodePoint(c)) {
          i++;
        }
        int length = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        for (int k = 0; k < length; k++) {
          if (at == to || encoded.bytes[at] == TERM_START) {
            return -1;
          }
          int difference = (encoded.bytes[at++] & 0xFF) - utf8Byte(c, length, k);
          if (difference != 0) {
            return difference;
          }
        }
      }
      return at == to || encoded.bytes[at] == TERM_START ? 0 : 1;
    }

    /** Byte {@code k} of the {@code length}-byte UTF-8 encoding of the code point. */
    private static int utf8Byte(int codePoint, int length, int k) {
      if (length == 1) {
        return codePoint;
      }
      int shifted = codePoint >> 6 * (length - 1 - k);
      return k == 0 ? (0xFF00 >> length & 0xFF) | shifted : 0x80 | shifted & 0x3F;
    }
  }
}
