package dev.gwanyong.index;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;

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
  /** Control characters never reach analysis (the normaliser drops them), so they cannot occur inside a term. */
  private static final char FIELD_START = '\u001E';
  private static final char TERM_START = '\u001F';

  /**
   * Terms by field, kept in their stored form: a question asks about a handful of terms, so looking them up in the
   * text is cheaper than building sets of every term around every candidate.
   */
  public static final class Terms {
    private final String encoded;

    private Terms(String encoded) {
      this.encoded = encoded;
    }

    static Terms of(Map<String, Set<String>> byField) {
      StringBuilder text = new StringBuilder();
      byField.forEach((field, terms) -> {
        text.append(FIELD_START).append(field);
        terms.forEach(term -> text.append(TERM_START).append(term));
      });
      return new Terms(text.toString());
    }

    /**
     * Whether every one of {@code terms} occurs in {@code field}. It runs for every group of a question in every
     * region of every candidate, so it allocates nothing: no marker string, no iterator.
     */
    public boolean containsAll(String field, List<String> terms) {
      int start = fieldStart(field);
      if (start < 0) {
        return terms.isEmpty();
      }
      int from = start + 1 + field.length();
      int end = encoded.indexOf(FIELD_START, from);
      int to = end < 0 ? encoded.length() : end;
      for (int t = 0; t < terms.size(); t++) {
        if (!contains(from, to, terms.get(t))) {
          return false;
        }
      }
      return true;
    }

    /** Where the field's section begins (its {@code FIELD_START}), or -1 when it has no terms here. */
    private int fieldStart(String field) {
      for (int at = encoded.indexOf(FIELD_START); at >= 0; at = encoded.indexOf(FIELD_START, at + 1)) {
        int after = at + 1 + field.length();
        if (encoded.startsWith(field, at + 1) && after < encoded.length() && encoded.charAt(after) == TERM_START) {
          return at;
        }
      }
      return -1;
    }

    /** Whether the term stands whole between {@code from} (a term start) and {@code to}. */
    private boolean contains(int from, int to, String term) {
      for (int at = encoded.indexOf(term, from); at >= 0 && at + term.length() <= to;
          at = encoded.indexOf(term, at + 1)) {
        int after = at + term.length();
        if (encoded.charAt(at - 1) == TERM_START && (after == to || encoded.charAt(after) == TERM_START)) {
          return true;
        }
      }
      return false;
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
    String encoded = doc.get(field);
    return new Terms(encoded == null ? "" : encoded);
  }
}
