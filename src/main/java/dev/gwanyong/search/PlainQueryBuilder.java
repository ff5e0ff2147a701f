package dev.gwanyong.search;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.Fields;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds a Lucene query from a member's plain text. The text only ever passes through the analyzers, never a query
 * parser, so {@code AND}, {@code *:*}, quotes, {@code ^10}, {@code title:} or {@code /regex/} are searched as plain
 * words (or dropped as punctuation) and can never fail or change the query's meaning.
 */
public final class PlainQueryBuilder {

  /** How much each field counts. The sentence itself matters most; context and bigrams break ties. */
  static final Map<String, Float> FIELD_WEIGHTS =
      Map.of(
          Fields.KOREAN, 1.0f,
          Fields.KOREAN_CONTEXT, 0.3f,
          Fields.ENGLISH, 0.8f,
          Fields.TRANSLATION, 0.8f,
          Fields.BIGRAMS, 0.25f);

  private final QueryBuilder builder;

  public PlainQueryBuilder(Analysis analysis) {
    this.builder = new QueryBuilder(analysis.queryAnalyzer());
  }

  /** The query for normalised text; matches nothing when the text has no searchable word. */
  public Query build(String normalizedText) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    FIELD_WEIGHTS.forEach(
        (field, weight) -> {
          Query clause = builder.createBooleanQuery(field, normalizedText, BooleanClause.Occur.SHOULD);
          if (clause != null) {
            query.add(new BoostQuery(clause, weight), BooleanClause.Occur.SHOULD);
          }
        });
    return query.build();
  }
}
