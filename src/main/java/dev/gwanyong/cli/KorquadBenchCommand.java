package dev.gwanyong.cli;

import dev.gwanyong.answer.AnswerService;
import dev.gwanyong.answer.Candidate;
import dev.gwanyong.corpus.RecordImporter;
import dev.gwanyong.eval.Korquad;
import dev.gwanyong.eval.RankingMetrics;
import dev.gwanyong.eval.ScratchFolder;
import dev.gwanyong.search.BaselineBm25;
import dev.gwanyong.search.Hit;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench korquad}: KorQuAD 1.0 dev as a Korean passage-retrieval benchmark on its own
 * paragraphs, Gwanyong's retrieval beside a plain {@code KoreanAnalyzer} BM25 baseline in the same
 * run. A question is right when its own paragraph is retrieved; the share whose first quote also
 * holds the answer is what a member would see answered.
 */
@Command(
    name = "korquad",
    mixinStandardHelpOptions = true,
    description = "KorQuAD passage retrieval vs plain BM25.")
final class KorquadBenchCommand implements Callable<Integer> {

  @Mixin SharedOptions shared;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--file",
      paramLabel = "KorQuAD_v1.0_dev.json",
      description = "Default: ${DEFAULT-VALUE}.")
  Path file = Path.of("..", "shared", "bench", "korquad", "KorQuAD_v1.0_dev.json");

  @Override
  public Integer call() throws IOException {
    FileArguments.requireFile(spec, file);
    PrintWriter out = spec.commandLine().getOut();
    Korquad korquad = Korquad.read(file);
    out.printf(
        "KorQuAD: %d articles, %d paragraphs, %d questions%n",
        korquad.articles().size(), korquad.paragraphs().size(), korquad.questions().size());
    RankingMetrics ours = new RankingMetrics();
    RankingMetrics baseline = new RankingMetrics();
    try (ScratchFolder scratch = ScratchFolder.create("gwanyong-korquad")) {
      RecordImporter.write(
          korquad.articles(), scratch.resolve("corpus"), "KorQuAD 1.0 dev, CC BY-ND 2.0 KR");
      Map<String, Object> folders =
          Map.of(
              "corpus",
              scratch.resolve("corpus").toString(),
              "data",
              scratch.resolve("data").toString());
      long started = System.nanoTime();
      try (AnswerService service = AnswerService.open(shared.load(folders))) {
        out.printf(
            "index: %d passages, built in %d ms%n",
            service.indexInfo().passages(), (System.nanoTime() - started) / 1_000_000);
        started = System.nanoTime();
        int quotedAnswers = 0;
        for (Korquad.Question q : korquad.questions()) {
          List<Candidate> candidates = service.candidates(q.text());
          ours.add(paragraphs(candidates.stream().map(Candidate::hit).toList()), q.paragraphKey());
          quotedAnswers += !candidates.isEmpty() && quotesAnswer(q, candidates.getFirst()) ? 1 : 0;
        }
        out.printf(
            "gwanyong  %s  %.1f ms/question%n",
            ours.summary(), (System.nanoTime() - started) / 1e6 / korquad.questions().size());
        out.printf(
            "          first quote holds the answer: %.3f%n",
            (double) quotedAnswers / korquad.questions().size());
      }
    }
    try (BaselineBm25 bm25 =
        new BaselineBm25(
            korquad.paragraphs().stream().map(Korquad.Paragraph::key).toList(),
            korquad.paragraphs().stream().map(Korquad.Paragraph::text).toList())) {
      long started = System.nanoTime();
      for (Korquad.Question q : korquad.questions()) {
        baseline.add(bm25.search(q.text(), 10), q.paragraphKey());
      }
      out.printf(
          "baseline  %s  %.1f ms/question  (KoreanAnalyzer + BM25 over paragraphs)%n",
          baseline.summary(), (System.nanoTime() - started) / 1e6 / korquad.questions().size());
    }
    return 0;
  }

  private static boolean quotesAnswer(Korquad.Question q, Candidate candidate) {
    return q.answeredBy(candidate.hit().sourceId(), candidate.hit().paragraph(), candidate.quote());
  }

  /** Paragraph keys in the order their first sentence was ranked. */
  private static List<String> paragraphs(List<Hit> hits) {
    List<String> keys = new ArrayList<>();
    for (Hit hit : hits) {
      String key = hit.sourceId() + "#" + hit.paragraph();
      if (!keys.contains(key)) {
        keys.add(key);
      }
    }
    return keys;
  }
}
