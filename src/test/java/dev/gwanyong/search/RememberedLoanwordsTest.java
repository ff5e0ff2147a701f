package dev.gwanyong.search;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.index.PhoneticKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retriever remembers the Hangul words it found an English word as, for the index it found them
 * in: after a moderator's change rebuilds the index, the word is looked up in the new one.
 */
class RememberedLoanwordsTest {

  private static final String QUESTION = "Where was the viola?";

  @TempDir Path corpus;
  @TempDir Path data;

  /** Written for this test: a school hall. */
  private void writeHall(String... sentences) throws IOException {
    Files.writeString(
        corpus.resolve("hall.txt"),
        """
        ---
        id: hall
        title: 강당
        lang: ko
        licence: written for the Gwanyong tests
        ---
        """
            + String.join("\n", sentences)
            + "\n",
        UTF_8);
  }

  @Test
  void aLoanwordIsLookedUpAgainInTheIndexAChangeRebuilt() throws IOException {
    // Its phonetic key is too short to find it: only its Hangul form, matched against the index's
    // words, does.
    assertFalse(PhoneticKey.matches("비올라", "viola"));
    writeHall("무대 위에는 피아노 한 대가 있었다.");
    try (SmallIndex index = new SmallIndex(corpus, data)) {
      Retriever retriever = index.retriever();
      assertTrue(retriever.retrieve(QUESTION, 1).hits().isEmpty(), "no viola yet");

      writeHall("무대 위에는 피아노 한 대가 있었다.", "강당 구석에는 낡은 비올라가 놓여 있었다.");
      index.store().rebuild(Corpus.load(corpus));
      List<Hit> hits = retriever.retrieve(QUESTION, 1).hits();
      assertFalse(hits.isEmpty(), "the viola a moderator added");
      assertEquals("강당 구석에는 낡은 비올라가 놓여 있었다.", hits.getFirst().sentenceText());
    }
  }
}
