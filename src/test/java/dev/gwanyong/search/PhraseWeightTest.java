package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A synonym the analyser reads as several words (k8s as k | 8 | s) stands for one word of the
 * question, as the group's single words do: a sentence that says k8s scores about as much as one
 * that says 쿠버네티스, not as three rare words.
 */
class PhraseWeightTest {

  @TempDir Path folder;

  @Test
  void anAliasReadAsSeveralWordsWeighsWhatItsGroupWeighs() throws IOException {
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= 8; i++) {
      body.append("쿠버네티스 클러스터 %d번은 서울 데이터센터에서 돈다.%n".formatted(i));
    }
    body.append("약칭 k8s는 여덟 글자를 줄여 쓴 이름이다.\n");
    body.append("쿠버네티스는 여덟 글자를 줄여 쓴 이름이다.\n");
    String source =
        """
        ---
        id: k8s
        title: 클러스터
        lang: ko
        licence: written for this test
        ---
        """
            + body;
    Path corpus = folder.resolve("corpus");
    try (SmallIndex index =
        SmallIndex.write(corpus, Map.of("k8s.txt", source), folder.resolve("data"))) {
      List<Hit> hits = index.retriever().retrieve("쿠버네티스 이름", 15).hits();
      double alias = score(hits, "약칭 k8s");
      double word = score(hits, "쿠버네티스는 여덟");
      assertTrue(alias <= word * 1.05, "k8s scored " + alias + ", 쿠버네티스 " + word);
    }
  }

  private static double score(List<Hit> hits, String sentenceStart) {
    return hits.stream()
        .filter(h -> h.sentenceText().startsWith(sentenceStart))
        .findFirst()
        .orElseThrow()
        .evidence()
        .score();
  }
}
