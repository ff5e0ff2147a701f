package dev.gwanyong.search;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.Fields;
import dev.gwanyong.index.IndexStore;
import dev.gwanyong.index.Remembered;
import dev.gwanyong.index.StoredPassages;
import dev.gwanyong.index.TextNormalizer;
import dev.gwanyong.lexicon.CrossLanguage;
import dev.gwanyong.lexicon.HangulNames;
import dev.gwanyong.lexicon.Lexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Finds candidate sentences for a question: BM25 over the Korean, English, translation,
 * transliteration, context and bigram fields, each candidate with the {@link Evidence} the answer
 * model judges it by. Candidates come in BM25 order; ranking them by how likely they are to answer
 * is the answer model's job.
 */
public final class Retriever {

  /** How many of the first candidates count when asking whether they agree on one paragraph. */
  static final int AGREEMENT_DEPTH = 5;

  /**
   * A question needs two letters or digits to say what it asks, and a word that is more than one
   * Latin letter or digit: a lone "x" or "1" would match any word that contains it ("1.x", CRI-O)
   * and be answered with confidence about nothing, and so would "O O" or "1 2 3". A Hangul syllable
   * is a word of its own (물 불).
   */
  static final int MIN_LETTERS = 2;

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern LONE_LATIN_OR_DIGIT = Pattern.compile("[\\p{IsLatin}\\p{N}]");

  /**
   * How many English words' loanwords are remembered for the index being served, at most about 1
   * MiB of heap: the 1,000 questions of {@code bench} look up some 300.
   */
  static final int LOANWORDS_REMEMBERED = 4096;

  private final IndexStore store;
  private final CrossLanguage crossLanguage;
  private final PlainQueryBuilder queries;

  /**
   * What was worked out about the words of the index generation being served ({@link
   * GenerationWords}).
   */
  private final AtomicReference<GenerationWords> generationWords =
      new AtomicReference<>(new GenerationWords(new Object()));

  public Retriever(IndexStore store, Lexicon lexicon) {
    this.store = store;
    this.crossLanguage = new CrossLanguage(lexicon, store.analysis());
    this.queries = new PlainQueryBuilder(store.analysis());
  }

  /**
   * Candidates for a question, and the question as searched when misspelled words were respelled.
   */
  public record Retrieval(List<Hit> hits, Optional<String> correctedQuestion) {
    public Retrieval {
      hits = List.copyOf(hits);
    }
  }

  /**
   * The first {@code limit} candidates in BM25 order; none when nothing in the question can be
   * searched. Words that neither the index nor the lexicon knows are searched as the closest word
   * one of them does ({@link CrossLanguage#respell}), and the retrieval says so. A question is
   * searched without what only surrounds it in chat ({@link Analysis#asked}).
   */
  public Retrieval retrieve(String question, int limit) {
    // Searched and judged by what it asks, which is also what a respelling shows.
    String text = store.analysis().asked(TextNormalizer.normalize(question));
    if (!saysWhatItAsks(text)) {
      return new Retrieval(List.of(), Optional.empty());
    }
    try (IndexStore.Lease lease = store.acquire()) {
      IndexSearcher searcher = lease.searcher();
      ReaderWords words = new ReaderWords(searcher.getIndexReader());
      GenerationWords known = wordsOf(searcher.getIndexReader().getReaderCacheHelper().getKey());
      Optional<String> respelled = crossLanguage.respell(text, words);
      String searched = Analysis.searched(respelled.orElse(text));
      QuestionGroups groups =
          QuestionGroups.of(
              searched, store.analysis(), crossLanguage.lexicon(), corpusWords(words, known));
      if (groups.isEmpty()) {
        return new Retrieval(List.of(), Optional.empty());
      }
      EvidenceScorer scorer = new EvidenceScorer(store.analysis(), words, groups, searched);
      Query query = queries.build(groups, searched, words);
      // Only the best `limit` are needed, never how many matched: counting no further lets Lucene
      // skip documents that cannot reach them (block-max pruning), which is most of the work on a
      // large corpus.
      TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(limit, limit));
      int[] docs = Arrays.stream(top.scoreDocs).mapToInt(scored -> scored.doc).toArray();
      List<StoredPassages.Passage> passages = StoredPassages.read(lease.reader(), docs);
      List<Hit> hits = new ArrayList<>();
      for (int rank = 0; rank < passages.size(); rank++) {
        hits.add(hit(passages.get(rank), scorer, ranking(top.scoreDocs, passages, rank)));
      }
      return new Retrieval(hits, respelled);
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    }
  }

  /**
   * Whether the question asks something to search for, once what only surrounds it in chat is set
   * aside: not chat's remarks alone ("ok thanks"), nor lone letters ("O O").
   */
  public boolean asksSomething(String question) {
    return saysWhatItAsks(store.analysis().asked(TextNormalizer.normalize(question)));
  }

  private static boolean saysWhatItAsks(String text) {
    return text.codePoints().filter(Character::isLetterOrDigit).count() >= MIN_LETTERS
        && NOT_WORD
            .splitAsStream(text)
            .anyMatch(w -> !w.isEmpty() && !LONE_LATIN_OR_DIGIT.matcher(w).matches());
  }

  /**
   * What was worked out about one index generation's words, forgotten when another is served: the
   * Hangul words English words were found as ({@link CrossLanguage#loanwords}), as finding them
   * builds Lucene edit automata, the dearest step of an English word, and the words that need it
   * recur (after, without, yourself: common words the lexicon has no entry for); and the index's
   * English names by their Hangul forms ({@link CrossLanguage#hangulNames}), read in one pass over
   * its names when a Korean question first needs them.
   */
  private static final class GenerationWords {
    final Object generation;
    final Remembered<String, Set<String>> loanwords = new Remembered<>(LOANWORDS_REMEMBERED);
    private HangulNames hangulNames;

    GenerationWords(Object generation) {
      this.generation = generation;
    }

    synchronized HangulNames hangulNames(ReaderWords words, CrossLanguage crossLanguage)
        throws IOException {
      if (hangulNames == null) {
        hangulNames = crossLanguage.hangulNames(words.names());
      }
      return hangulNames;
    }
  }

  private GenerationWords wordsOf(Object generation) {
    return generationWords.updateAndGet(
        known -> known.generation == generation ? known : new GenerationWords(generation));
  }

  /** The index's answers to what a question's English words are in the corpus. */
  private QuestionGroups.CorpusWords corpusWords(ReaderWords words, GenerationWords known) {
    return new QuestionGroups.CorpusWords() {
      @Override
      public Set<String> hangulWords(String english) {
        return known.loanwords.get(
            english, word -> Collections.unmodifiableSet(crossLanguage.loanwords(word, words)));
      }

      @Override
      public boolean writesAsNamePhrase(List<String> englishStems) {
        try {
          return words.hasPhrase(Fields.ENGLISH, englishStems)
              || words.hasPhrase(Fields.TRANSLATION, englishStems);
        } catch (IOException e) {
          throw new UncheckedIOException("searching the index failed", e);
        }
      }

      @Override
      public Set<String> englishNames(String hangul) {
        try {
          return known.hangulNames(words, crossLanguage).names(hangul);
        } catch (IOException e) {
          throw new UncheckedIOException("reading the index's names failed", e);
        }
      }

      @Override
      public boolean writesAsName(String english) {
        try {
          return words.writesAsName(english);
        } catch (IOException e) {
          throw new UncheckedIOException("reading term statistics failed", e);
        }
      }

      @Override
      public boolean hasKoreanWord(String term) {
        try {
          return words.docFreq(Fields.KOREAN, term) > 0;
        } catch (IOException e) {
          throw new UncheckedIOException("reading term statistics failed", e);
        }
      }
    };
  }

  private static EvidenceScorer.Ranking ranking(
      ScoreDoc[] scored, List<StoredPassages.Passage> passages, int rank) {
    double score = scored[rank].score;
    double best = scored[0].score;
    double bestOther = rank == 0 ? (scored.length > 1 ? scored[1].score : 0) : best;
    int paragraph = passages.get(rank).paragraphDoc();
    int depth = Math.min(AGREEMENT_DEPTH, passages.size());
    long agreeing =
        passages.subList(0, depth).stream().filter(p -> p.paragraphDoc() == paragraph).count();
    return new EvidenceScorer.Ranking(
        score,
        best > 0 ? score / best : 0,
        rank,
        best > 0 ? (score - bestOther) / best : 0,
        (double) agreeing / AGREEMENT_DEPTH);
  }

  /** A candidate from its stored sentence, with the evidence the answer model judges it by. */
  private static Hit hit(
      StoredPassages.Passage passage, EvidenceScorer scorer, EvidenceScorer.Ranking ranking) {
    String sentence = passage.paragraphText().substring(passage.start(), passage.end());
    EvidenceScorer.Measured measured =
        scorer.measure(
            passage.terms(),
            passage.title(),
            passage.marks(),
            sentence,
            passage.paragraphText(),
            ranking);
    return new Hit(
        passage.id(),
        passage.sourceId(),
        passage.title(),
        passage.url(),
        passage.reference(),
        passage.line(),
        passage.paragraph(),
        passage.sentence(),
        passage.paragraphText(),
        passage.start(),
        passage.end(),
        passage.translation(),
        measured.evidence(),
        measured.matches(),
        measured.telling(),
        passage.tokens());
  }
}
