package dev.gwanyong.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Looking a question's terms up in a passage's stored terms, which are kept as UTF-8 bytes. */
class PassageTermsTest {

  private static PassageTerms.Terms terms(Map<String, Set<String>> byField) {
    Map<String, Set<String>> ordered = new LinkedHashMap<>();
    byField.forEach((field, terms) -> ordered.put(field, new LinkedHashSet<>(terms)));
    return PassageTerms.Terms.of(ordered);
  }

  private static final PassageTerms.Terms NOTHING = terms(Map.of());

  private static final PassageTerms.Terms SENTENCE =
      terms(
          Map.of(
              Fields.KOREAN, Set.of("쿠버네티스", "컨테이너", "𠀀자"),
              Fields.ENGLISH, Set.of("kubernetes", "café"),
              Fields.TRANSLATION, Set.of()));

  @Test
  void theNeighboursHoldWhatEitherSentenceHoldsButNoTranslation() {
    PassageTerms.Terms before =
        terms(Map.of(Fields.KOREAN, Set.of("이름"), Fields.TRANSLATION, Set.of("name")));
    PassageTerms.Terms after = terms(Map.of(Fields.KOREAN, Set.of("짓다")));
    PassageTerms passage = new PassageTerms(SENTENCE, before, after, NOTHING, NOTHING);
    PassageTerms.Lookup neighbours = passage.neighbours();
    assertTrue(neighbours.containsAll(Fields.KOREAN, List.of("이름")));
    assertTrue(neighbours.containsAll(Fields.KOREAN, List.of("짓다")));
    // A phrase whose words stand one in each neighbour is in the neighbours, as in their terms put
    // together.
    assertTrue(neighbours.containsAll(Fields.KOREAN, List.of("이름", "짓다")));
    assertFalse(neighbours.containsAll(Fields.KOREAN, List.of("이름", "도커")));
    assertFalse(
        neighbours.containsAll(Fields.TRANSLATION, List.of("name")),
        "a neighbour's translation is not this");
    assertFalse(
        new PassageTerms(SENTENCE, NOTHING, NOTHING, NOTHING, NOTHING)
            .neighbours()
            .containsAll(Fields.KOREAN, List.of("이름")));
  }

  @Test
  void theParagraphHoldsWhatAnyOfItsSentencesHoldsAndItsWholeTranslation() {
    PassageTerms.Terms other =
        terms(Map.of(Fields.KOREAN, Set.of("이름"), Fields.TRANSLATION, Set.of("name")));
    PassageTerms.Terms translation =
        terms(Map.of(Fields.TRANSLATION, Set.of("kubernetes", "name")));
    PassageTerms.Lookup paragraph = PassageTerms.paragraph(List.of(SENTENCE, other), translation);
    assertTrue(
        paragraph.containsAll(Fields.KOREAN, List.of("쿠버네티스", "이름")), "words of two sentences");
    assertTrue(paragraph.containsAll(Fields.ENGLISH, List.of("café")));
    assertFalse(paragraph.containsAll(Fields.KOREAN, List.of("도커")));
    assertTrue(
        paragraph.containsAll(Fields.TRANSLATION, List.of("kubernetes", "name")),
        "the whole translation's");
    assertFalse(
        PassageTerms.paragraph(List.of(SENTENCE, other), NOTHING)
            .containsAll(Fields.TRANSLATION, List.of("name")),
        "a sentence's aligned translation is not the paragraph's");
  }

  @Test
  void eachNeighbourHoldsOnlyItsOwnWords() {
    PassageTerms.Terms before =
        terms(Map.of(Fields.KOREAN, Set.of("이름"), Fields.TRANSLATION, Set.of("name")));
    PassageTerms.Terms after = terms(Map.of(Fields.KOREAN, Set.of("짓다")));
    PassageTerms passage = new PassageTerms(SENTENCE, before, after, NOTHING, NOTHING);
    assertTrue(passage.previous().containsAll(Fields.KOREAN, List.of("이름")));
    assertFalse(passage.previous().containsAll(Fields.KOREAN, List.of("짓다")));
    assertFalse(passage.previous().containsAll(Fields.TRANSLATION, List.of("name")));
    assertTrue(passage.next().containsAll(Fields.KOREAN, List.of("짓다")));
    assertFalse(
        passage.next().containsAll(Fields.KOREAN, List.of("이름", "짓다")),
        "the phrase is split between them");
  }

  @Test
  void findsWholeTermsInTheirFieldOnly() {
    assertTrue(SENTENCE.containsAll(Fields.KOREAN, List.of("쿠버네티스")));
    assertTrue(SENTENCE.containsAll(Fields.KOREAN, List.of("컨테이너", "쿠버네티스")));
    assertTrue(SENTENCE.containsAll(Fields.ENGLISH, List.of("café", "kubernetes")));
    assertFalse(SENTENCE.containsAll(Fields.ENGLISH, List.of("쿠버네티스")));
    assertFalse(SENTENCE.containsAll(Fields.KOREAN, List.of("쿠버네티스", "도커")));
  }

  @Test
  void countsTheTermsOfOneField() {
    assertEquals(3, SENTENCE.count(Fields.KOREAN));
    assertEquals(2, SENTENCE.count(Fields.ENGLISH));
    assertEquals(0, SENTENCE.count(Fields.TRANSLATION), "an empty field");
    assertEquals(0, SENTENCE.count(Fields.TRANSLITERATION), "a field not stored here");
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
  void findsEveryOneOfManyTermsAndNothingElse() {
    Random random = new Random(14);
    String[] alphabet = {"a", "z", "é", "가", "힣", "ㄱ", "𠀀", "1", "-"};
    Set<String> stored = new HashSet<>();
    Set<String> asked = new HashSet<>();
    for (int i = 0; i < 600; i++) {
      StringBuilder term = new StringBuilder();
      for (int length = 1 + random.nextInt(4); length > 0; length--) {
        term.append(alphabet[random.nextInt(alphabet.length)]);
      }
      (i % 2 == 0 ? stored : asked).add(term.toString());
    }
    PassageTerms.Terms terms =
        terms(Map.of(Fields.KOREAN, stored, Fields.ENGLISH, Set.of("other")));
    for (String term : stored) {
      assertTrue(terms.containsAll(Fields.KOREAN, List.of(term)), term);
    }
    for (String term : asked) {
      assertEquals(stored.contains(term), terms.containsAll(Fields.KOREAN, List.of(term)), term);
    }
  }

  @Test
  void termsReadBackFromTheirStoredBytesAreTheTermsStored() {
    // A stored read hands the bytes back inside a larger buffer, at an offset.
    BytesRef bytes = SENTENCE.bytes();
    byte[] buffer = new byte[bytes.length + 7];
    System.arraycopy(bytes.bytes, bytes.offset, buffer, 5, bytes.length);
    PassageTerms.Terms read = PassageTerms.Terms.of(new BytesRef(buffer, 5, bytes.length));
    assertTrue(read.containsAll(Fields.KOREAN, List.of("컨테이너")));
    assertEquals(SENTENCE.count(Fields.KOREAN), read.count(Fields.KOREAN));
    assertFalse(PassageTerms.Terms.of((BytesRef) null).containsAll(Fields.KOREAN, List.of("컨테이너")));
  }
}
