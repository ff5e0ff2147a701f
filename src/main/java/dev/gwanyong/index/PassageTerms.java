package dev.gwanyong.index;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;

/**
 * The analysed terms around one passage, by searched field: its sentence (with its aligned translation), the
 * sentences either side, its whole paragraph (with the paragraph's translation) and its source's title. They are
 * stored with the passage when the index is built, so judging a candidate reads them instead of analysing its
 * paragraph again for every question.
 */
public record PassageTerms(Terms sentence, Terms neighbours, Terms paragraph, Terms title) {

  /** The fields a question's words are looked up in, and so the fields whose terms are kept. */
  static final List<String> FIELDS =
      List.of(Fields.KOREAN, Fields.ENGLISH, Fields.TRANSLITERATION, Fields.TRANSLATION);

  private static final String PREFIX = "terms_";
  /** Control characters never reach analysis (the normaliser drops them), so they cannot occur inside a term. */
  private static final char FIELD_SEPARATOR = '\u001E';
  private static final char TERM_SEPARATOR = '\u001F';

  /** Terms by field; a field without terms reads as empty. */
  public record Terms(Map<String, Set<String>> byField) {

    public Terms {
      Map<String, Set<String>> copy = new HashMap<>();
      byField.forEach((field, terms) -> copy.put(field, Set.copyOf(terms)));
      byField = Map.copyOf(copy);
    }

    public Set<String> in(String field) {
      return byField.getOrDefault(field, Set.of());
    }

    /** These terms and the other's, field by field. */
    Terms with(Terms other) {
      Map<String, Set<String>> union = new HashMap<>();
      for (Terms t : List.of(this, other)) {
        t.byField.forEach((field, terms) -> union.computeIfAbsent(field, f -> new LinkedHashSet<>()).addAll(terms));
      }
      return new Terms(union);
    }

    /** These terms without those of one field. */
    Terms without(String field) {
      Map<String, Set<String>> rest = new HashMap<>(byField);
      rest.remove(field);
      return new Terms(rest);
    }

    static final Terms NONE = new Terms(Map.of());

    private String encode() {
      StringBuilder text = new StringBuilder();
      byField.forEach((field, terms) -> {
        if (!text.isEmpty()) {
          text.append(FIELD_SEPARATOR);
        }
        text.append(field);
        terms.forEach(term -> text.append(TERM_SEPARATOR).append(term));
      });
      return text.toString();
    }

    private static Terms decode(String text) {
      Map<String, Set<String>> byField = new HashMap<>();
      if (text != null && !text.isEmpty()) {
        for (String part : text.split(String.valueOf(FIELD_SEPARATOR))) {
          List<String> items = List.of(part.split(String.valueOf(TERM_SEPARATOR)));
          byField.put(items.get(0), Set.copyOf(items.subList(1, items.size())));
        }
      }
      return new Terms(byField);
    }
  }

  void addTo(Document doc) {
    doc.add(new StoredField(PREFIX + "sentence", sentence.encode()));
    doc.add(new StoredField(PREFIX + "neighbours", neighbours.encode()));
    doc.add(new StoredField(PREFIX + "paragraph", paragraph.encode()));
    doc.add(new StoredField(PREFIX + "title", title.encode()));
  }

  /** The terms stored with a passage's document. */
  public static PassageTerms of(Document doc) {
    return new PassageTerms(
        Terms.decode(doc.get(PREFIX + "sentence")),
        Terms.decode(doc.get(PREFIX + "neighbours")),
        Terms.decode(doc.get(PREFIX + "paragraph")),
        Terms.decode(doc.get(PREFIX + "title")));
  }
}
