package dev.gwanyong.answer;

import dev.gwanyong.calibration.AnswerModel;
import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.IndexInfo;
import dev.gwanyong.index.IndexStore;
import dev.gwanyong.lexicon.Lexicon;
import dev.gwanyong.search.Evidence;
import dev.gwanyong.search.Hit;
import dev.gwanyong.search.Retriever;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The question router's answering core: retrieves candidate sentences, ranks them by the answer
 * model's probability that their quote answers the question, and cites the best of them when that
 * probability reaches the threshold of the risk budget, or abstains. Opening it loads the corpus
 * and builds the index when it is missing or older than the sources.
 */
public final class AnswerService implements Answerer, AutoCloseable {

  /** How many BM25 candidates the answer model ranks. */
  static final int CANDIDATES = 15;

  /**
   * A refusal names the closest source when at least this share of the question's weight was found
   * in its best candidate's paragraph: most of the question is about what that source discusses.
   */
  static final double ON_TOPIC_SHARE = 0.5;

  /**
   * The data folder's subfolder for the analysed lexicon, which a start reads instead of analysing
   * it again.
   */
  static final String LEXICON_CACHE = "lexicon";

  private final IndexStore store;
  private final SourceLinks links;
  private final Retriever retriever;
  private final QuoteComposer quotes;
  private final AnswerModel model;
  private final double threshold;
  private final int maxCitations;
  private final boolean builtAtOpen;

  private AnswerService(
      IndexStore store,
      SourceLinks links,
      Lexicon lexicon,
      AnswerModel model,
      GwanyongConfig.AnswerConfig settings,
      boolean builtAtOpen) {
    this.store = store;
    this.links = links;
    this.retriever = new Retriever(store, lexicon);
    this.quotes = new QuoteComposer(store.analysis());
    this.model = model;
    this.threshold = model.threshold(settings.maxRisk());
    this.maxCitations = settings.maxCitations();
    this.builtAtOpen = builtAtOpen;
  }

  /**
   * Loads the corpus, analysis files and answer model named by the configuration and opens the
   * index, building it first when it is missing or was built from other sources or analysis.
   *
   * @throws IllegalArgumentException when the answer model file is missing or unreadable, with what
   *     to do
   */
  public static AnswerService open(GwanyongConfig config) {
    return open(config, loadModel(config));
  }

  /**
   * As {@link #open(GwanyongConfig)}, judging with the given model instead of the configured one.
   */
  public static AnswerService open(GwanyongConfig config, AnswerModel model) {
    Analysis analysis = Analysis.load(config.analysis());
    // The store first: a data folder it cannot make fails before the seconds of the lexicon's load.
    IndexStore store = new IndexStore(config.data(), analysis);
    Lexicon lexicon =
        Lexicon.load(config.lexicon(), analysis, config.data().resolve(LEXICON_CACHE));
    // The sources are read only when the index is not of these very files: on a large corpus they
    // are tens of MiB that would stay behind as garbage in the heap's old generation.
    boolean built =
        !store.openIfCurrent(Corpus.fingerprint(config.corpus()))
            && store.openOrBuild(Corpus.load(config.corpus()));
    SourceLinks links =
        new SourceLinks(config.answer().linkBase(), config.corpus().getFileName().toString());
    return new AnswerService(store, links, lexicon, model, config.answer(), built);
  }

  private static AnswerModel loadModel(GwanyongConfig config) {
    try {
      return AnswerModel.load(config.answer().model());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read the answer model "
              + config.answer().model()
              + " ("
              + e.getMessage()
              + "); restore it from the repository or fit one with `calibrate`",
          e);
    }
  }

  /** Whether opening had to build the index. */
  public boolean builtAtOpen() {
    return builtAtOpen;
  }

  /** What the served index holds. */
  public IndexInfo indexInfo() {
    return store.info().orElseThrow();
  }

  /** The store behind this service, for rebuilding after the corpus changed. */
  public IndexStore store() {
    return store;
  }

  /** The confidence an answer needs, from the configured risk budget. */
  public double threshold() {
    return threshold;
  }

  /**
   * The best sentences for a question, most likely to answer first, without judging: for retrieval
   * benchmarks.
   */
  public List<Hit> search(String question, int limit) {
    return candidates(question).stream().limit(limit).map(Candidate::hit).toList();
  }

  /**
   * Every candidate retrieval found, most likely to answer first, with its quote span and
   * confidence.
   */
  public List<Candidate> candidates(String question) {
    return ranked(retriever.retrieve(question, CANDIDATES).hits());
  }

  private List<Candidate> ranked(List<Hit> hits) {
    List<Candidate> candidates = new ArrayList<>();
    for (Hit hit : hits) {
      AnswerModel.Judgement judged = model.judge(hit.evidence());
      candidates.add(
          new Candidate(hit, judged.score(), judged.confidence(), judged.holdsAnswer(), quotes));
    }
    // Ranked by the ranking model, as calibrate picks the best candidate: the confidence step was
    // fitted on the candidates ranked first, so it judges whether the first one answers, not which
    // one comes first. A question that asks when is answered from a paragraph that says when, or
    // from none: paragraphs come in the order of the best time their candidates say, the date asked
    // before any other time before none (and the quote step quotes the sentence that says it). A
    // paragraph's time is said by its best sentence or one about the question as much
    // (Candidate.timeShortfallFor).
    Map<Candidate, Integer> paragraphShortfall = new IdentityHashMap<>();
    for (Candidate c : candidates) {
      Candidate best =
          candidates.stream()
              .filter(c::sameParagraph)
              .max(Comparator.comparingDouble(Candidate::score))
              .orElseThrow();
      paragraphShortfall.put(
          c,
          candidates.stream()
              .filter(c::sameParagraph)
              .mapToInt(s -> s.timeShortfallFor(best))
              .min()
              .orElseThrow());
    }
    candidates.sort(
        Comparator.comparing((Candidate c) -> paragraphShortfall.get(c))
            .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
            .thenComparingInt(c -> c.hit().evidence().rank()));
    return quotingFirst(candidates);
  }

  /**
   * The candidates with the first one's paragraph quoted by the sentence of it most likely to hold
   * the answer: the ranking and its confidence judge whether the paragraph answers, the quote step
   * which of its sentences says what was asked. That sentence leads with the paragraph's
   * confidence; the sentence ranked first follows as it was.
   */
  private static List<Candidate> quotingFirst(List<Candidate> ranked) {
    if (ranked.isEmpty()) {
      return ranked;
    }
    Candidate lead = ranked.getFirst();
    int best = 0;
    for (int i = 1; i < ranked.size(); i++) {
      Candidate c = ranked.get(i);
      if (c.sameParagraph(lead) && quotesBetter(c, ranked.get(best), lead)) {
        best = i;
      }
    }
    if (best > 0) {
      ranked.add(0, ranked.remove(best).standingFor(lead));
    }
    return ranked;
  }

  /**
   * Whether a sentence of the paragraph whose best sentence is {@code lead} is the better quote:
   * one that says the time asked before one that says less of it, for a question that asks when (as
   * it speaks for the paragraph, {@link Candidate#timeShortfallFor}); one that counts what was
   * asked before one that does not, for a question that asks how many; one that introduces the term
   * a question asks about alone before one that only uses it ("D2iQ, short for Day 2 IQ" for "What
   * does D2iQ stand for?", not "D2iQ later announced…"); else the likelier to hold the answer. The
   * count orders the quotes, not the paragraphs: a paragraph that counts something else is no
   * likelier to answer.
   */
  private static boolean quotesBetter(Candidate sentence, Candidate than, Candidate lead) {
    int time = sentence.timeShortfallFor(lead);
    int thanTime = than.timeShortfallFor(lead);
    if (time != thanTime) {
      return time < thanTime;
    }
    if (sentence.countShortfall() != than.countShortfall()) {
      return sentence.countShortfall() < than.countShortfall();
    }
    if (sentence.introducesLoneTerm() != than.introducesLoneTerm()) {
      return sentence.introducesLoneTerm();
    }
    return sentence.holdsAnswer() > than.holdsAnswer();
  }

  @Override
  public boolean asksSomething(String question) {
    return retriever.asksSomething(question);
  }

  @Override
  public Answer ask(String question) {
    long started = System.nanoTime();
    Language language = Language.of(question);
    Retriever.Retrieval retrieval = retriever.retrieve(question, CANDIDATES);
    List<Candidate> candidates = ranked(retrieval.hits());
    double confidence = candidates.isEmpty() ? 0 : candidates.getFirst().confidence();
    List<Citation> citations = new ArrayList<>();
    // The first candidate decides whether to answer; the next ones are shown only when likely to
    // answer too.
    for (Candidate candidate : confidence < threshold ? List.<Candidate>of() : candidates) {
      if (citations.size() == maxCitations) {
        break;
      }
      if (candidate.confidence() >= threshold
          && citations.stream().noneMatch(c -> overlaps(c, candidate))) {
        citations.add(cite(candidate, language));
      }
    }
    Optional<ClosestSource> closest =
        citations.isEmpty() && !candidates.isEmpty() && onTopic(candidates.getFirst())
            ? Optional.of(ClosestSource.of(candidates.getFirst().hit(), question))
            : Optional.empty();
    long millis = (System.nanoTime() - started) / 1_000_000;
    return new Answer(
        question, language, citations, confidence, closest, retrieval.correctedQuestion(), millis);
  }

  private static boolean onTopic(Candidate best) {
    Evidence e = best.hit().evidence();
    return e.sentenceShare() + e.neighbourShare() + e.contextShare() >= ON_TOPIC_SHARE;
  }

  /** Whether a citation already quotes some of the characters this candidate would. */
  private static boolean overlaps(Citation cited, Candidate candidate) {
    Hit hit = candidate.hit();
    return cited.sourceId().equals(hit.sourceId())
        && cited.paragraph() == hit.paragraph()
        && cited.start() < candidate.end()
        && candidate.start() < cited.end();
  }

  private Citation cite(Candidate candidate, Language language) {
    Hit hit = candidate.hit();
    QuoteComposer.Span span = new QuoteComposer.Span(candidate.start(), candidate.end());
    String quote = candidate.quote();
    Optional<String> translation = quotes.translation(hit, span);
    // An English reader of a Korean quote with no translation sees at least which of its words
    // matched what.
    Emphasis.Marks marks =
        quotes.marks(span, hit, language == Language.ENGLISH && translation.isEmpty());
    return new Citation(
        quote,
        hit.sourceId(),
        hit.title(),
        hit.paragraph(),
        span.start(),
        span.end(),
        links.paragraph(hit),
        candidate.confidence(),
        hit.paragraphText(),
        translation,
        marks.highlights(),
        marks.glosses());
  }

  @Override
  public void close() throws IOException {
    store.close();
  }
}
