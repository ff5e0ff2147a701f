package dev.gwanyong.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.answer.Language;
import dev.gwanyong.answer.Phrases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line's exit codes and messages, run in-process with captured output. */
class MainTest {

  @TempDir static Path dir;

  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  static String data() {
    return dir.resolve("data").toString();
  }

  private static void assertNoStackTrace(CliRun run) {
    assertFalse(run.err().contains("\tat "), run.err());
    assertFalse(run.err().contains("Exception in thread"), run.err());
    assertFalse(run.out().contains("\tat "), run.out());
  }

  /**
   * Nori's dictionaries are read ahead for a command that analyses text, and not for one that only
   * lists, shows or edits files, nor for a request for help.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ask 쿠버네티스?|true",
        "console|true",
        "index rebuild|true",
        "index add notes.txt|true",
        "bench korquad|true",
        "index list|false",
        "index show essay|false",
        "index status|false",
        "index unanswered|false",
        "index lexicon list|false",
        "index|false",
        "ask --help|false",
        "index rebuild --help|false",
        "--version|false"
      })
  void dictionariesAreReadAheadOnlyForCommandsThatAnalyse(String args, boolean analyses) {
    picocli.CommandLine.ParseResult parsed =
        new picocli.CommandLine(new Main()).parseArgs(args.split(" "));
    assertEquals(analyses, Main.analysesText(parsed), args);
  }

  /** A usage mistake: exit 2, the message first, then usage help, nothing on standard output. */
  private static void assertUsage(CliRun run, String message) {
    assertEquals(2, run.code(), run.err());
    assertTrue(run.firstErrorLine().contains(message), run.firstErrorLine());
    assertTrue(run.err().contains("Usage: gwanyong"), run.err());
    assertEquals("", run.out());
    assertNoStackTrace(run);
  }

  /** A failure: exit 1 and exactly one line that says what is wrong. */
  private static void assertFailure(CliRun run, String... named) {
    assertEquals(1, run.code(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("error: "), run.err());
    for (String name : named) {
      assertTrue(run.err().contains(name), run.err());
    }
    assertNoStackTrace(run);
  }

  @Test
  void noSubcommand() {
    assertUsage(run(), "missing subcommand");
  }

  @Test
  void unknownSubcommand() {
    assertUsage(run("xyzzy"), "xyzzy");
  }

  @Test
  void askWithoutAQuestion() {
    assertUsage(run("ask", "--data", data()), "ask needs a question");
    assertUsage(run("ask", "--data", data(), "   "), "ask needs a question");
    assertUsage(run("ask", "--data", data(), "???"), "ask needs a question");
    assertUsage(run("ask", "--data", data(), "👍\u200b"), "ask needs a question");
    assertUsage(run("ask", "--data", data(), "ok thanks"), "asks nothing to look up");
    assertUsage(run("ask", "--data", data(), "O O"), "asks nothing to look up");
  }

  @Test
  void askDeclinesAQuestionLongerThanChatTakesInItsLanguage() {
    String korean = "쿠버네티스를 활용하는 기업 비율은? ".repeat(60).strip();
    assertUsage(
        run("ask", "--data", data(), korean),
        "질문이 너무 깁니다 (%d자). 1000자 이내로 줄여 주세요.".formatted(korean.length()));
    String english = "What share of companies use Kubernetes? ".repeat(30);
    assertUsage(
        run("ask", "--data", data(), english),
        "That question is too long (%d characters). Please keep it under 1000."
            .formatted(english.strip().length()));
  }

  @Test
  void unknownOption() {
    assertUsage(run("ask", "--bogus", "쿠버네티스"), "--bogus");
  }

  @Test
  void indexWithoutItsSubcommand() {
    assertUsage(run("index"), "missing subcommand");
  }

  @Test
  void jsonlWithAQuestionArgument() {
    assertUsage(run("ask", "--jsonl", "--data", data(), "쿠버네티스"), "--jsonl");
  }

  @Test
  void evalOfAMissingFile() {
    String missing = dir.resolve("missing.jsonl").toString();
    assertUsage(run("eval", missing, "--data", data()), "no such question file: " + missing);
  }

  @Test
  void evalOfAMalformedFileNamesTheLine() throws IOException {
    Path file = dir.resolve("malformed.jsonl");
    Files.writeString(file, "{\"q\": \"쿠버네티스\", \"expect\": \"any\"}\nnot json\n");
    CliRun run = run("eval", file.toString(), "--data", data());
    assertEquals(1, run.code());
    assertTrue(run.firstErrorLine().startsWith("error: " + file + ": line 2"), run.err());
    assertNoStackTrace(run);
  }

  @Test
  void evalOfAMalformedFileIsOneLine() throws IOException {
    Path file = dir.resolve("malformed-one-line.jsonl");
    Files.writeString(file, "not json\n");
    assertFailure(run("eval", file.toString(), "--data", data()), file.toString(), "line 1");
  }

  @Test
  void evalOfAQuestionWithoutEvidence() throws IOException {
    Path file = dir.resolve("no-evidence.jsonl");
    Files.writeString(file, "{\"q\": \"쿠버네티스\", \"expect\": \"answer\"}\n");
    assertFailure(
        run("eval", file.toString(), "--data", data()), file.toString(), "line 1", "evidence");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n\n  \n"})
  void evalOfAFileWithoutQuestionsFailsInsteadOfPassingNothing(String text) throws IOException {
    Path file = Files.writeString(Files.createTempFile(dir, "no-questions", ".jsonl"), text);
    assertFailure(run("eval", file.toString(), "--data", data()), file + ": no questions");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"q\": 5, \"expect\": \"any\"} | \"q\" must be a string, was 5",
        "{\"q\": \"   \", \"expect\": \"any\"} | no \"q\"",
        "{\"q\": \"쿠버네티스\", \"expect\": \"answer\", \"evidence\": {\"a\": \"78%\"}}"
            + " | \"evidence\" must be an array",
        "{\"q\": \"쿠버네티스\", \"expect\": \"answer\", \"evidence\": \"78%\"} | \"evidence\" must be"
            + " an array",
        "{\"q\": \"쿠버네티스\", \"lang\": [\"ko\"]} | \"lang\" must be a string",
        "{\"q\": \"쿠버네티스\", \"id\": {\"n\": 1}} | \"id\" must be a string"
      })
  void evalOfAQuestionWithAFieldOfTheWrongTypeNamesIt(String line, String problem)
      throws IOException {
    Path file = Files.writeString(Files.createTempFile(dir, "wrong-type", ".jsonl"), line + "\n");
    assertFailure(run("eval", file.toString(), "--data", data()), file + ": line 1: " + problem);
  }

  @Test
  void missingConfigFile() {
    String missing = dir.resolve("nope.yml").toString();
    assertFailure(run("ask", "--config", missing, "--data", data(), "쿠버네티스"), missing);
  }

  @Test
  void configFileWithAnUnknownKey() throws IOException {
    Path config = dir.resolve("typo.yml");
    Files.writeString(config, "answer:\n  max_citatons: 3\n");
    assertFailure(
        run("ask", "--config", config.toString(), "--data", data(), "쿠버네티스"),
        "'answer.max_citatons'");
  }

  @Test
  void configFileWithABadNumber() throws IOException {
    Path config = dir.resolve("bad-number.yml");
    Files.writeString(config, "answer:\n  max_citations: three\n");
    assertFailure(
        run("ask", "--config", config.toString(), "--data", data(), "쿠버네티스"),
        "answer.max_citations",
        "three");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "answer:\\n"
            + "\tmax_citations: 2 | line 2, column 1: while scanning for the next token, found"
            + " character",
        "answer: 1\\n"
            + "---\\n"
            + "answer: 2 | line 2, column 1: expected a single document in the stream, but found",
        "!!java.lang.Object {} | line 1, column 1: Global tag is not allowed"
      })
  void configFileThatIsNotYamlIsNamedInOneLine(String yaml, String problem) throws IOException {
    Path config =
        Files.writeString(Files.createTempFile(dir, "not-yaml", ".yml"), yaml.replace("\\n", "\n"));
    assertFailure(
        run("ask", "--config", config.toString(), "--data", data(), "쿠버네티스"),
        "cannot read " + config + ": " + problem);
  }

  @Test
  void configFileNotInUtf8IsSaidSo() throws IOException {
    Path config =
        Files.write(
            dir.resolve("latin1.yml"),
            "answer:\n  link_base: \"caf\u00e9\"\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertFailure(
        run("ask", "--config", config.toString(), "--data", data(), "쿠버네티스"),
        "cannot read " + config + ": not UTF-8 text; save it as UTF-8");
  }

  @Test
  void configFileThatIsAFolderIsSaidSo() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("config-folder.yml"));
    assertFailure(
        run("ask", "--config", folder.toString(), "--data", data(), "쿠버네티스"),
        "configuration file " + folder + " is a folder, not a file");
  }

  @Test
  void missingCorpusFolder() {
    String missing = dir.resolve("no-corpus").toString();
    assertFailure(run("ask", "--corpus", missing, "--data", data(), "쿠버네티스"), missing);
  }

  @Test
  void corpusWithAMalformedSourceNamesTheFile() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("bad-corpus"));
    Files.writeString(corpus.resolve("broken.txt"), "no header here\n");
    assertFailure(
        run("ask", "--corpus", corpus.toString(), "--data", data(), "쿠버네티스"), "broken.txt");
  }

  @Test
  void dataFolderThatIsAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    assertFailure(run("ask", "--data", file.toString(), "쿠버네티스"), file.toString());
  }

  @Test
  void evalPrintsFailuresAndASummary() throws IOException {
    Path file = dir.resolve("two.jsonl");
    Files.writeString(
        file,
        """
        {"id": "ok", "lang": "ko", "q": "쿠버네티스를 활용하는 기업 비율은?", "expect": "answer", "evidence": ["78%"]}
        {"id": "wrong", "lang": "ko", "q": "김치찌개 끓이는 법", "expect": "answer", "evidence": ["김치"]}
        """);
    CliRun run = run("eval", file.toString(), "--data", data());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("FAIL wrong [ko]"), run.out());
    assertFalse(run.out().contains("FAIL ok"), run.out());
    assertTrue(run.out().contains("score: 1/2 passed"), run.out());
  }

  @Test
  void askFramesTheAnswerInTheLanguageOfTheQuestion() {
    CliRun korean = run("ask", "--data", data(), "쿠버네티스를", "활용하는", "기업", "비율은?");
    assertEquals(0, korean.code(), korean.err());
    String heading = Phrases.of(Language.KOREAN).fromSources().replace("(%d)", "\\(\\d\\)");
    assertTrue(korean.out().lines().findFirst().orElseThrow().matches(heading), korean.out());
    assertTrue(korean.out().contains("78%"), korean.out());

    CliRun refusedKorean = run("ask", "--data", data(), "김치찌개 끓이는 법");
    assertEquals(0, refusedKorean.code());
    assertTrue(
        refusedKorean.out().startsWith(Phrases.of(Language.KOREAN).notCovered()),
        refusedKorean.out());

    CliRun refusedEnglish = run("ask", "--data", data(), "How do I cook kimchi stew?");
    assertEquals(0, refusedEnglish.code());
    assertTrue(
        refusedEnglish.out().startsWith(Phrases.of(Language.ENGLISH).notCovered()),
        refusedEnglish.out());
  }

  @Test
  void indexRebuildReportsWhatItBuilt() {
    CliRun run = run("index", "rebuild", "--data", data());
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.out()
            .matches(
                "(?s)✅ Rebuilt the index — \\d+ sources, \\d+ passages in \\d+ ms\\. \\(audit"
                    + " #\\d+\\)\\R"),
        run.out());
    assertEquals(List.of(), run.err().lines().filter(l -> l.contains("error")).toList());
  }

  @Test
  void serveWithoutTokensSaysWhichAdaptersItSkippedAndWhy() {
    Assumptions.assumeTrue(
        System.getenv("SLACK_BOT_TOKEN") == null && System.getenv("DISCORD_TOKEN") == null,
        "chat tokens are set in this environment");
    CliRun run = run("serve", "--data", data(), "--management-port", "0");
    assertEquals(1, run.code(), run.err());
    assertTrue(run.out().startsWith("health and metrics on http://0.0.0.0:"), run.out());
    assertTrue(run.out().contains("skipped slack: SLACK_BOT_TOKEN is not set"), run.out());
    assertTrue(run.out().contains("skipped discord: DISCORD_TOKEN is not set"), run.out());
    assertTrue(run.out().contains("use `ask` and `console`"), run.out());
    assertNoStackTrace(run);
  }

  @Test
  void serveWithALogsOrDataPathThatIsAFileSaysSoBeforeStartingAnything() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "");
    Path config = Files.writeString(dir.resolve("logs-in-a-file.yml"), "logs: " + file + "\n");

    CliRun logs = CliRun.withConfig(config, "serve", "--data", data(), "--management-port", "0");
    assertFailure(logs, file + " is a file, not a folder; choose another logs (GWANYONG_LOGS)");
    assertEquals("", logs.out(), "nothing started");

    CliRun data = run("serve", "--data", file.toString(), "--management-port", "0");
    assertFailure(
        data, file + " is a file, not a folder; choose another data (--data or GWANYONG_DATA)");
    assertEquals("", data.out(), "nothing started");
  }
}
