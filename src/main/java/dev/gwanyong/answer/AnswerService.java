package dev.gwanyong.answer;

import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.IndexInfo;
import dev.gwanyong.index.IndexStore;
import dev.gwanyong.search.Hit;
import dev.gwanyong.search.Lexicon;
import dev.gwanyong.search.Retriever;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The question router's answering core: retrieves sentences, judges confidence and either cites the best of them or
 * abstains. Opening it loads the corpus and builds the index when it is missing or older than the sources.
 */
public final class AnswerService implements Answerer, AutoCloseable {

  /** How many candidates are considered for the citations of one answer. */
  private static final int CANDIDATES = 10;
  /** A further citation must cover at least this share of what the first one covers. */
  private static final double FOLLOWER_SHARE = 0.6;

  private final IndexStore store;
  private final Retriever retriever;
  private final QuoteComposer quotes;
  private final GwanyongConfig.AnswerConfig settings;
  private final boolean builtAtOpen;

  private AnswerService(
      IndexStore store, Lexicon lexicon, GwanyongConfig.AnswerConfig settings, boolean builtAtOpen) {
    this.store = store;
    this.retriever = new Retriever(store, lexicon);
    this.quotes = new QuoteComposer(store.analysis());
    this.settings = settings;
    this.builtAtOpen = builtAtOpen;
  }

  /**
   * Loads the corpus and analysis files named by the configuration and opens the index, building it first when it
   * is missing or was built from other sources or analysis.
   */
  public static AnswerService open(GwanyongConfig config) {
    Corpus corpus = Corpus.load(config.corpus());
    Analysis analysis = Analysis.load(config.analysis());
    Lexicon lexicon = Lexicon.load(config.lexicon(), analysis);
    IndexStore store = new IndexStore(config.data(), analysis, config.answer().linkBase());
    boolean built = store.openOrBuild(corpus);
    return new AnswerService(store, lexicon, config.answer(), built);
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

  /** The best sentences for a question, without judging confidence: for benchmarks of retrieval alone. */
  public List<Hit> search(String question, int limit) {
    return retriever.search(question, limit);
  }

  @Override
  public Answer ask(String question) {
    long started = System.nanoTime();
    Language language = Language.of(question);
    List<Hit> hits = retriever.search(question, CANDIDATES);
    double confidence = hits.isEmpty() ? 0 : hits.getFirst().coverage();
    List<Citation> citations = new ArrayList<>();
    if (confidence >= settings.minConfidence()) {
      for (Hit hit : hits) {
        if (citations.size() == settings.maxCitations()) {
          break;
        }
        QuoteComposer.Span span = quotes.span(hit);
        if (hit.coverage() >= confidence * FOLLOWER_SHARE && citations.stream().noneMatch(c -> overlaps(c, hit, span))) {
          citations.add(cite(hit, span));
        }
      }
    }
    // A refusal names the closest source only when some of the question was found there.
    Optional<String> closest =
        citations.isEmpty() && confidence > 0 ? Optional.of(hits.getFirst().title()) : Optional.empty();
    long millis = (System.nanoTime() - started) / 1_000_000;
    return new Answer(question, language, citations, confidence, closest, millis);
  }

  /** Whether a citation already quotes some of the characters this span would. */
  private static boolean overlaps(Citation cited, Hit hit, QuoteComposer.Span span) {
    return cited.sourceId().equals(hit.sourceId())
        && cited.paragraph() == hit.paragraph()
        && cited.start() < span.end()
        && span.start() < cited.end();
  }

  private Citation cite(Hit hit, QuoteComposer.Span span) {
    String quote = hit.paragraphText().substring(span.start(), span.end());
    return new Citation(
        quote,
        hit.sourceId(),
        hit.title(),
        hit.paragraph(),
        span.start(),
        span.end(),
        hit.link(),
        hit.score(),
        hit.paragraphText(),
        quotes.translation(hit, span),
        quotes.highlights(quote, hit));
  }

  @Override
  public void close() throws IOException {
    store.close();
  }
}
