package dev.gwanyong.search;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.Fields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene query for a question from its {@link QuestionGroups}, never from query syntax:
 * {@code AND}, {@code *:*}, quotes, {@code ^10}, {@code title:} or {@code /regex/} are analysed as
 * plain words or dropped as punctuation, so they can neither fail nor change the query's meaning.
 *
 * <p>Each group becomes one disjunction: in each field its single-term alternatives form a {@link
 * SynonymQuery} (Pirkola's structured query: the translations of a word share one document
 * frequency, so a word with many translations does not outweigh one with few) and its multi-term
 * alternatives form phrases; a word that asks for a number also finds the sentences that write one
 * of its kind. The rarest group is also searched in the paragraph field, and the question's rarest
 * Hangul character bigrams are added as a safety net for morphology the dictionary misses.
 */
public final class PlainQueryBuilder {

  /**
   * How much each field counts within a group. The sentence matters most; its paragraph breaks
   * ties.
   */
  static final Map<String, Float> FIELD_WEIGHTS =
      Map.of(
          Fields.KOREAN, 1.0f,
          Fields.ENGLISH, 0.9f,
          Fields.TRANSLATION, 0.8f,
          Fields.TRANSLITERATION, 0.5f,
          Fields.TRANSLITERATION_LATIN, 0.5f);

  static final float CONTEXT_WEIGHT = 0.35f;
  static final float BIGRAM_WEIGHT = 0.2f;

  /**
   * How much a sentence that writes a number of the kind a question word asks for counts toward
   * that word's group ({@link Fields#NUMBERS}), against 1 for a sentence that writes the word in
   * its own language. More than the word: the sentence that gives a share seldom names it (78%가 활용,
   * not 점유율), and in a long question the number is one clue among many. Chosen from 0.5, 1, 2 and 4
   * on the 283 KorQuAD questions that write a number-cue word (비율, 연도, 몇 년…), asked of all 964
   * paragraphs (R@1 0.933 without the clause, 0.936, 0.940, 0.943, 0.947), and the 135 of them
   * still with a cue when cut to their first and last word (0.489; 0.496 at 1 and 2, 0.474 at 4).
   */
  static final float NUMBER_WEIGHT = 2f;

  /** Within a group, the best field counts fully and the others this much. */
  private static final float TIE_BREAKER = 0.2f;

  /**
   * How many of a question's Hangul bigrams the safety net searches, the rarest first. The common
   * ones (하는, 에서) have the longest postings and say the least; chosen by {@code bench korquad} and
   * {@code bench} latency (docs/measuring.md, "Where the time went").
   */
  static final int MAX_BIGRAMS = 8;

  /**
   * The rarest group is searched in the paragraph field only when at most this many sentences have
   * it there. A group that thousands of paragraphs open with adds little to a ranking, and its
   * postings in that field, one a sentence of each such paragraph, are the longest of the query:
   * the paragraph field was most of the time of "What is going on?" (go: eleven everyday Korean
   * translations) at 99k passages, 3.1 ms against 1.2 ms without it. Chosen with {@code bench
   * korquad}, {@code bench selective} and the 1,000 questions of {@code bench} at 99k passages: at
   * 2,000 no figure of either benchmark moves and none of the 1,000 answers changes its decision or
   * first citation (34 confidences move by a thousandth or more, and 5 refusals name another
   * closest source); at 500, one of them does. The KorQuAD dev corpus has 6,610 sentences and the
   * bundled one 248, so it is the large corpora that it spares.
   */
  static final int MAX_CONTEXT_DOC_FREQ = 2_000;

  private final Analysis analysis;
  private final int maxContextDocFreq;

  public PlainQueryBuilder(Analysis analysis) {
    this(analysis, MAX_CONTEXT_DOC_FREQ);
  }

  /**
   * A builder that searches the paragraph field only for a group at most {@code maxContextDocFreq}
   * sentences have.
   */
  PlainQueryBuilder(Analysis analysis, int maxContextDocFreq) {
    this.analysis = analysis;
    this.maxContextDocFreq = maxContextDocFreq;
  }

  /**
   * The query for a question's groups; {@code words} gives the document frequencies that pick the
   * bigrams and the group searched in paragraphs.
   *
   * @param normalizedText the question as normalised, for the bigram safety net
   */
  Query build(QuestionGroups question, String normalizedText, ReaderWords words) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    Optional<QuestionGroups.Group> inContext =
        rarestInParagraphs(question, words, maxContextDocFreq);
    for (QuestionGroups.Group group : question.groups()) {
      List<Query> disjuncts = new ArrayList<>();
      FIELD_WEIGHTS.forEach(
          (field, weight) -> addField(group, field, field, weight, words, disjuncts));
      if (inContext.filter(group::equals).isPresent()) {
        addField(group, Fields.KOREAN, Fields.KOREAN_CONTEXT, CONTEXT_WEIGHT, words, disjuncts);
      }
      if (group.numberCue().asks()
          && words.docFreqOrFail(Fields.NUMBERS, group.numberCue().term()) > 0) {
        disjuncts.add(
            new BoostQuery(
                new TermQuery(new Term(Fields.NUMBERS, group.numberCue().term())), NUMBER_WEIGHT));
      }
      if (!disjuncts.isEmpty()) {
        Query either = new DisjunctionMaxQuery(disjuncts, TIE_BREAKER);
        query.add(
            group.weight() == 1 ? either : new BoostQuery(either, group.weight()),
            BooleanClause.Occur.SHOULD);
      }
    }
    BooleanQuery.Builder safetyNet = new BooleanQuery.Builder();
    rarestBigrams(normalizedText, words)
        .forEach(
            t ->
                safetyNet.add(
                    new TermQuery(new Term(Fields.BIGRAMS, t)), BooleanClause.Occur.SHOULD));
    BooleanQuery bigrams = safetyNet.build();
    if (!bigrams.clauses().isEmpty()) {
      query.add(new BoostQuery(bigrams, BIGRAM_WEIGHT), BooleanClause.Occur.SHOULD);
    }
    return query.build();
  }

  /**
   * The group whose Korean words the fewest paragraphs have, the only one searched in the paragraph
   * field. That the paragraph names the question's rarest word (its topic) is what the field adds;
   * its common words have the longest postings and add little. Measured with {@code bench korquad}
   * and {@code bench tatoeba}: KorQuAD R@1 0.924 and Tatoeba acc@1 0.531 either way, 0.921 and
   * 0.526 without the field, and a third less time per question at 99k passages. None when even the
   * rarest is in more than {@code maxDocFreq} sentences' paragraph field.
   */
  private static Optional<QuestionGroups.Group> rarestInParagraphs(
      QuestionGroups question, ReaderWords words, int maxDocFreq) {
    QuestionGroups.Group rarest = null;
    int fewest = Integer.MAX_VALUE;
    for (QuestionGroups.Group group : question.groups()) {
      int df = groupDocFreq(group, Fields.KOREAN, Fields.KOREAN_CONTEXT, words);
      if (df > 0 && df < fewest && df <= maxDocFreq) {
        rarest = group;
        fewest = df;
      }
    }
    return Optional.ofNullable(rarest);
  }

  /** The question's bigrams that the index has, rarest first, at most {@link #MAX_BIGRAMS}. */
  private List<String> rarestBigrams(String text, ReaderWords words) {
    Map<String, Integer> docFreqs = new HashMap<>();
    for (String bigram : analysis.queryTerms(Fields.BIGRAMS, text)) {
      int df = words.docFreqOrFail(Fields.BIGRAMS, bigram);
      if (df > 0) {
        docFreqs.put(bigram, df);
      }
    }
    return docFreqs.keySet().stream()
        .sorted(Comparator.comparing(docFreqs::get))
        .limit(MAX_BIGRAMS)
        .toList();
  }

  /** Adds the group's alternatives written for {@code source} as queries on {@code target}. */
  private static void addField(
      QuestionGroups.Group group,
      String source,
      String target,
      float weight,
      ReaderWords words,
      List<Query> into) {
    SynonymQuery.Builder singles = new SynonymQuery.Builder(target);
    boolean anySingle = false;
    List<QuestionGroups.Alternative> phrases = new ArrayList<>();
    for (QuestionGroups.Alternative alternative : group.alternatives()) {
      // An alternative no sentence has adds nothing to any score, but searching it still looks its
      // terms up again.
      if (!alternative.field().equals(source)
          || words.docFreqOfAll(target, alternative.terms()) == 0) {
        continue;
      }
      if (alternative.terms().size() == 1) {
        singles.addTerm(new Term(target, alternative.terms().getFirst()), alternative.weight());
        anySingle = true;
      } else {
        phrases.add(alternative);
      }
    }
    if (!phrases.isEmpty()) {
      double groupIdf = words.idf(groupDocFreq(group, source, target, words));
      for (QuestionGroups.Alternative alternative : phrases) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(1);
        alternative.terms().forEach(t -> phrase.add(new Term(target, t)));
        into.add(
            new BoostQuery(
                phrase.build(),
                (float)
                    (weight
                        * alternative.weight()
                        * idfShare(alternative, groupIdf, target, words))));
      }
    }
    if (anySingle) {
      Query single = singles.build();
      into.add(new BoostQuery(single instanceof TermQuery t ? t : single, weight));
    }
  }

  /**
   * The share of a phrase's weight that Pirkola's structure leaves it. BM25 gives a phrase the sum
   * of its words' idf, but the alternatives of a group stand for one word and share its idf: that
   * of the group's commonest alternative, as {@link SynonymQuery} gives its single words. So k8s,
   * read as k | 8 | s, counts as much as 쿠버네티스 in a corpus about Kubernetes, not as three rare
   * words.
   */
  private static double idfShare(
      QuestionGroups.Alternative phrase, double groupIdf, String field, ReaderWords words) {
    double sum = 0;
    for (String term : phrase.terms()) {
      sum += words.idf(words.docFreqOrFail(field, term));
    }
    return sum == 0 ? 1 : Math.min(1, groupIdf / sum);
  }

  /**
   * How common a group is in {@code target}, over its alternatives written for {@code source}, as
   * in judging evidence: as its commonest alternative, and a phrase as its rarest word.
   */
  private static int groupDocFreq(
      QuestionGroups.Group group, String source, String target, ReaderWords words) {
    int df = 0;
    for (QuestionGroups.Alternative alternative : group.alternatives()) {
      if (alternative.field().equals(source)) {
        df = Math.max(df, words.docFreqOfAll(target, alternative.terms()));
      }
    }
    return df;
  }
}
