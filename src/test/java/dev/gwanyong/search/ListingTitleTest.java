package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A title speaks for the paragraphs of its source that do not name what a question asks about, as
 * an article's title names its topic; but a title that lists several names does not make a
 * paragraph about one of them a paragraph about another. A title that lists aspects of one thing
 * still speaks for each of its paragraphs, even in Title Case: a title's names are the words the
 * corpus writes as names.
 */
class ListingTitleTest {

  /** Written for this test. */
  private static final String LANDSCAPE =
      """
      ---
      id: landscape
      title: Orchestrators — Swarm, Nomad and Kubernetes
      lang: en
      licence: written for the Gwanyong tests
      ---
      Docker made Swarm in 2014.
      It was announced at a conference.
      """;

  /** Written for this test. */
  private static final String HISTORY =
      """
      ---
      id: history
      title: Nomad's History And Governance
      lang: en
      licence: written for the Gwanyong tests
      ---
      Its governance was made open in 2020.
      """;

  @RegisterExtension
  static final SharedIndex index =
      SharedIndex.of(Map.of("landscape.txt", LANDSCAPE, "history.txt", HISTORY));

  private static Evidence evidence(String question, String sentence) {
    return index.retriever().retrieve(question, 5).hits().stream()
        .filter(hit -> hit.sentenceText().equals(sentence))
        .findFirst()
        .orElseThrow(() -> new AssertionError(question + " does not find " + sentence))
        .evidence();
  }

  @Test
  void aTitleThatListsSeveralNamesDoesNotSpeakForAParagraphAboutAnother() {
    Evidence swarm = evidence("Who made Nomad?", "Docker made Swarm in 2014.");
    assertEquals(0, swarm.titleShare(), "the paragraph names Swarm, not Nomad");
    assertEquals(0, swarm.contextShare(), "nor does the title count as its context");
  }

  @Test
  void aTitleThatListsAspectsOfOneThingSpeaksForItsParagraphs() {
    assertTrue(
        evidence("Who made Nomad?", "Its governance was made open in 2020.").titleShare() > 0);
  }
}
