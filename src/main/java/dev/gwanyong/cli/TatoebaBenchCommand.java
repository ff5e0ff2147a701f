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
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench tatoeba}: English → Korean sentence retrieval over Tatoeba's 1,000 pairs, accuracy@1. */
@Command(name = "tatoeba", mixinStandardHelpOptions = true, description = "English→Korean sentence retrieval.")
final class TatoebaBenchCommand implements Callable<Integer> {

  @Mixin SharedOptions shared;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--dir", paramLabel = "DIR", description = "Folder of tatoeba.kor-eng.{eng,kor}. Default: ${DEFAULT-VALUE}.")
  Path dir = Path.of("..", "shared", "bench", "tatoeba-kor-eng");

  @Override
  public Integer call() throws IOException {
    Path english = dir.resolve("tatoeba.kor-eng.eng");
    Path korean = dir.resolve("tatoeba.kor-eng.kor");
    BenchInputs.requireFile(spec, english);
    BenchInputs.requireFile(spec, korean);
    Tatoeba tatoeba = Tatoeba.read(english, korean);
    PrintWriter out = spec.commandLine().getOut();
    RankingMetrics ours = new RankingMetrics();
    try (ScratchFolder scratch = ScratchFolder.create("gwanyong-tatoeba")) {
      RecordImporter.write(tatoeba.korean(), scratch.resolve("corpus"), "Tatoeba, CC BY 2.0 FR");
      Map<String, Object> folders =
          Map.of("corpus", scratch.resolve("corpus").toString(), "data", scratch.resolve("data").toString());
      try (AnswerService service = AnswerService.open(shared.load(folders))) {
        for (int i = 0; i < tatoeba.english().size(); i++) {
          List<String> ranked = service.search(tatoeba.english().get(i), 10).stream().map(Hit::sourceId).toList();
          ours.add(ranked, Tatoeba.sourceId(i));
        }
      }
    }
    RankingMetrics baseline = new RankingMetrics();
    List<String> ids = IntStream.range(0, tatoeba.korean().size()).mapToObj(Tatoeba::sourceId).toList();
    try (BaselineBm25 bm25 =
        new BaselineBm25(ids, tatoeba.korean().stream().map(RecordImporter.Record::text).toList())) {
      for (int i = 0; i < tatoeba.english().size(); i++) {
        baseline.add(bm25.search(tatoeba.english().get(i), 10), Tatoeba.sourceId(i));
      }
    }
    out.printf("Tatoeba English→Korean, %d pairs: gwanyong accuracy@1 %.3f (%s)%n",
        tatoeba.english().size(), ours.recallAtOne(), ours.summary());
    out.printf("                                  baseline accuracy@1 %.3f (plain KoreanAnalyzer BM25)%n",
        baseline.recallAtOne());
    return 0;
  }
}
