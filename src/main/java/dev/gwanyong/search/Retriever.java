package dev.gwanyong.search;

import dev.gwanyong.index.Fields;
import dev.gwanyong.index.IndexStore;
import dev.gwanyong.index.PassageTerms;
import dev.gwanyong.index.TextNormalizer;
import dev.gwanyong.lexicon.CrossLanguage;
import dev.gwanyong.lexicon.Lexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Finds candidate sentences for a question: BM25 over the Korean, English, translation, transliteration, context and
 * bigram fields, each candidate with the {@link Evidence} the answer model judges it by. Candidates come in BM25
 * order; ranking them by how likely they are to answer is the answer model's job.
 */
public final class Retriever {

  /** How many of the first candidates count when asking whether they agree on one paragraph. */
  static final int AGREEMENT_DEPTH = 5;
  /**
   * A question needs two letters or digits to say what it asks: a lone "x" or "1" would match any word that contains
   * it ("1.x") and be answered with confidence about nothing.
   */
  static final int MIN_LETTERS = 2;
  /**
   * What a candidate needs from its paragraph's first sentence when that is another document: the fields it holds
   * for the whole paragraph. Its own sentence's fields are left undecoded.
   */
  private static final Set<String> PARAGRAPH_FIELDS = Stream.concat(
      Stream.of(Fields.PARAGRAPH_TEXT, Fields.TRANSLATION_TEXT), PassageTerms.PARAGRAPH_FIELDS.stream())
      .collect(Collectors.toUnmodifiableSet());

  private final IndexStore store;
  private final CrossLanguage crossLanguage;
  private final PlainQueryBuilder queries;

  public Retriever(IndexStore store, Lexicon lexicon) {
    this.store = store;
    this.crossLanguage = new CrossLanguage(lexicon, store.analysis());
    this.queries = new PlainQueryBuilder(store.analysis());
  }

  /** Candidates for a question, and the question as searched when misspelled words were respelled. */
  public record Retrieval(List<Hit> hits, Optional<String> correctedQuestion) {
    public Retrieval {
      hits = List.copyOf(hits);
    }
  }

  /**
   * The first {@code limit} candidates in BM25 order; none when nothing in the question can be searched. Words that
   * neither the index nor the lexicon knows are searched as the closest word one of them does ({@link
   * CrossLanguage#respell}), and the retrieval says so.
   */
  public Retrieval retrieve(String question, int limit) {
    String text = TextNormalizer.normalize(question);
    if (text.codePoints().filter(Character::isLetterOrDigit).count() < MIN_LETTERS) {
      return new Retrieval(List.of(), Optional.empty());
    }
    try (IndexStore.Lease lease = store.acquire()) {
      IndexSearcher searcher = lease.searcher();
      ReaderWords words = new ReaderWords(searcher.getIndexReader());
      Optional<String> respelled = crossLanguage.respell(text, words);
      String searched = respelled.orElse(text);
      QuestionGroups groups =
          QuestionGroups.of(searched, store.analysis(), crossLanguage.lexicon(), corpusWords(words));
      if (groups.isEmpty()) {
        return new Retrieval(List.of(), Optional.empty());
      }
      EvidenceScorer scorer = new EvidenceScorer(words, groups);
      Query query = queries.build(groups, searched, words);
      // Only the best `limit` are needed, never how many matched: counting no further lets Lucene skip documents
      // that cannot reach them (block-max pruning), which is most of the work on a large corpus.
      TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(limit, limit));
      StoredFields stored = lease.storedFields();
      List<Document> docs = new ArrayList<>();
      Map<Integer, Document> paragraphs = new HashMap<>();
      List<Document> paragraphOf = new ArrayList<>();
      for (ScoreDoc scored : top.scoreDocs) {
        Document doc = stored.document(scored.doc);
        int first = scored.doc - sentenceNumber(doc);
        docs.add(doc);
        paragraphOf.add(first == scored.doc ? doc : paragraphs.computeIfAbsent(first, d -> read(stored, d)));
      }
      List<Hit> hits = new ArrayList<>();
      for (int rank = 0; rank < docs.size(); rank++) {
        hits.add(hit(docs.get(rank), paragraphOf.get(rank), scorer, ranking(top.scoreDocs, docs, rank)));
      }
      return new Retrieval(hits, respelled);
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    }
  }

  /** The index's answers to what a question's English words are in the corpus. */
  private QuestionGroups.CorpusWords corpusWords(ReaderWords words) {
    return new QuestionGroups.CorpusWords() {
      @Override
      public Set<String> hangulWords(String english) {
        return crossLanguage.loanwords(english, words);
      }

      @Override
      public boolean writesAsName(String english) {
        try {
          return words.writesAsName(english);
        } catch (IOException e) {
          throw new UncheckedIOException("reading term statistics failed", e);
        }
      }
    };
  }

  private static EvidenceScorer.Ranking ranking(ScoreDoc[] scored, List<Document> docs, int rank) {
    double score = scored[rank].score;
    double best = scored[0].score;
    double bestOther = rank == 0 ? (scored.length > 1 ? scored[1].score : 0) : best;
    String paragraph = paragraphKey(docs.get(rank));
    int depth = Math.min(AGREEMENT_DEPTH, docs.size());
    long agreeing = docs.subList(0, depth).stream().filter(d -> paragraphKey(d).equals(paragraph)).count();
    return new EvidenceScorer.Ranking(
        score, best > 0 ? score / best : 0, rank, best > 0 ? (score - bestOther) / best : 0,
        (double) agreeing / AGREEMENT_DEPTH);
  }

  private static String paragraphKey(Document doc) {
    return doc.get(Fields.SOURCE) + '#' + doc.getField(Fields.PARAGRAPH).numericValue().intValue();
  }

  private static int sentenceNumber(Document doc) {
    return doc.getField(Fields.SENTENCE).numericValue().intValue();
  }

  private static Document read(StoredFields stored, int doc) {
    try {
      return stored.document(doc, PARAGRAPH_FIELDS);
    } catch (IOException e) {
      throw new UncheckedIOException("reading a stored paragraph failed", e);
    }
  }

  /** A candidate from its sentence's document and its paragraph's first sentence, which holds the paragraph. */
  private Hit hit(Document doc, Document firstOfParagraph, EvidenceScorer scorer, EvidenceScorer.Ranking ranking) {
    String paragraph = firstOfParagraph.get(Fields.PARAGRAPH_TEXT);
    int start = doc.getField(Fields.START).numericValue().intValue();
    int end = doc.getField(Fields.END).numericValue().intValue();
    int sentence = sentenceNumber(doc);
    String title = doc.get(Fields.TITLE);
    String translation = Objects.requireNonNullElse(firstOfParagraph.get(Fields.TRANSLATION_TEXT), "");
    EvidenceScorer.Measured measured =
        scorer.measure(PassageTerms.of(doc, firstOfParagraph), paragraph.substring(start, end), ranking);
    return new Hit(
        doc.get(Fields.ID),
        doc.get(Fields.SOURCE),
        title,
        Optional.ofNullable(doc.get(Fields.URL)),
        Optional.ofNullable(doc.get(Fields.REFERENCE)),
        doc.getField(Fields.LINE).numericValue().intValue(),
        doc.getField(Fields.PARAGRAPH).numericValue().intValue(),
        sentence,
        paragraph,
        start,
        end,
        Optional.of(translation).filter(t -> !t.isEmpty()),
        measured.evidence(),
        measured.matches());
  }
}
