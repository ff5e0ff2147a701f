package dev.gwanyong.index;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.corpus.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tokens the index keeps of each sentence are those that analysing a quote gives, for a
 * sentence, a sentence with its neighbour and a window cut at a space; a sentence the normaliser
 * changes keeps none, and an index that has closed since its passages were read gives none, so that
 * emphasis analyses the quote instead.
 */
class SentenceTokensTest {

  private static final Analysis ANALYSIS = Analysis.load(Path.of("config", "analysis"));
  private static final String FIRST =
      "쿠버네티스 1.0은 2015년 7월 21일 OSCON에서 발표되었고, Google은 같은 날 CNCF 설립을 알렸다.";
  private static final String SECOND = "Red Hat과 IBM이 창립 회원으로 참여했다.";

  /** Two spaces and a full-width letter, which the index reads as one space and a plain letter. */
  private static final String FOLDED = "이 문장은  ＡＰＩ 서버를 다룬다.";

  @TempDir Path corpus;
  @TempDir Path data;

  private static SentenceTokens.Quoted analysed(String quote) {
    return new SentenceTokens.Quoted(
        ANALYSIS.termSpans(Fields.KOREAN, quote),
        SentenceTokens.englishWords(ANALYSIS.termSpans(Fields.ENGLISH, quote)));
  }

  /** The stored passages of the given documents. */
  private static List<StoredPassages.Passage> passages(IndexStore store, int... docs)
      throws IOException {
    try (IndexStore.Lease lease = store.acquire()) {
      return StoredPassages.read(lease.reader(), docs);
    }
  }

  @Test
  void aQuotesKeptTokensAreThoseItsAnalysisGives() throws IOException {
    writeSource(FIRST + " " + SECOND + " " + FOLDED);
    try (IndexStore store = new IndexStore(data, ANALYSIS)) {
      store.openOrBuild(Corpus.load(corpus));
      List<StoredPassages.Passage> passages = passages(store, 0, 1, 2);
      StoredPassages.Passage first = passages.getFirst();
      String paragraph = first.paragraphText();
      int window = paragraph.indexOf(" 같은");
      for (int[] span :
          List.of(
              new int[] {first.start(), first.end()},
              new int[] {first.start(), passages.get(1).end()},
              new int[] {window + 1, passages.get(1).end()})) {
        Optional<SentenceTokens.Quoted> kept = first.tokens().within(span[0], span[1]);
        assertEquals(Optional.of(analysed(paragraph.substring(span[0], span[1]))), kept);
      }
      assertTrue(
          kept(first, first.start(), first.end()).english().stream()
              .anyMatch(t -> t.term().equals("cncf")),
          "English words are kept");
      StoredPassages.Passage folded = passages.get(2);
      assertEquals(
          Optional.empty(),
          folded.tokens().within(folded.start(), folded.end()),
          "the normaliser changed it");
      assertEquals(
          Optional.empty(), folded.tokens().within(first.start(), folded.end()), "nor with others");
    }
  }

  @Test
  void passagesReadFromAnIndexThatHasClosedHaveNoTokens() throws IOException {
    writeSource(FIRST);
    List<StoredPassages.Passage> passages;
    try (IndexStore store = new IndexStore(data, ANALYSIS)) {
      store.openOrBuild(Corpus.load(corpus));
      passages = passages(store, 0);
    }
    StoredPassages.Passage first = passages.getFirst();
    assertEquals(Optional.empty(), first.tokens().within(first.start(), first.end()));
  }

  private static SentenceTokens.Quoted kept(StoredPassages.Passage passage, int start, int end) {
    return passage.tokens().within(start, end).orElseThrow();
  }

  private void writeSource(String paragraph) throws IOException {
    Files.writeString(
        corpus.resolve("history.txt"),
        """
        ---
        id: history
        title: 쿠버네티스 1.0
        lang: ko
        licence: written for the Gwanyong tests
        ---
        """
            + paragraph
            + "\n",
        UTF_8);
  }
}
