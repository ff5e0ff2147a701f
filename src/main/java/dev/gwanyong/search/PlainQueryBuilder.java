package dev.gwanyong.search;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.Fields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds the Lucene query for a question from its {@link QuestionGroups}, never from query syntax: {@code AND},
 * {@code *:*}, quotes, {@code ^10}, {@code title:} or {@code /regex/} are analysed as plain words or dropped as
 * punctuation, so they can neither fail nor change the query's meaning.
 *
 * <p>Each group becomes one disjunction: in each field its single-term alternatives form a {@link SynonymQuery}
 * (Pirkola's structured query: the translations of a word share one document frequency, so a word with many
 * translations does not outweigh one with few) and its multi-term alternatives form phrases. Hangul character bigrams
 * are added as a safety net for morphology the dictionary misses.
 */
public final class PlainQueryBuilder {

  /** How much each field counts within a group. The sentence matters most; its paragraph breaks ties. */
  static final Map<String, Float> FIELD_WEIGHTS =
      Map.of(
          Fields.KOREAN, 1.0f,
          Fields.ENGLISH, 0.9f,
          Fields.TRANSLATION, 0.8f,
          Fields.TRANSLITERATION, 0.5f);

  static final float CONTEXT_WEIGHT = 0.35f;
  static final float BIGRAM_WEIGHT = 0.2f;
  /** A multi-word alternative counts this much of its field's weight. */
  static final float PHRASE_SHARE = 0.5f;
  /** Within a group, the best field counts fully and the others this much. */
  private static final float TIE_BREAKER = 0.2f;

  private final QueryBuilder bigrams;

  public PlainQueryBuilder(Analysis analysis) {
    this.bigrams = new QueryBuilder(analysis.queryAnalyzer());
  }

  Query build(QuestionGroups question, String normalizedText) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (QuestionGroups.Group group : question.groups()) {
      List<Query> disjuncts = new ArrayList<>();
      FIELD_WEIGHTS.forEach((field, weight) -> addField(group, field, field, weight, disjuncts));
      addField(group, Fields.KOREAN, Fields.KOREAN_CONTEXT, CONTEXT_WEIGHT, disjuncts);
      if (!disjuncts.isEmpty()) {
        Query either = new DisjunctionMaxQuery(disjuncts, TIE_BREAKER);
        query.add(group.weight() == 1 ? either : new BoostQuery(either, group.weight()), BooleanClause.Occur.SHOULD);
      }
    }
    Query safetyNet = bigrams.createBooleanQuery(Fields.BIGRAMS, normalizedText, BooleanClause.Occur.SHOULD);
    if (safetyNet != null) {
      query.add(new BoostQuery(safetyNet, BIGRAM_WEIGHT), BooleanClause.Occur.SHOULD);
    }
    return query.build();
  }

  /** Adds the group's alternatives written for {@code source} as queries on {@code target}. */
  private static void addField(
      QuestionGroups.Group group, String source, String target, float weight, List<Query> into) {
    SynonymQuery.Builder singles = new SynonymQuery.Builder(target);
    boolean anySingle = false;
    for (QuestionGroups.Alternative alternative : group.alternatives()) {
      if (!alternative.field().equals(source)) {
        continue;
      }
      if (alternative.terms().size() == 1) {
        singles.addTerm(new Term(target, alternative.terms().getFirst()), alternative.weight());
        anySingle = true;
      } else {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(1);
        alternative.terms().forEach(t -> phrase.add(new Term(target, t)));
        // A phrase's idf is the sum of its words' and would outweigh the single word it stands for (k8s as k 8 s).
        into.add(new BoostQuery(phrase.build(), weight * PHRASE_SHARE * alternative.weight()));
      }
    }
    if (anySingle) {
      Query single = singles.build();
      into.add(new BoostQuery(single instanceof TermQuery t ? t : single, weight));
    }
  }
}
