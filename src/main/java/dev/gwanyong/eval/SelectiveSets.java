package dev.gwanyong.eval;

import dev.gwanyong.corpus.RecordImporter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The question sets of the selective-answering benchmark, built at run time from the external data,
 * each asked of a corpus that holds its answer and of one from the same distribution that lacks it:
 *
 * <ul>
 *   <li>KorQuAD 1.0 dev: its articles split into two halves (odd and even); each question is asked
 *       of its own half, where the right quote is from the question's own paragraph (the passage it
 *       was written about), and of the other half. A quote that must also hold the answer span was
 *       tried as the label and not kept (docs/answering.md, "Fitting"): the features cannot tell
 *       the answer's sentence from its neighbours.
 *   <li>KorQuAD in small corpora: each half's articles grouped {@value #SMALL_CORPUS_ARTICLES} at a
 *       time, about the size of the bundled corpus; each question is asked of its own group and of
 *       the next group of its half. A small corpus has fewer near misses and lower idf than a half
 *       of KorQuAD, and a bot's corpus is often small, so the answer model sees both.
 *   <li>Tatoeba English–Korean: the pairs split the same way; each English sentence is asked of the
 *       Korean half that holds its pair, where the right quote is that pair, and of the other half;
 *       and each Korean sentence of the English halves the same way, as members also ask in Korean
 *       about English sources. A pair the test set holds twice ({@link Tatoeba#restatements}) is
 *       right wherever either copy is, and a half that holds a copy answers.
 *   <li>KorQuAD definitions: for each name that one article introduces in parentheses and no other
 *       article writes, a question that asks what it is ({@link DefinitionQuestions}), asked of
 *       both halves. Members ask what a name is more than anything, and no other set does: fitted
 *       without them, the model took a sentence that only mentions a name for as good an answer as
 *       one that introduces it.
 *   <li>Off-topic: the same KorQuAD questions and Tatoeba sentences asked of the configured corpus,
 *       which lacks them.
 * </ul>
 *
 * Both {@code calibrate} and the benchmark add the KorQuAD split's questions glossed ({@link
 * #withGlossed}). Benchmark runs may add question files about the configured corpus ({@link
 * #withQuestionFiles}), the KorQuAD split's questions code-switched ({@link #withCodeSwitched}),
 * the small corpora's questions shortened ({@link #withShortened}) and each article alone, asked
 * what it does not say ({@link #withArticleLeaveOut}); {@code calibrate} never does, so no file
 * that {@code eval} scores is fitted on, and the mixed, shortened and leave-out questions are kinds
 * the answer model has never seen.
 */
public record SelectiveSets(List<Trial> trials) {

  /**
   * Articles per small corpus: 7 KorQuAD articles make about 330 passages, the bundled corpus has
   * about 250.
   */
  static final int SMALL_CORPUS_ARTICLES = 7;

  private static final String KORQUAD_SPLIT = "KorQuAD split";
  private static final String SMALL_CORPORA = "KorQuAD small corpora";
  private static final String SHORT = "KorQuAD short";
  private static final String ARTICLE_LEAVE_OUT = "KorQuAD article leave-out";
  private static final String DEFINITIONS = "KorQuAD definitions";
  private static final String KORQUAD_LICENCE = "KorQuAD 1.0 dev, CC BY-ND 2.0 KR";
  private static final String TATOEBA_LICENCE = "Tatoeba, CC BY 2.0 FR";

  /**
   * Questions asked of one corpus: the given records, or the configured corpus when there are none.
   */
  public record Trial(
      String name, List<RecordImporter.Record> corpus, String licence, List<Probe> probes) {
    public Trial {
      corpus = List.copyOf(corpus);
      probes = List.copyOf(probes);
    }

    public boolean configuredCorpus() {
      return corpus.isEmpty();
    }
  }

  public SelectiveSets {
    trials = List.copyOf(trials);
  }

  /**
   * The benchmark's sets.
   *
   * @param every keeps every n-th question of each benchmark (1 keeps all), for quicker runs
   */
  public static SelectiveSets build(Korquad korquad, Tatoeba tatoeba, int every) {
    List<Trial> trials = new ArrayList<>();
    List<Probe> offTopic = new ArrayList<>();
    List<DefinitionQuestions.Defined> definitions = DefinitionQuestions.of(korquad.articles());
    for (String half : List.of("A", "B")) {
      List<RecordImporter.Record> articles = new ArrayList<>();
      for (int a = 0; a < korquad.articles().size(); a++) {
        if (half(a).equals(half)) {
          articles.add(korquad.articles().get(a));
        }
      }
      List<Probe> probes = new ArrayList<>();
      for (int i = 0; i < korquad.questions().size(); i += every) {
        Korquad.Question q = korquad.questions().get(i);
        String fold = half(q.article() - 1);
        probes.add(
            fold.equals(half)
                ? new Probe(
                    fold,
                    KORQUAD_SPLIT,
                    "ko",
                    q.text(),
                    true,
                    quoted -> fromParagraph(q, quoted),
                    quoted -> holdsAnswer(q, quoted))
                : Probe.unanswerable(fold, KORQUAD_SPLIT, "ko", q.text()));
        if (half.equals("A")) {
          offTopic.add(Probe.unanswerable(fold, "KorQuAD off-topic", "ko", q.text()));
        }
      }
      for (int i = 0; i < definitions.size(); i += every) {
        DefinitionQuestions.Defined d = definitions.get(i);
        String fold = half(d.article());
        probes.add(
            fold.equals(half)
                ? new Probe(fold, DEFINITIONS, d.language(), d.question(), true, d::answeredBy)
                : Probe.unanswerable(fold, DEFINITIONS, d.language(), d.question()));
      }
      trials.add(new Trial("KorQuAD half " + half, articles, KORQUAD_LICENCE, probes));
      trials.addAll(smallCorpora(korquad, half, every));
    }
    List<String> korean = tatoeba.korean().stream().map(RecordImporter.Record::text).toList();
    List<Set<Integer>> same = tatoeba.restatements();
    trials.addAll(
        tatoebaSplit(
            tatoeba.english(), "en", tatoeba.korean(), Tatoeba::sourceId, same, every, offTopic));
    trials.addAll(
        tatoebaSplit(
            korean,
            "ko",
            tatoeba.englishSources(),
            Tatoeba::englishSourceId,
            same,
            every,
            offTopic));
    trials.add(new Trial("configured corpus", List.of(), "", offTopic));
    return new SelectiveSets(trials);
  }

  /**
   * These sets plus question files about the configured corpus: {@code answer} questions are
   * answerable and judged as {@code eval} judges them, {@code abstain} questions are unanswerable,
   * {@code any} questions are left out.
   */
  public SelectiveSets withQuestionFiles(List<Path> files) throws IOException {
    List<Probe> probes = new ArrayList<>();
    for (Path file : files) {
      for (EvalQuestion q : EvalQuestion.read(file)) {
        String fold = "file";
        switch (q.expect()) {
          case ANSWER ->
              probes.add(
                  new Probe(
                      fold,
                      "question files",
                      q.lang(),
                      q.question(),
                      true,
                      quoted -> Evaluator.containsEvidence(quoted.quote(), q.evidence())));
          case ABSTAIN ->
              probes.add(Probe.unanswerable(fold, "question files", q.lang(), q.question()));
          case ANY -> {}
        }
      }
    }
    List<Trial> all = new ArrayList<>();
    for (Trial t : trials) {
      if (t.configuredCorpus()) {
        List<Probe> merged = new ArrayList<>(t.probes());
        merged.addAll(probes);
        all.add(new Trial(t.name(), t.corpus(), t.licence(), merged));
      } else {
        all.add(t);
      }
    }
    return new SelectiveSets(all);
  }

  /**
   * These sets plus each KorQuAD split question that can be code-switched, switched ({@link
   * CodeSwitching}), asked of the same halves as "KorQuAD code-switched" in the language {@code
   * mix}, and judged as the question is.
   */
  public SelectiveSets withCodeSwitched(CodeSwitching switching) {
    return withVariants(
        KORQUAD_SPLIT,
        p ->
            switching
                .switched(p.question())
                .map(
                    question ->
                        new Probe(
                            p.fold(),
                            "KorQuAD code-switched",
                            "mix",
                            question,
                            p.answerable(),
                            p.answers(),
                            p.holdsAnswer())));
  }

  /**
   * These sets plus each KorQuAD split question glossed ({@link CodeSwitching#glossed}), asked of
   * the same halves as "KorQuAD glossed" in the language {@code mix}, and judged as the question
   * is. Unlike the code-switched questions, {@code calibrate} fits on them: they are the only
   * questions of the benchmark matched mostly through translations against paragraphs, as English
   * questions about Korean sources are, where Tatoeba's are matched against a sentence. The article
   * leave-out set's questions are glossed the same way where these sets hold it ("KorQuAD article
   * leave-out glossed"), which only the benchmark does.
   */
  public SelectiveSets withGlossed(CodeSwitching switching) {
    return withVariants(KORQUAD_SPLIT, p -> glossed(switching, p, "KorQuAD glossed"))
        .withVariants(
            ARTICLE_LEAVE_OUT, p -> glossed(switching, p, ARTICLE_LEAVE_OUT + " glossed"));
  }

  private static Optional<Probe> glossed(CodeSwitching switching, Probe p, String set) {
    return switching
        .glossed(p.question())
        .map(
            question ->
                new Probe(
                    p.fold(), set, "mix", question, p.answerable(), p.answers(), p.holdsAnswer()));
  }

  /**
   * These sets plus each question of the small corpora cut to its first word and its last ({@code
   * 임종석이 여의도 농민 폭력 시위를 주도한 혐의로 지명수배 된 날은?} as {@code 임종석이 날은?}), asked of the same corpora as
   * "KorQuAD short" and judged as the question is. Members ask in a few words, and a word or two
   * found in one sentence of a small corpus is thin evidence, of a kind the whole questions the
   * answer model is fitted on seldom show it.
   */
  public SelectiveSets withShortened() {
    return withVariants(
        SMALL_CORPORA,
        p ->
            Optional.of(
                new Probe(
                    p.fold(),
                    SHORT,
                    p.language(),
                    shortened(p.question()),
                    p.answerable(),
                    p.answers(),
                    p.holdsAnswer())));
  }

  /**
   * These sets plus each KorQuAD article alone, a corpus about one thing as a community's is: each
   * of its questions asked of it, judged as in the split, and of the article without the question's
   * paragraph and every other one (the paragraphs of the other parity), which is still about the
   * same thing and does not answer. A question one of whose answers a paragraph of the other parity
   * writes is left out there: articles repeat themselves (the clash in the NLL of November 2009 in
   * two paragraphs), and a corpus that says the answer cannot count as lacking it.
   */
  public SelectiveSets withArticleLeaveOut(Korquad korquad, int every) {
    List<Trial> all = new ArrayList<>(trials);
    for (int a = 0; a < korquad.articles().size(); a++) {
      RecordImporter.Record article = korquad.articles().get(a);
      String fold = half(a);
      // The paragraphs numbered even (index 0) and odd (index 1), from 1: what a question of the
      // other parity meets.
      List<String> paragraphs = article.text().lines().toList();
      List<List<String>> byParity = List.of(ofParity(paragraphs, 0), ofParity(paragraphs, 1));
      List<Probe> answerable = new ArrayList<>();
      List<List<Probe>> unanswerable = List.of(new ArrayList<>(), new ArrayList<>());
      for (int i = 0; i < korquad.questions().size(); i += every) {
        Korquad.Question q = korquad.questions().get(i);
        if (q.article() - 1 == a) {
          answerable.add(
              new Probe(
                  fold,
                  ARTICLE_LEAVE_OUT,
                  "ko",
                  q.text(),
                  true,
                  quoted -> fromParagraph(q, quoted),
                  quoted -> holdsAnswer(q, quoted)));
          if (byParity.get((q.paragraph() + 1) % 2).stream().noneMatch(q::writtenIn)) {
            unanswerable
                .get(q.paragraph() % 2)
                .add(Probe.unanswerable(fold, ARTICLE_LEAVE_OUT, "ko", q.text()));
          }
        }
      }
      all.add(
          new Trial("KorQuAD article " + (a + 1), List.of(article), KORQUAD_LICENCE, answerable));
      for (int parity = 0; parity < 2; parity++) {
        List<String> rest = byParity.get((parity + 1) % 2);
        if (!rest.isEmpty() && !unanswerable.get(parity).isEmpty()) {
          RecordImporter.Record without =
              new RecordImporter.Record(
                  article.id(),
                  article.title(),
                  String.join("\n", rest) + "\n",
                  article.url(),
                  article.lang());
          all.add(
              new Trial(
                  "KorQuAD article "
                      + (a + 1)
                      + " without its "
                      + (parity == 0 ? "even" : "odd")
                      + "-numbered paragraphs",
                  List.of(without),
                  KORQUAD_LICENCE,
                  unanswerable.get(parity)));
        }
      }
    }
    return new SelectiveSets(all);
  }

  /** The paragraphs whose number, from 1, has the parity of {@code number}. */
  private static List<String> ofParity(List<String> paragraphs, int number) {
    List<String> kept = new ArrayList<>();
    for (int n = 1; n <= paragraphs.size(); n++) {
      if (n % 2 == number % 2) {
        kept.add(paragraphs.get(n - 1));
      }
    }
    return kept;
  }

  /**
   * These sets plus, beside each question of {@code set}, its variant where it has one, asked of
   * the same corpus.
   */
  private SelectiveSets withVariants(String set, Function<Probe, Optional<Probe>> variant) {
    List<Trial> all = new ArrayList<>();
    for (Trial t : trials) {
      List<Probe> probes = new ArrayList<>(t.probes());
      for (Probe p : t.probes()) {
        if (p.set().equals(set)) {
          variant.apply(p).ifPresent(probes::add);
        }
      }
      all.add(new Trial(t.name(), t.corpus(), t.licence(), probes));
    }
    return new SelectiveSets(all);
  }

  /**
   * Tatoeba's pairs split in two halves: each question sentence asked of the half of the other
   * language that holds its pair (or a pair saying the same), where the right quote is such a pair,
   * and of the other half; and, off topic, of the configured corpus.
   */
  private static List<Trial> tatoebaSplit(
      List<String> questions,
      String language,
      List<RecordImporter.Record> pairs,
      IntFunction<String> pairId,
      List<Set<Integer>> same,
      int every,
      List<Probe> offTopic) {
    List<Trial> trials = new ArrayList<>();
    for (String half : List.of("A", "B")) {
      List<RecordImporter.Record> sentences = new ArrayList<>();
      for (int i = 0; i < pairs.size(); i++) {
        if (half(i).equals(half)) {
          sentences.add(pairs.get(i));
        }
      }
      List<Probe> probes = new ArrayList<>();
      for (int i = 0; i < questions.size(); i += every) {
        String fold = half(i);
        Set<String> rightPairs =
            same.get(i).stream().map(pairId::apply).collect(Collectors.toSet());
        String sentence = questions.get(i);
        boolean answerable = same.get(i).stream().anyMatch(pair -> half(pair).equals(half));
        probes.add(
            answerable
                ? new Probe(
                    fold,
                    "Tatoeba split",
                    language,
                    sentence,
                    true,
                    quoted -> rightPairs.contains(quoted.sourceId()))
                : Probe.unanswerable(fold, "Tatoeba split", language, sentence));
        if (half.equals("A")) {
          offTopic.add(Probe.unanswerable(fold, "Tatoeba off-topic", language, sentence));
        }
      }
      String direction = language.equals("en") ? "English to Korean" : "Korean to English";
      trials.add(
          new Trial("Tatoeba " + direction + " half " + half, sentences, TATOEBA_LICENCE, probes));
    }
    return trials;
  }

  /**
   * The small corpora of one half: each group's questions, and as unanswerable ones those of the
   * next group.
   */
  private static List<Trial> smallCorpora(Korquad korquad, String half, int every) {
    List<List<Integer>> groups = new ArrayList<>();
    for (int a = 0; a < korquad.articles().size(); a++) {
      if (half(a).equals(half)) {
        if (groups.isEmpty() || groups.getLast().size() == SMALL_CORPUS_ARTICLES) {
          groups.add(new ArrayList<>());
        }
        groups.getLast().add(a);
      }
    }
    List<Trial> trials = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      List<Integer> own = groups.get(g);
      List<Integer> next = groups.get((g + 1) % groups.size());
      List<Probe> probes = new ArrayList<>();
      for (int i = 0; i < korquad.questions().size(); i += every) {
        Korquad.Question q = korquad.questions().get(i);
        if (own.contains(q.article() - 1)) {
          probes.add(
              new Probe(
                  half,
                  SMALL_CORPORA,
                  "ko",
                  q.text(),
                  true,
                  quoted -> fromParagraph(q, quoted),
                  quoted -> holdsAnswer(q, quoted)));
        } else if (next.contains(q.article() - 1)) {
          probes.add(Probe.unanswerable(half, SMALL_CORPORA, "ko", q.text()));
        }
      }
      List<RecordImporter.Record> articles = own.stream().map(korquad.articles()::get).toList();
      trials.add(
          new Trial("KorQuAD small corpus " + half + (g + 1), articles, KORQUAD_LICENCE, probes));
    }
    return trials;
  }

  /** A question cut to its first word and its last; a question of two words or fewer as it is. */
  static String shortened(String question) {
    String[] words = question.strip().split("\\s+");
    return words.length <= 2 ? question : words[0] + " " + words[words.length - 1];
  }

  private static String half(int index) {
    return index % 2 == 0 ? "A" : "B";
  }

  private static boolean fromParagraph(Korquad.Question q, Probe.Quoted quoted) {
    return q.fromItsParagraph(quoted.sourceId(), quoted.paragraph());
  }

  private static boolean holdsAnswer(Korquad.Question q, Probe.Quoted quoted) {
    return q.answeredBy(quoted.sourceId(), quoted.paragraph(), quoted.quote());
  }
}
