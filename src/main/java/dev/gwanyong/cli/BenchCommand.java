package dev.gwanyong.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gwanyong.answer.AnswerService;
import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.corpus.RecordImporter;
import dev.gwanyong.corpus.SentenceSplitter;
import dev.gwanyong.corpus.Source;
import dev.gwanyong.eval.EvalQuestion;
import dev.gwanyong.eval.Korquad;
import dev.gwanyong.eval.LatencyBench;
import dev.gwanyong.eval.ScratchFolder;
import dev.gwanyong.eval.Tatoeba;
import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.IndexInfo;
import dev.gwanyong.index.IndexStore;
import dev.gwanyong.search.BaselineBm25;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: prints index build rate, memory and warm answer latency, beside a plain {@link
 * BaselineBm25} timed on the same passages and questions in the same run. Asserts nothing.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Print speed and memory figures beside plain BM25; subcommands print retrieval-quality"
            + " benchmarks.",
    subcommands = {
      KorquadBenchCommand.class,
      TatoebaBenchCommand.class,
      SelectiveBenchCommand.class,
      TyposBenchCommand.class
    })
final class BenchCommand implements Callable<Integer> {

  /**
   * How many passages the baseline returns per question, as a chat answer reads at most that many.
   */
  private static final int BASELINE_HITS = 10;

  @Mixin SharedOptions shared;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--questions",
      paramLabel = "FILE.jsonl",
      description = "Questions to time (default: ${DEFAULT-VALUE}).")
  Path questions = Path.of("..", "shared", "eval", "essay-dev.jsonl");

  @Option(
      names = "--benchmark-questions",
      paramLabel = "N",
      description =
          "Time N questions from the external benchmarks instead of --questions: half KorQuAD 1.0"
              + " dev questions (Korean), half Tatoeba sentences (English), evenly spread.")
  Integer benchmarkQuestions;

  @Option(
      names = "--korquad-corpus",
      paramLabel = "COPIES",
      description =
          "Time on KorQuAD 1.0 dev's 964 paragraphs, COPIES times over (15 make about 99,000"
              + " passages), instead of the configured corpus.")
  Integer korquadCopies;

  @Option(
      names = "--korquad",
      paramLabel = "FILE",
      description = "KorQuAD 1.0 dev. Default: ${DEFAULT-VALUE}.")
  Path korquad = Path.of("..", "shared", "bench", "korquad", "KorQuAD_v1.0_dev.json");

  @Option(
      names = "--tatoeba",
      paramLabel = "DIR",
      description = "Folder of tatoeba.kor-eng.{eng,kor}. Default: ${DEFAULT-VALUE}.")
  Path tatoeba = Path.of("..", "shared", "bench", "tatoeba-kor-eng");

  @Option(
      names = "--rebuilds",
      paramLabel = "N",
      description =
          "After the first (cold) build, build N more times in the same JVM and print their median,"
              + " as a moderator's change rebuilds in a running bot (default: ${DEFAULT-VALUE}).")
  int rebuilds = 3;

  @Option(
      names = "--rounds",
      description = "Measured rounds over the questions (default: ${DEFAULT-VALUE}).")
  int rounds = 50;

  @Option(
      names = "--warmup",
      description =
          "Unmeasured rounds first (default: ${DEFAULT-VALUE}): with --benchmark-questions over as"
              + " many other questions of the benchmarks, so that the first measured round asks"
              + " each question for the first time.")
  int warmup = 20;

  @Option(
      names = "--save-inputs",
      paramLabel = "DIR",
      description =
          "Also write the timed questions (DIR/questions.jsonl) and, with --korquad-corpus, the"
              + " corpus (DIR/corpus) into a new folder, to measure a serving process on them: see"
              + " docs/measuring.md.")
  Path saveInputs;

  @Override
  public Integer call() throws IOException {
    if (rounds < 1 || warmup < 0 || rebuilds < 0) {
      throw new ParameterException(
          spec.commandLine(), "--rounds must be at least 1, --warmup and --rebuilds at least 0");
    }
    if ((benchmarkQuestions != null && benchmarkQuestions < 2)
        || (korquadCopies != null && korquadCopies < 1)) {
      throw new ParameterException(
          spec.commandLine(),
          "--benchmark-questions must be at least 2 and --korquad-corpus at least 1");
    }
    if (saveInputs != null && Files.exists(saveInputs)) {
      throw new ParameterException(
          spec.commandLine(),
          "--save-inputs "
              + saveInputs
              + " already exists; name a folder that does not, so nothing is overwritten");
    }
    Questions texts = questions();
    PrintWriter out = spec.commandLine().getOut();
    if (saveInputs != null) {
      saveQuestions(texts.timed(), saveInputs.resolve("questions.jsonl"));
    }
    // The index is built into a scratch folder, timed from nothing, and the answer service opens
    // that build, so the live index is never touched.
    try (ScratchFolder scratch = ScratchFolder.create("gwanyong-bench")) {
      Map<String, Object> folders =
          new HashMap<>(Map.of("data", scratch.resolve("data").toString()));
      if (korquadCopies != null) {
        FileArguments.requireFile(spec, korquad);
        Path corpus = (saveInputs != null ? saveInputs : scratch.path()).resolve("corpus");
        RecordImporter.write(
            copies(Korquad.read(korquad).articles(), korquadCopies),
            corpus,
            "KorQuAD 1.0 dev, CC BY-ND 2.0 KR");
        folders.put("corpus", corpus.toString());
      }
      GwanyongConfig config = shared.load(folders);
      out.printf(
          "corpus %s, %d questions%n",
          korquadCopies == null ? config.corpus() : "KorQuAD 1.0 dev paragraphs ×" + korquadCopies,
          texts.timed().size());
      Corpus corpus = printBuild(config, out);
      LatencyBench.Result ours;
      try (AnswerService service = AnswerService.open(config)) {
        out.printf("heap after load: %.1f MiB%n", usedHeapMiB());
        ours = time(service::ask, texts);
        print(out, "answer latency", ours, texts);
        out.println("resident memory while serving: " + ResidentMemory.describe());
      }
      LatencyBench.Result plain = baseline(corpus, texts, out);
      out.printf(
          "ratio to plain BM25: p50 %.1f×, p99 %.1f×%n",
          ours.all().p50() / plain.all().p50(), ours.all().p99() / plain.all().p99());
      if (texts.warmupAreOthers()) {
        out.printf(
            "ratio to plain BM25, first asking: p50 %.1f×, p99 %.1f×%n",
            ours.firstRound().p50() / plain.firstRound().p50(),
            ours.firstRound().p99() / plain.firstRound().p99());
      }
    }
    return 0;
  }

  /**
   * The questions timed, and those asked first to warm up: the benchmarks' other questions, as
   * many, where they have them, so that the first measured round asks every timed question for the
   * first time; a question file's own questions otherwise.
   */
  private record Questions(List<String> timed, List<String> warmup, boolean warmupAreOthers) {}

  private LatencyBench.Result time(Consumer<String> ask, Questions texts) {
    return new LatencyBench(ask).run(texts.warmup(), warmup, texts.timed(), rounds);
  }

  private Questions questions() throws IOException {
    if (benchmarkQuestions == null) {
      if (!Files.isRegularFile(questions)) {
        throw new ParameterException(
            spec.commandLine(), "no such question file: " + questions + " (use --questions)");
      }
      List<String> file =
          EvalQuestion.read(questions).stream().map(EvalQuestion::question).toList();
      return new Questions(file, file, false);
    }
    Path english = tatoeba.resolve("tatoeba.kor-eng.eng");
    Path korean = tatoeba.resolve("tatoeba.kor-eng.kor");
    FileArguments.requireFile(spec, korquad);
    FileArguments.requireFile(spec, english);
    FileArguments.requireFile(spec, korean);
    List<String> korquadQuestions =
        Korquad.read(korquad).questions().stream().map(Korquad.Question::text).toList();
    List<String> tatoebaSentences = Tatoeba.read(english, korean).english();
    List<String> timed = new ArrayList<>(spread(korquadQuestions, benchmarkQuestions / 2));
    timed.addAll(spread(tatoebaSentences, benchmarkQuestions - benchmarkQuestions / 2));
    List<String> others =
        new ArrayList<>(spread(others(korquadQuestions, timed), benchmarkQuestions / 2));
    others.addAll(
        spread(others(tatoebaSentences, timed), benchmarkQuestions - benchmarkQuestions / 2));
    return others.isEmpty()
        ? new Questions(timed, timed, false)
        : new Questions(timed, others, true);
  }

  /** The questions as {@code ask --jsonl} reads them, one {@code {"id", "q"}} object a line. */
  private static void saveQuestions(List<String> questions, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      lines.add(
          json.createObjectNode()
              .put("id", "bench-" + (i + 1))
              .put("q", questions.get(i))
              .toString());
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** At most {@code n} items spread evenly over the list. */
  private static List<String> spread(List<String> items, int n) {
    int count = Math.min(n, items.size());
    return IntStream.range(0, count)
        .mapToObj(i -> items.get((int) ((long) i * items.size() / count)))
        .toList();
  }

  /** The items that are not among {@code timed}. */
  private static List<String> others(List<String> items, List<String> timed) {
    Set<String> asked = new HashSet<>(timed);
    return items.stream().filter(item -> !asked.contains(item)).toList();
  }

  /** The records {@code copies} times over, each copy under its own ids. */
  private static List<RecordImporter.Record> copies(
      List<RecordImporter.Record> records, int copies) {
    List<RecordImporter.Record> all = new ArrayList<>();
    for (int c = 1; c <= copies; c++) {
      for (RecordImporter.Record r : records) {
        all.add(
            c == 1
                ? r
                : new RecordImporter.Record(
                    r.id() + "-copy" + c, r.title(), r.text(), r.url(), r.lang()));
      }
    }
    return all;
  }

  /**
   * Builds the configured corpus into the configured (scratch) data folder, timing the first build
   * and the median of {@link #rebuilds} more.
   */
  private Corpus printBuild(GwanyongConfig config, PrintWriter out) {
    long started = System.nanoTime();
    Corpus corpus = Corpus.load(config.corpus());
    Analysis analysis = Analysis.load(config.analysis());
    long loadMillis = (System.nanoTime() - started) / 1_000_000;
    try (IndexStore store = new IndexStore(config.data(), analysis)) {
      IndexInfo first = store.rebuild(corpus);
      long[] again = new long[rebuilds];
      for (int i = 0; i < rebuilds; i++) {
        again[i] = store.rebuild(corpus).buildMillis();
      }
      out.printf(
          "index build: %d sources, %d passages in %d ms, %.0f passages/s (plus %d ms loading"
              + " corpus and analysis)%s%n",
          first.sources(),
          first.passages(),
          first.buildMillis(),
          rate(first.passages(), first.buildMillis()),
          loadMillis,
          rebuilt(first.passages(), again));
    } catch (IOException e) {
      throw new UncheckedIOException("closing the benchmark index failed", e);
    }
    return corpus;
  }

  /**
   * The median of the warm rebuilds, as printed after the first build's figures; nothing when there
   * were none.
   */
  private static String rebuilt(int passages, long[] millis) {
    if (millis.length == 0) {
      return "";
    }
    long median = LongStream.of(millis).sorted().toArray()[millis.length / 2];
    return String.format(
        Locale.ROOT,
        "; rebuilt warm in %d ms, %.0f passages/s (median of %d)",
        median,
        rate(passages, median),
        millis.length);
  }

  /** Plain BM25 over the same passages (the corpus's sentences), built and timed in this run. */
  private LatencyBench.Result baseline(Corpus corpus, Questions texts, PrintWriter out)
      throws IOException {
    List<String> passages = new ArrayList<>();
    SentenceSplitter splitter = new SentenceSplitter();
    for (Source source : corpus.sources()) {
      for (String paragraph : source.paragraphs()) {
        splitter.split(paragraph).forEach(sentence -> passages.add(sentence.text()));
      }
    }
    List<String> keys = IntStream.range(0, passages.size()).mapToObj(Integer::toString).toList();
    long started = System.nanoTime();
    try (BaselineBm25 bm25 = new BaselineBm25(keys, passages)) {
      long millis = (System.nanoTime() - started) / 1_000_000;
      long[] again = new long[rebuilds];
      for (int i = 0; i < rebuilds; i++) {
        long restarted = System.nanoTime();
        new BaselineBm25(keys, passages).close();
        again[i] = (System.nanoTime() - restarted) / 1_000_000;
      }
      out.printf(
          "plain BM25 build (in memory): %d passages in %d ms, %.0f passages/s%s%n",
          passages.size(), millis, rate(passages.size(), millis), rebuilt(passages.size(), again));
      LatencyBench.Result plain = time(q -> search(bm25, q), texts);
      print(
          out,
          "plain BM25 latency (analysis, search, top " + BASELINE_HITS + " stored ids)",
          plain,
          texts);
      return plain;
    }
  }

  private static void search(BaselineBm25 bm25, String question) {
    try {
      bm25.search(question, BASELINE_HITS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void print(
      PrintWriter out, String what, LatencyBench.Result result, Questions texts) {
    LatencyBench.Figures f = result.all();
    out.printf(
        "%s over %d questions (warm, in-process): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f"
            + " ms%n",
        what, f.samples(), f.p50(), f.p95(), f.p99(), f.max());
    if (texts.warmupAreOthers()) {
      LatencyBench.Figures first = result.firstRound();
      out.printf(
          "  first asking (after warming up on %d other questions): p50 %.2f ms, p95 %.2f ms, p99"
              + " %.2f ms, max %.2f ms%n",
          texts.warmup().size(), first.p50(), first.p95(), first.p99(), first.max());
    }
    LatencyBench.Figures fastest = result.fastest();
    out.printf(
        "  each question's fastest of its rounds: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f"
            + " ms%n",
        fastest.p50(), fastest.p95(), fastest.p99(), fastest.max());
    result
        .allocation()
        .ifPresent(
            a ->
                out.printf(
                    "  allocated a question: mean %.0f KB, p50 %.0f KB, p99 %.0f KB%n",
                    a.mean(), a.p50(), a.p99()));
  }

  private static double rate(int passages, long millis) {
    return passages * 1000.0 / Math.max(1, millis);
  }

  private static double usedHeapMiB() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
  }
}
