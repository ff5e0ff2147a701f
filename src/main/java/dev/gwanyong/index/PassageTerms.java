package dev.gwanyong.index;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.util.BytesRef;

/**
 * The analysed terms around one passage, by searched field: its sentence (with its aligned translation), the
 * sentences either side, its whole paragraph (with the paragraph's translation) and its source's title. They are
 * stored with the passage when the index is built, so judging a candidate looks its question's terms up in them
 * instead of analysing the paragraph again for every question.
 */
public record PassageTerms(Terms sentence, Terms neighbours, Terms paragraph, Terms title) {

  /** The fields a question's words are looked up in, and so the fields whose terms are kept. */
  static final List<String> FIELDS =
      List.of(Fields.KOREAN, Fields.ENGLISH, Fields.TRANSLITERATION, Fields.TRANSLATION);

  private static final String SENTENCE_TERMS = "terms_sentence";
  private static final String NEIGHBOUR_TERMS = "terms_neighbours";
  private static final String PARAGRAPH_TERMS = "terms_paragraph";
  private static final String TITLE_TERMS = "terms_title";
  /** The stored fields of the terms that only a paragraph's first sentence's document holds. */
  public static final Set<String> PARAGRAPH_FIELDS = Set.of(PARAGRAPH_TERMS, TITLE_TERMS);
  /**
   * Control characters never reach analysis (the normaliser drops them), so they cannot occur inside a term; being
   * ASCII, their bytes cannot occur inside another character's UTF-8 either.
   */
  private static final byte FIELD_START = 0x1E;
  private static final byte TERM_START = 0x1F;

  /**
   * Terms by field, kept in their stored form: a question asks about a handful of terms, so looking them up in the
   * stored bytes is cheaper than building sets of every term around every candidate. They are stored as UTF-8 bytes,
   * not as a string: decoding them into a string for every candidate was a tenth of all a question allocated, and
   * whole terms compare as well in UTF-8.
   */
  public static final class Terms {
    private static final Terms NONE = new Terms(new BytesRef());

    private final BytesRef encoded;

    private Terms(BytesRef encoded) {
      this.encoded = encoded;
    }

    static Terms of(Map<String, Set<String>> byField) {
      StringBuilder text = new StringBuilder();
      byField.forEach((field, terms) -> {
        text.append((char) FIELD_START).append(field);
        terms.forEach(term -> text.append((char) TERM_START).append(term));
      });
      return new Terms(new BytesRef(text));
    }

    /**
     * Whether every one of {@code terms} occurs in {@code field}. It runs for every group of a question in every
     * region of every candidate, so it allocates nothing: no marker, no encoded term, no iterator.
     */
    public boolean containsAll(String field, List<String> terms) {
      int section = section(field);
      if (section < 0) {
        return terms.isEmpty();
      }
      int end = end();
      int to = section;
      while (to < end && encoded.bytes[to] != FIELD_START) {
        to++;
      }
      for (int t = 0; t < terms.size(); t++) {
        if (!contains(section, to, terms.get(t))) {
          return false;
        }
      }
      return true;
    }

    /** Where the field's terms begin (the first {@code TERM_START}), or -1 when it has none here. */
    private int section(String field) {
      int end = end();
      for (int at = encoded.offset; at < end; at++) {
        if (encoded.bytes[at] == FIELD_START) {
          int after = at + 1 + field.length();
          if (after < end && encoded.bytes[after] == TERM_START && matches(at + 1, after, field)) {
            return after;
          }
        }
      }
      return -1;
    }

    /** Whether the term is one of those between {@code from} (a {@code TERM_START}) and {@code to}. */
    private boolean contains(int from, int to, String term) {
      for (int start = from; start < to; ) {
        int next = start + 1;
        while (next < to && encoded.bytes[next] != TERM_START) {
          next++;
        }
        if (matches(start + 1, next, term)) {
          return true;
        }
        start = next;
      }
      return false;
    }

    /** Whether the bytes {@code [from, to)} are the UTF-8 of {@code text}, encoded as it is compared. */
    private boolean matches(int from, int to, String text) {
      int at = from;
      for (int i = 0; i < text.length(); i++) {
        int c = text.codePointAt(i);
        if (Character.isSupplementaryCodePoint(c)) {
          i++;
        }
        if (c < 0x80) {
          if (at >= to || encoded.bytes[at++] != (byte) c) {
            return false;
          }
        } else if (c < 0x800) {
          if (at + 2 > to || encoded.bytes[at++] != (byte) (0xC0 | c >> 6)
              || encoded.bytes[at++] != (byte) (0x80 | c & 0x3F)) {
            return false;
          }
        } else if (c < 0x10000) {
          if (at + 3 > to || encoded.bytes[at++] != (byte) (0xE0 | c >> 12)
              || encoded.bytes[at++] != (byte) (0x80 | c >> 6 & 0x3F)
              || encoded.bytes[at++] != (byte) (0x80 | c & 0x3F)) {
            return false;
          }
        } else if (at + 4 > to || encoded.bytes[at++] != (byte) (0xF0 | c >> 18)
            || encoded.bytes[at++] != (byte) (0x80 | c >> 12 & 0x3F)
            || encoded.bytes[at++] != (byte) (0x80 | c >> 6 & 0x3F)
            || encoded.bytes[at++] != (byte) (0x80 | c & 0x3F)) {
          return false;
        }
      }
      return at == to;
    }

    private int end() {
      return encoded.offset + encoded.length;
    }
  }

  /** Stores the terms with a sentence's document; those of the whole paragraph only with its first sentence. */
  void addTo(Document doc, boolean firstOfParagraph) {
    doc.add(new StoredField(SENTENCE_TERMS, sentence.encoded));
    doc.add(new StoredField(NEIGHBOUR_TERMS, neighbours.encoded));
    if (firstOfParagraph) {
      doc.add(new StoredField(PARAGRAPH_TERMS, paragraph.encoded));
      doc.add(new StoredField(TITLE_TERMS, title.encoded));
    }
  }

  /** The terms stored with a sentence's document and with its paragraph's first sentence. */
  public static PassageTerms of(Document sentence, Document firstOfParagraph) {
    return new PassageTerms(read(sentence, SENTENCE_TERMS), read(sentence, NEIGHBOUR_TERMS),
        read(firstOfParagraph, PARAGRAPH_TERMS), read(firstOfParagraph, TITLE_TERMS));
  }

  private static Terms read(Document doc, String field) {
    BytesRef encoded = doc.getBinaryValue(field);
    return encoded == null ? Terms.NONE : new Terms(encoded);
  }
}
