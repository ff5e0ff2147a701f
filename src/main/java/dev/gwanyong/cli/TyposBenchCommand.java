package dev.gwanyong.cli;

import dev.gwanyong.answer.Answer;
import dev.gwanyong.answer.AnswerService;
import dev.gwanyong.answer.Citation;
import dev.gwanyong.corpus.RecordImporter;
import dev.gwanyong.eval.Korquad;
import dev.gwanyong.eval.ScratchFolder;
import dev.gwanyong.eval.Tatoeba;
import dev.gwanyong.eval.Typos;
import dev.gwanyong.index.TextNormalizer;
import dev.gwanyong.search.Hit;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench typos}: benchmark questions asked as written and with one typing slip ({@link
 * Typos}), to show what spelling correction wins back: Tatoeba's English sentences of its Korean
 * ones, and KorQuAD's Korean questions of its paragraphs.
 */
@Command(
    name = "typos",
    mixinStandardHelpOptions = true,
    description =
        "Questions with one typing slip: how many are respelled back, and how many still find their"
            + " answer.")
final class TyposBenchCommand implements Callable<Integer> {

  @Mixin SharedOptions shared;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--tatoeba", paramLabel = "DIR", description = "Default: ${DEFAULT-VALUE}.")
  Path tatoebaDir = Path.of("..", "shared", "bench", "tatoeba-kor-eng");

  @Option(names = "--korquad", paramLabel = "FILE", description = "Default: ${DEFAULT-VALUE}.")
  Path korquadFile = Path.of("..", "shared", "bench", "korquad", "KorQuAD_v1.0_dev.json");

  @Option(
      names = "--every",
      paramLabel = "N",
      description = "Keep every N-th KorQuAD question (default: ${DEFAULT-VALUE}).")
  int every = 4;

  @Option(names = "--seed", description = "Seed of the slips (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Override
  public Integer call() throws IOException {
    if (every < 1) {
      throw new ParameterException(spec.commandLine(), "--every must be at least 1, got " + every);
    }
    Path english = tatoebaDir.resolve("tatoeba.kor-eng.eng");
    Path korean = tatoebaDir.resolve("tatoeba.kor-eng.kor");
    FileArguments.requireFile(spec, english);
    FileArguments.requireFile(spec, korean);
    FileArguments.requireFile(spec, korquadFile);
    PrintWriter out = spec.commandLine().getOut();
    Tatoeba tatoeba = Tatoeba.read(english, korean);
    Tally sentences = new Tally();
    run(
        tatoeba.korean(),
        "Tatoeba, CC BY 2.0 FR",
        service -> {
          for (int i = 0; i < tatoeba.english().size(); i++) {
            String pair = Tatoeba.sourceId(i);
            sentences.ask(
                service,
                tatoeba.english().get(i),
                hit -> hit.sourceId().equals(pair),
                cited -> cited.sourceId().equals(pair));
          }
        });
    out.println(sentences.report("Tatoeba English→Korean"));
    Korquad korquad = Korquad.read(korquadFile);
    Tally questions = new Tally();
    run(
        korquad.articles(),
        "KorQuAD 1.0 dev, CC BY-ND 2.0 KR",
        service -> {
          for (int i = 0; i < korquad.questions().size(); i += every) {
            Korquad.Question question = korquad.questions().get(i);
            questions.ask(
                service,
                question.text(),
                hit -> question.fromItsParagraph(hit.sourceId(), hit.paragraph()),
                cited -> question.fromItsParagraph(cited.sourceId(), cited.paragraph()));
          }
        });
    out.println(questions.report("KorQuAD (Korean)"));
    return 0;
  }

  private void run(
      List<RecordImporter.Record> corpus, String licence, Consumer<AnswerService> questions)
      throws IOException {
    try (ScratchFolder scratch = ScratchFolder.create("gwanyong-typos")) {
      RecordImporter.write(corpus, scratch.resolve("corpus"), licence);
      Map<String, Object> folders =
          Map.of(
              "corpus",
              scratch.resolve("corpus").toString(),
              "data",
              scratch.resolve("data").toString());
      try (AnswerService service = AnswerService.open(shared.load(folders))) {
        questions.accept(service);
      }
    }
  }

  /** Counts for one set: each question asked as written and with its slip. */
  private final class Tally {
    private final Typos typos = new Typos(seed);
    private int slipped;
    private int respelledBack;
    private int respelledOtherwise;
    private int respelledAsWritten;
    private int firstRight;
    private int firstRightSlipped;
    private int answeredRight;
    private int answeredRightSlipped;

    void ask(
        AnswerService service,
        String question,
        Predicate<Hit> right,
        Predicate<Citation> rightCitation) {
      Optional<Typos.Typo> typo = typos.make(question);
      if (typo.isEmpty()) {
        return;
      }
      slipped++;
      firstRight += firstIsRight(service, question, right);
      firstRightSlipped += firstIsRight(service, typo.get().question(), right);
      Answer asWritten = service.ask(question);
      answeredRight += answeredRight(asWritten, rightCitation);
      respelledAsWritten += asWritten.correctedQuestion().isPresent() ? 1 : 0;
      Answer answer = service.ask(typo.get().question());
      answeredRightSlipped += answeredRight(answer, rightCitation);
      if (answer.correctedQuestion().isPresent()) {
        if (answer.correctedQuestion().get().equals(TextNormalizer.normalize(question))) {
          respelledBack++;
        } else {
          respelledOtherwise++;
        }
      }
    }

    private static int firstIsRight(AnswerService service, String question, Predicate<Hit> right) {
      List<Hit> hits = service.search(question, 1);
      return !hits.isEmpty() && right.test(hits.getFirst()) ? 1 : 0;
    }

    private static int answeredRight(Answer answer, Predicate<Citation> right) {
      return !answer.citations().isEmpty() && right.test(answer.citations().getFirst()) ? 1 : 0;
    }

    String report(String set) {
      return """
      %s, %d questions with one slip:
        respelled back %s, respelled to another word %s, left as typed %s (as written: respelled %s)
        first candidate right:  as written %s, with the slip %s
        answered right:         as written %s, with the slip %s\
      """
          .formatted(
              set,
              slipped,
              share(respelledBack),
              share(respelledOtherwise),
              share(slipped - respelledBack - respelledOtherwise),
              share(respelledAsWritten),
              share(firstRight),
              share(firstRightSlipped),
              share(answeredRight),
              share(answeredRightSlipped));
    }

    private String share(int count) {
      return "%.1f%%".formatted(slipped == 0 ? 0 : 100.0 * count / slipped);
    }
  }
}
