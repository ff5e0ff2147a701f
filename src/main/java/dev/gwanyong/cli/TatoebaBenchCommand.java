package dev.gwanyong.cli;

import dev.gwanyong.answer.AnswerService;
import dev.gwanyong.corpus.RecordImporter;
import dev.gwanyong.eval.RankingMetrics;
import dev.gwanyong.eval.ScratchFolder;
import dev.gwanyong.eval.Tatoeba;
import dev.gwanyong.search.BaselineBm25;
import dev.gwanyong.search.Hit;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench tatoeba}: sentence retrieval over Tatoeba's 1,000 pairs, accuracy@1, both ways:
 * English questions of the Korean sentences, and Korean questions of the English ones (a Korean
 * member asking about an English source).
 */
@Command(
    name = "tatoeba",
    mixinStandardHelpOptions = true,
    description = "English→Korean and Korean→English sentence retrieval.")
final class TatoebaBenchCommand implements Callable<Integer> {

  @Mixin SharedOptions shared;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Folder of tatoeba.kor-eng.{eng,kor}. Default: ${DEFAULT-VALUE}.")
  Path dir = Path.of("..", "shared", "bench", "tatoeba-kor-eng");

  @Override
  public Integer call() throws IOException {
    Path english = dir.resolve("tatoeba.kor-eng.eng");
    Path korean = dir.resolve("tatoeba.kor-eng.kor");
    FileArguments.requireFile(spec, english);
    FileArguments.requireFile(spec, korean);
    Tatoeba tatoeba = Tatoeba.read(english, korean);
    PrintWriter out = spec.commandLine().getOut();
    report(out, "English→Korean", tatoeba.english(), tatoeba.korean(), Tatoeba::sourceId);
    report(
        out,
        "Korean→English",
        tatoeba.korean().stream().map(RecordImporter.Record::text).toList(),
        tatoeba.englishSources(),
        Tatoeba::englishSourceId);
    return 0;
  }

  /**
   * Asks each question of the sentences it is paired with and prints accuracy@1, ours and plain
   * BM25's.
   */
  private void report(
      PrintWriter out,
      String direction,
      List<String> questions,
      List<RecordImporter.Record> sentences,
      IntFunction<String> pairId)
      throws IOException {
    RankingMetrics ours = new RankingMetrics();
    try (ScratchFolder scratch = ScratchFolder.create("gwanyong-tatoeba")) {
      RecordImporter.write(sentences, scratch.resolve("corpus"), "Tatoeba, CC BY 2.0 FR");
      Map<String, Object> folders =
          Map.of(
              "corpus",
              scratch.resolve("corpus").toString(),
              "data",
              scratch.resolve("data").toString());
      try (AnswerService service = AnswerService.open(shared.load(folders))) {
        for (int i = 0; i < questions.size(); i++) {
          List<String> ranked =
              service.search(questions.get(i), 10).stream().map(Hit::sourceId).toList();
          ours.add(ranked, pairId.apply(i));
        }
      }
    }
    RankingMetrics baseline = new RankingMetrics();
    List<String> ids = IntStream.range(0, sentences.size()).mapToObj(pairId).toList();
    try (BaselineBm25 bm25 =
        new BaselineBm25(ids, sentences.stream().map(RecordImporter.Record::text).toList())) {
      for (int i = 0; i < questions.size(); i++) {
        baseline.add(bm25.search(questions.get(i), 10), pairId.apply(i));
      }
    }
    out.printf(
        "Tatoeba %s, %d pairs: gwanyong accuracy@1 %.3f (%s)%n",
        direction, questions.size(), ours.recallAtOne(), ours.summary());
    out.printf(
        "                                  baseline accuracy@1 %.3f (plain KoreanAnalyzer BM25)%n",
        baseline.recallAtOne());
  }
}
