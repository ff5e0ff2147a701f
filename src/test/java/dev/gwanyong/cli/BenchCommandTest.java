package dev.gwanyong.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench} on benchmark data written here: it builds the corpus it is given, times Gwanyong
 * and plain BM25 on the same questions, and leaves the live index alone. It asserts what is
 * printed, never how fast.
 */
class BenchCommandTest {

  @TempDir Path dir;

  @Test
  void timesKorquadCopiesAndBenchmarkQuestionsBesidePlainBm25() throws IOException {
    Path korquad = korquad("고래는 어디에 사나?", "바다");
    Path tatoeba = tatoeba("Whales live in the sea.\n", "고래는 바다에 산다.\n");
    Path data = dir.resolve("live-data");

    CliRun run =
        CliRun.of(
            "bench",
            "--korquad-corpus",
            "3",
            "--benchmark-questions",
            "2",
            "--korquad",
            korquad.toString(),
            "--tatoeba",
            tatoeba.toString(),
            "--data",
            data.toString(),
            "--rounds",
            "1",
            "--warmup",
            "0",
            "--rebuilds",
            "2");

    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("KorQuAD 1.0 dev paragraphs ×3, 2 questions"), run.out());
    assertTrue(run.out().contains("index build: 3 sources, 6 passages"), run.out());
    assertTrue(run.out().contains("plain BM25 build (in memory): 6 passages"), run.out());
    assertEquals(
        2,
        run.out()
            .lines()
            .filter(l -> l.contains("; rebuilt warm in ") && l.endsWith("(median of 2)"))
            .count(),
        "both builds print the median of their warm rebuilds: " + run.out());
    assertTrue(
        run.out().lines().anyMatch(l -> l.startsWith("ratio to plain BM25: p50 ")), run.out());
    assertTrue(
        run.out().lines().noneMatch(l -> l.contains("first asking")),
        "with no other questions to warm up on, no round asks a question for the first time: "
            + run.out());
    assertTrue(Files.notExists(data), "the benchmark builds into a scratch folder");
  }

  @Test
  void savesTheCorpusAndQuestionsForAServingProcessToAnswer() throws IOException {
    Path korquad = korquad("고래는 어디에 사나?", "바다");
    Path tatoeba = tatoeba("Whales live in the sea.\n", "고래는 바다에 산다.\n");
    Path saved = dir.resolve("inputs");

    CliRun run =
        CliRun.of(
            "bench",
            "--korquad-corpus",
            "2",
            "--benchmark-questions",
            "2",
            "--korquad",
            korquad.toString(),
            "--tatoeba",
            tatoeba.toString(),
            "--rounds",
            "1",
            "--warmup",
            "0",
            "--rebuilds",
            "0",
            "--save-inputs",
            saved.toString());
    assertEquals(0, run.code(), run.err());
    try (var files = Files.list(saved.resolve("corpus"))) {
      assertEquals(2, files.count(), "one source file a copy of the article");
    }

    CliRun asked =
        CliRun.withInput(
            Files.readString(saved.resolve("questions.jsonl")),
            "ask",
            "--jsonl",
            "--corpus",
            saved.resolve("corpus").toString(),
            "--data",
            dir.resolve("data").toString());
    assertEquals(0, asked.code(), asked.err());
    ObjectMapper json = new ObjectMapper();
    List<String> answered = new ArrayList<>();
    for (String line : asked.out().lines().toList()) {
      JsonNode answer = json.readTree(line);
      answered.add(answer.get("id").asText() + " " + answer.get("question").asText());
    }
    assertEquals(
        List.of("bench-1 고래는 어디에 사나?", "bench-2 Whales live in the sea."),
        answered,
        "the timed questions, half KorQuAD and half Tatoeba, in order");

    CliRun again = CliRun.of("bench", "--save-inputs", saved.toString());
    assertEquals(2, again.code());
    assertTrue(again.firstErrorLine().contains(saved + " already exists"), again.err());
  }

  @Test
  void warmsUpOnOtherBenchmarkQuestionsAndTimesTheirFirstAskingApart() throws IOException {
    Path korquad = korquad("고래는 어디에 사나?", "바다", "고래는 어떤 동물인가?", "포유류");
    Path tatoeba =
        tatoeba("Whales live in the sea.\nWhales are mammals.\n", "고래는 바다에 산다.\n고래는 포유류이다.\n");

    CliRun run =
        CliRun.of(
            "bench",
            "--korquad-corpus",
            "1",
            "--benchmark-questions",
            "2",
            "--korquad",
            korquad.toString(),
            "--tatoeba",
            tatoeba.toString(),
            "--rounds",
            "2",
            "--warmup",
            "1",
            "--rebuilds",
            "0");

    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.out().contains("answer latency over 4 questions"),
        "two questions, two rounds: " + run.out());
    assertEquals(
        2,
        run.out()
            .lines()
            .filter(
                l -> l.startsWith("  first asking (after warming up on 2 other questions): p50 "))
            .count(),
        "Gwanyong and plain BM25 alike: " + run.out());
    assertTrue(
        run.out().lines().anyMatch(l -> l.startsWith("ratio to plain BM25, first asking: p50 ")),
        run.out());
    List<String> fastest =
        run.out()
            .lines()
            .filter(l -> l.startsWith("  each question's fastest of its rounds: "))
            .toList();
    List<String> all =
        run.out()
            .lines()
            .filter(l -> l.contains(" over 4 questions (warm, in-process): "))
            .toList();
    assertEquals(2, fastest.size(), run.out());
    for (int i = 0; i < 2; i++) {
      assertTrue(
          p99(fastest.get(i)) <= p99(all.get(i)),
          "a question's fastest round is no slower: " + run.out());
    }
  }

  private static double p99(String line) {
    Matcher p99 = Pattern.compile("p99 ([0-9.]+) ms").matcher(line);
    assertTrue(p99.find(), line);
    return Double.parseDouble(p99.group(1));
  }

  @Test
  void typosAsksEachQuestionAsWrittenAndWithOneSlip() throws IOException {
    Path korquad = korquad("고래는 어떤 동물인가?", "포유류", "어디 사나?", "바다");
    Path tatoeba =
        tatoeba(
            "Whales live in the sea.\nI am ok.\nDolphins are clever.\n",
            "고래는 바다에 산다.\n난 괜찮아.\n돌고래는 영리하다.\n");

    CliRun run =
        CliRun.of(
            "bench",
            "typos",
            "--korquad",
            korquad.toString(),
            "--tatoeba",
            tatoeba.toString(),
            "--every",
            "1");

    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.out().contains("Tatoeba English→Korean, 2 questions with one slip:"),
        "only sentences with a word of four letters or more get a slip: " + run.out());
    assertTrue(
        run.out().contains("KorQuAD (Korean), 1 questions with one slip:"),
        "only questions with a Hangul word of three syllables or more: " + run.out());
    assertEquals(
        2,
        run.out().lines().filter(l -> l.strip().startsWith("respelled back ")).count(),
        run.out());
    assertEquals(
        2,
        run.out().lines().filter(l -> l.strip().startsWith("answered right: ")).count(),
        run.out());
  }

  @Test
  void tatoebaAsksThePairsBothWays() throws IOException {
    Path tatoeba =
        tatoeba("Whales live in the sea.\nDolphins are clever.\n", "고래는 바다에 산다.\n돌고래는 영리하다.\n");

    CliRun run = CliRun.of("bench", "tatoeba", "--dir", tatoeba.toString());

    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.out().contains("Tatoeba English→Korean, 2 pairs: gwanyong accuracy@1 1.000"),
        run.out());
    assertTrue(
        run.out().contains("Tatoeba Korean→English, 2 pairs: gwanyong accuracy@1 1.000"),
        run.out());
  }

  @Test
  void typosRefusesAZeroStepWithAMessage() {
    CliRun run = CliRun.of("bench", "typos", "--every", "0");
    assertEquals(2, run.code());
    assertTrue(run.firstErrorLine().contains("--every must be at least 1"), run.err());
  }

  @Test
  void aNegativeRebuildCountIsRefusedWithAMessage() {
    CliRun run = CliRun.of("bench", "--rebuilds", "-1");
    assertEquals(2, run.code());
    assertTrue(run.firstErrorLine().contains("--rebuilds at least 0"), run.err());
  }

  @Test
  void aQuestionCountBelowTwoIsRefusedWithAMessage() {
    CliRun run = CliRun.of("bench", "--benchmark-questions", "1");
    assertEquals(2, run.code());
    assertTrue(
        run.firstErrorLine().contains("--benchmark-questions must be at least 2"), run.err());
  }

  /**
   * KorQuAD data of one paragraph about whales, with questions each followed by its answer, a word
   * of it.
   */
  @Test
  void aFileThatIsNotKorquadIsNamedWithWhatIsWrong() throws IOException {
    Path notJson = Files.writeString(dir.resolve("notes.json"), "not json");
    Path noQuestions = Files.writeString(dir.resolve("empty.json"), "{\"data\": []}");

    CliRun malformed = CliRun.of("bench", "korquad", "--file", notJson.toString());
    assertEquals(1, malformed.code());
    assertTrue(
        malformed.firstErrorLine().startsWith("error: " + notJson + " is not KorQuAD 1.0 JSON: "),
        malformed.err());
    CliRun folder = CliRun.of("bench", "korquad", "--file", dir.toString());
    assertEquals(2, folder.code());
    assertTrue(folder.firstErrorLine().contains(dir + " is a folder, not a file"), folder.err());
    CliRun empty = CliRun.of("bench", "korquad", "--file", noQuestions.toString());
    assertEquals(1, empty.code());
    assertEquals(
        "error: " + noQuestions + " holds no KorQuAD question (data → paragraphs → qas)",
        empty.firstErrorLine());
  }

  @Test
  void calibrateRefusesAnOutputItCannotWriteBeforeItStarts() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "");
    Path korquad = korquad("고래는 어디에 사나?", "바다");
    Path tatoeba = tatoeba("Whales live in the sea.\n", "고래는 바다에 산다.\n");

    CliRun run =
        CliRun.of(
            "calibrate",
            "--output",
            file.resolve("model.json").toString(),
            "--korquad",
            korquad.toString(),
            "--tatoeba",
            tatoeba.toString());

    assertEquals(2, run.code(), run.err());
    assertTrue(
        run.firstErrorLine().startsWith("cannot write " + file.resolve("model.json")), run.err());
    assertTrue(run.out().isEmpty(), "nothing was asked: " + run.out());
  }

  private Path korquad(String... questionsAndAnswers) throws IOException {
    String whales = "고래는 바다에 산다. 고래는 포유류이다.";
    StringJoiner qas = new StringJoiner(", ");
    for (int i = 0; i < questionsAndAnswers.length; i += 2) {
      String answer = questionsAndAnswers[i + 1];
      qas.add(
          """
          {"id": "%d", "question": "%s", "answers": [{"text": "%s", "answer_start": %d}]}\
          """
              .formatted(i / 2 + 1, questionsAndAnswers[i], answer, whales.indexOf(answer)));
    }
    Path korquad = dir.resolve("korquad.json");
    Files.writeString(
        korquad,
        """
        {"version": "KorQuAD_v1.0_dev", "data": [{"title": "바다", "paragraphs": [{"context": "%s", "qas": [%s]}]}]}
        """
            .formatted(whales, qas));
    return korquad;
  }

  /** A Tatoeba folder of aligned English and Korean lines. */
  private Path tatoeba(String english, String korean) throws IOException {
    Path tatoeba = Files.createDirectories(dir.resolve("tatoeba"));
    Files.writeString(tatoeba.resolve("tatoeba.kor-eng.eng"), english);
    Files.writeString(tatoeba.resolve("tatoeba.kor-eng.kor"), korean);
    return tatoeba;
  }
}
