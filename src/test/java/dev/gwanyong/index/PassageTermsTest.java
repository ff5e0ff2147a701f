package dev.gwanyong.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;

/** Looking a question's terms up in a passage's stored terms, which are kept as UTF-8 bytes. */
class PassageTermsTest {

  private static PassageTerms.Terms terms(Map<String, Set<String>> byField) {
    Map<String, Set<String>> ordered = new LinkedHashMap<>();
    byField.forEach((field, terms) -> ordered.put(field, new LinkedHashSet<>(terms)));
    return PassageTerms.Terms.of(ordered);
  }

  private static final PassageTerms.Terms SENTENCE = terms(Map.of(
      Fields.KOREAN, Set.of("쿠버네티스", "컨테이너", "𠀀자"),
      Fields.ENGLISH, Set.of("kubernetes", "café"),
      Fields.TRANSLATION, Set.of()));

  @Test
  void findsWholeTermsInTheirFieldOnly() {
    assertTrue(SENTENCE.containsAll(Fields.KOREAN, List.of("쿠버네티스")));
    assertTrue(SENTENCE.containsAll(Fields.KOREAN, List.of("컨테이너", "쿠버네티스")));
    assertTrue(SENTENCE.containsAll(Fields.ENGLISH, List.of("café", "kubernetes")));
    assertFalse(SENTENCE.containsAll(Fields.ENGLISH, List.of("쿠버네티스")));
    assertFalse(SENTENCE.containsAll(Fields.KOREAN, List.of("쿠버네티스", "도커")));
  }

  @Test
  void aPieceOfATermIsNotTheTerm() {
    assertFalse(SENTENCE.containsAll(Fields.KOREAN, List.of("쿠버")));
    assertFalse(SENTENCE.containsAll(Fields.KOREAN, List.of("네티스")));
    assertFalse(SENTENCE.containsAll(Fields.ENGLISH, List.of("cafe")));
    assertFalse(SENTENCE.containsAll(Fields.ENGLISH, List.of("kubernetess")));
  }

  @Test
  void charactersBeyondTheBasicPlaneCompareWhole() {
    assertTrue(SENTENCE.containsAll(Fields.KOREAN, List.of("𠀀자")));
    assertFalse(SENTENCE.containsAll(Fields.KOREAN, List.of("𠀀")));
  }

  @Test
  void aFieldWithoutTermsHoldsOnlyNothing() {
    assertTrue(SENTENCE.containsAll(Fields.TRANSLATION, List.of()));
    assertFalse(SENTENCE.containsAll(Fields.TRANSLATION, List.of("container")));
    assertFalse(SENTENCE.containsAll(Fields.TRANSLITERATION, List.of("kbnts")));
  }

  @Test
  void termsReadBackFromADocumentAreTheTermsStored() {
    PassageTerms.Terms none = terms(Map.of());
    Document doc = new Document();
    new PassageTerms(SENTENCE, none, SENTENCE, none).addTo(doc, true);
    PassageTerms read = PassageTerms.of(doc, doc);
    assertTrue(read.sentence().containsAll(Fields.KOREAN, List.of("컨테이너")));
    assertTrue(read.paragraph().containsAll(Fields.ENGLISH, List.of("café")));
    assertFalse(read.neighbours().containsAll(Fields.KOREAN, List.of("컨테이너")));
  }
}
