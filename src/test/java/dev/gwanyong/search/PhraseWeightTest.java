package dev.gwanyong.search;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.IndexStore;
import dev.gwanyong.lexicon.Lexicon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A synonym the analyser reads as several words (k8s as k | 8 | s) stands for one word of the question, as the
 * group's single words do: a sentence that says k8s scores about as much as one that says 쿠버네티스, not as three
 * rare words.
 */
class PhraseWeightTest {

  @TempDir Path folder;

  @Test
  void anAliasReadAsSeveralWordsWeighsWhatItsGroupWeighs() throws IOException {
    Path corpus = Files.createDirectories(folder.resolve("corpus"));
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= 8; i++) {
      body.append("쿠버네티스 클러스터 %d번은 서울 데이터센터에서 돈다.%n".formatted(i));
    }
    body.append("약칭 k8s는 여덟 글자를 줄여 쓴 이름이다.\n");
    body.append("쿠버네티스는 여덟 글자를 줄여 쓴 이름이다.\n");
    Files.writeString(corpus.resolve("k8s.txt"), """
        ---
        id: k8s
        title: 클러스터
        lang: ko
        licence: written for this test
        ---
        """ + body, UTF_8);
    Analysis analysis = Analysis.load(Path.of("config", "analysis"));
    try (IndexStore store = new IndexStore(folder.resolve("data"), analysis)) {
      store.openOrBuild(Corpus.load(corpus));
      Retriever retriever = new Retriever(store, Lexicon.load(Path.of("config", "lexicon"), analysis));
      List<Hit> hits = retriever.retrieve("쿠버네티스 이름", 15).hits();
      double alias = score(hits, "약칭 k8s");
      double word = score(hits, "쿠버네티스는 여덟");
      assertTrue(alias <= word * 1.05, "k8s scored " + alias + ", 쿠버네티스 " + word);
    }
  }

  private static double score(List<Hit> hits, String sentenceStart) {
    return hits.stream().filter(h -> h.sentenceText().startsWith(sentenceStart)).findFirst().orElseThrow()
        .evidence().score();
  }
}
