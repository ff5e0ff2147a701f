package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gwanyong.index.IndexStore;
import dev.gwanyong.index.StoredPassages;
import dev.gwanyong.index.TextNormalizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A sentence's word stands for one question word, and which one does not depend on the order a
 * word's translations come in: like (좋아하다, 좋다) takes 좋아하다 and leaves 좋다 to good.
 */
class ClaimedWordTest {

  /** Written for this test. */
  private static final String MUSIC =
      """
      ---
      id: music
      title: 취미
      lang: ko
      licence: written for the Gwanyong tests
      ---
      나는 좋은 음악을 좋아한다.
      """;

  private static final String QUESTION = "Do you like good music?";

  @RegisterExtension static final SharedIndex index = SharedIndex.of(Map.of("music.txt", MUSIC));

  /** The question's groups with each group's alternatives in the opposite order. */
  private static QuestionGroups reversed(QuestionGroups groups) {
    List<QuestionGroups.Group> turned = new ArrayList<>();
    for (QuestionGroups.Group g : groups.groups()) {
      List<QuestionGroups.Alternative> alternatives = new ArrayList<>(g.alternatives());
      Collections.reverse(alternatives);
      turned.add(
          new QuestionGroups.Group(
              g.word(),
              new LinkedHashSet<>(alternatives),
              g.general(),
              g.words(),
              g.numberCue(),
              g.everyday(),
              g.weight()));
    }
    return new QuestionGroups(turned);
  }

  @Test
  void eachQuestionWordFindsItsOwnWordOfTheSentence() {
    Evidence evidence = index.retriever().retrieve(QUESTION, 1).hits().getFirst().evidence();
    assertEquals(3, evidence.groups(), "like, good, music");
    assertEquals(3, evidence.groupsFound());
  }

  @Test
  void theEvidenceIsTheSameWhicheverOrderTheTranslationsComeIn() throws IOException {
    String text = index.store().analysis().asked(TextNormalizer.normalize(QUESTION));
    QuestionGroups groups =
        QuestionGroups.of(
            text, index.store().analysis(), index.lexicon(), QuestionGroups.CorpusWords.NONE);
    try (IndexStore.Lease lease = index.store().acquire()) {
      ReaderWords words = new ReaderWords(lease.reader());
      StoredPassages.Passage passage =
          StoredPassages.read(lease.reader(), new int[] {0}).getFirst();
      String sentence = passage.paragraphText().substring(passage.start(), passage.end());
      EvidenceScorer.Ranking first = new EvidenceScorer.Ranking(1, 1, 0, 1, 1);
      List<Evidence> measured = new ArrayList<>();
      for (QuestionGroups ordered : List.of(groups, reversed(groups))) {
        measured.add(
            new EvidenceScorer(index.store().analysis(), words, ordered, text)
                .measure(
                    passage.terms(),
                    passage.title(),
                    passage.marks(),
                    sentence,
                    passage.paragraphText(),
                    first)
                .evidence());
      }
      assertEquals(measured.getFirst(), measured.getLast());
      assertEquals(3, measured.getLast().groupsFound());
    }
  }
}
