package dev.gwanyong.answer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.config.ConfigLoader;
import dev.gwanyong.corpus.SentenceSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * English and mixed questions over the bundled corpus are answered from the Korean essay: the quote
 * is the original's own characters, and under it the aligned English of exactly the quoted
 * sentences.
 */
class CrossLingualAnswerTest {

  private static final String ESSAY = "kubernetes-tolerance";
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  static final double RENDERING_BUDGET = EmphasisTest.RENDERING_BUDGET;

  @TempDir static Path data;
  private static AnswerService service;

  @BeforeAll
  static void open() {
    // How a citation is rendered is tested here, not whether to answer (that is bench selective's,
    // on thousands of questions): a generous risk budget lets every question show its best
    // candidate as the default would if sure.
    service =
        AnswerService.open(
            new ConfigLoader(Map.of())
                .load(Map.of("data", data.toString(), "answer.max_risk", RENDERING_BUDGET)));
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  /** The body paragraphs of a source file, one a line after the header. */
  private static List<String> paragraphs(String file) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("index", file), UTF_8);
    int bodyStart = lines.subList(1, lines.size()).indexOf("---") + 2;
    return lines.subList(bodyStart, lines.size()).stream().filter(l -> !l.isBlank()).toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          What share of companies use Kubernetes?                  | 78%          | 78%
          Did Google interfere with the Kubernetes project?        | 간섭         | interfere
          Where do most IT companies run their applications?      | 퍼블릭 클라우드 | public cloud
          Google은 쿠버네티스 사용자들에게 interfere 했나?          | 간섭         | interfere
          구글은 Kubernetes users에게 간섭했나?                     | 간섭         | interfere
          """)
  void answersWithTheKoreanOriginalAndTheTranslationOfTheQuotedSentences(
      String question, String inQuote, String inTranslation) throws IOException {
    Answer answer = service.ask(question);
    assertTrue(answer.answered(), question + ": refused at confidence " + answer.confidence());
    Citation c = answer.citations().getFirst();
    assertEquals(ESSAY, c.sourceId(), question + " → " + c.quote());
    assertTrue(c.quote().contains(inQuote), c.quote());

    // The quote is the original's exact characters, within the limit.
    String original = paragraphs(ESSAY + ".txt").get(c.paragraph() - 1);
    assertEquals(original, c.context());
    assertEquals(original.substring(c.start(), c.end()), c.quote());
    assertTrue(c.quote().length() <= Citation.MAX_QUOTE_CHARS, c.quote().length() + " characters");

    // Under it, the aligned English: the same paragraph's translation, cut to the quoted sentences.
    assertTrue(c.translation().isPresent(), "the essay carries an English translation");
    String translation = c.translation().get();
    String englishParagraph = paragraphs(ESSAY + ".en.txt").get(c.paragraph() - 1);
    assertTrue(englishParagraph.contains(translation), translation);
    assertNotEquals(
        englishParagraph, translation, "only the quoted sentences, not the whole paragraph");
    assertEquals(
        SPLITTER.split(c.quote()).size(),
        SPLITTER.split(translation).size(),
        c.quote() + " / " + translation);
    assertTrue(translation.toLowerCase().contains(inTranslation), translation);
    int firstSentence = firstSentenceAt(original, c.start());
    assertTrue(
        englishParagraph.startsWith(
            translation, SPLITTER.split(englishParagraph).get(firstSentence).start()),
        "the translation starts at sentence "
            + firstSentence
            + " of the paragraph: "
            + translation);
  }

  private static int firstSentenceAt(String paragraph, int offset) {
    List<SentenceSplitter.Sentence> sentences = SPLITTER.split(paragraph);
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).end() > offset) {
        return i;
      }
    }
    throw new AssertionError("offset " + offset + " is past the paragraph");
  }
}
