package dev.gwanyong.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Korean question that opens with a capitalised Latin word asks about a name, as Korean writes no
 * capital at a sentence's start: "Helm이 뭐야?" asks what "What is Helm?" asks, though helm is also an
 * English word and the source writes it mostly where its sentences start.
 */
class LatinNameInKoreanQuestionTest {

  @TempDir Path folder;

  @Test
  void aKoreanQuestionAboutANameThatIsAlsoAWordGetsTheSentenceThatSaysWhatItIs()
      throws IOException {
    try (AnswerService service =
        OneSource.open(
            folder,
            "helm",
            "Helm is a package manager for Kubernetes. It packages manifests into charts that"
                + " can be shared.",
            "Helm was started in 2015 at a small company. In 2016 the Helm project merged with"
                + " another deployment tool.",
            "Helm 3 removed the component called Tiller. Helm joined the CNCF in 2018.")) {
      for (String question : new String[] {"What is Helm?", "Helm이 뭐야?", "Helm은 뭐예요?"}) {
        Answer answer = service.ask(question);
        assertTrue(answer.answered(), question + " is answered, at " + answer.confidence());
        String quote = answer.citations().getFirst().quote();
        assertTrue(quote.startsWith("Helm is a package manager"), question + ": " + quote);
      }
    }
  }
}
