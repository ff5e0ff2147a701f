package dev.gwanyong.search;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * How much of a question a passage covers: the question's term groups, each weighted by its rarity in the index
 * (BM25's idf, with a word the corpus has never seen weighing the most), and the share of that weight found in the
 * sentence (fully) or only in its paragraph (half). Scored per analysis view (Korean, English) and the best view
 * counts, so a question in either language is judged on the words it actually shares with the passage.
 */
final class CoverageScorer {

  /** A word found only in the surrounding paragraph counts for this much of its weight. */
  private static final double CONTEXT_SHARE = 0.5;

  private final Analysis analysis;
  private final IndexReader reader;
  private final List<QuestionTerms> views;

  CoverageScorer(Analysis analysis, IndexReader reader, String question) {
    this.analysis = analysis;
    this.reader = reader;
    this.views =
        List.of(
            QuestionTerms.of(analysis, Fields.KOREAN, question),
            QuestionTerms.of(analysis, Fields.ENGLISH, question));
  }

  boolean hasContent() {
    return views.stream().anyMatch(v -> !v.isEmpty());
  }

  /** The passage's coverage in its best view, and the question terms its sentence contains. */
  Coverage score(String sentence, String paragraph, String title) {
    double best = 0;
    Set<String> matched = new HashSet<>();
    for (QuestionTerms view : views) {
      if (view.isEmpty()) {
        continue;
      }
      Set<String> inSentence = analysis.indexTerms(view.field(), sentence);
      Set<String> inContext = analysis.indexTerms(view.field(), title + " " + paragraph);
      double total = 0;
      double found = 0;
      for (Set<String> group : view.groups()) {
        double weight = weight(view.field(), group);
        total += weight;
        if (!Collections.disjoint(group, inSentence)) {
          found += weight;
          group.stream().filter(inSentence::contains).forEach(matched::add);
        } else if (!Collections.disjoint(group, inContext)) {
          found += weight * CONTEXT_SHARE;
        }
      }
      best = Math.max(best, total == 0 ? 0 : found / total);
    }
    return new Coverage(best, matched);
  }

  /**
   * The group's commonest term sets its weight, so a group is not made heavier by a synonym the corpus never uses; a
   * group none of whose terms the corpus has weighs the most.
   */
  private double weight(String field, Set<String> group) {
    int df = 0;
    for (String term : group) {
      try {
        df = Math.max(df, reader.docFreq(new Term(field, term)));
      } catch (IOException e) {
        throw new UncheckedIOException("reading term statistics failed", e);
      }
    }
    int documents = Math.max(reader.numDocs(), 1);
    return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
  }

  record Coverage(double share, Set<String> matchedTerms) {}
}
