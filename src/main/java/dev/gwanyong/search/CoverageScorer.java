package dev.gwanyong.search;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * How much of a question a passage covers: each of the question's groups weighted by its rarity in the index (BM25's
 * idf; a word the corpus has never seen weighs the most), and the share of that weight the passage contains, fully
 * when the sentence (or its aligned translation) has it, half when only its paragraph does.
 */
final class CoverageScorer {

  /** A group found only in the surrounding paragraph counts for this much of its weight. */
  static final double CONTEXT_SHARE = 0.5;

  private final Analysis analysis;
  private final QuestionGroups question;
  private final Map<QuestionGroups.Group, Double> weights = new HashMap<>();

  CoverageScorer(Analysis analysis, IndexReader reader, QuestionGroups question) {
    this.analysis = analysis;
    this.question = question;
    for (QuestionGroups.Group group : question.groups()) {
      weights.put(group, weight(reader, group));
    }
  }

  /** The passage's text in each analysis, for checking which groups it contains. */
  record PassageText(String sentence, String paragraph, String translatedSentence, String translatedParagraph) {}

  record Coverage(double share, int groupsFound, Set<String> matchedTerms) {}

  Coverage score(PassageText passage) {
    Map<String, Set<String>> sentence = terms(passage.sentence(), passage.translatedSentence());
    Map<String, Set<String>> paragraph = terms(passage.paragraph(), passage.translatedParagraph());
    double total = 0;
    double found = 0;
    int groupsFound = 0;
    Set<String> matched = new HashSet<>();
    for (QuestionGroups.Group group : question.groups()) {
      double weight = weights.get(group);
      total += weight;
      boolean inSentence = false;
      for (QuestionGroups.Alternative alternative : group.alternatives()) {
        if (sentence.get(alternative.field()).containsAll(alternative.terms())) {
          inSentence = true;
          matched.addAll(alternative.terms());
        }
      }
      if (inSentence) {
        found += weight;
        groupsFound++;
      } else if (group.alternatives().stream().anyMatch(a -> paragraph.get(a.field()).containsAll(a.terms()))) {
        found += weight * CONTEXT_SHARE;
      }
    }
    return new Coverage(total == 0 ? 0 : found / total, groupsFound, matched);
  }

  private Map<String, Set<String>> terms(String original, String translation) {
    return Map.of(
        Fields.KOREAN, analysis.indexTerms(Fields.KOREAN, original),
        Fields.ENGLISH, analysis.indexTerms(Fields.ENGLISH, original),
        Fields.TRANSLATION, translation.isEmpty() ? Set.of() : analysis.indexTerms(Fields.ENGLISH, translation));
  }

  /**
   * A group is as rare as its commonest alternative, and an alternative as rare as its rarest term; so a synonym or
   * translation the corpus never uses does not make the group heavier.
   */
  private static double weight(IndexReader reader, QuestionGroups.Group group) {
    int df = 0;
    for (QuestionGroups.Alternative alternative : group.alternatives()) {
      int alternativeDf = Integer.MAX_VALUE;
      for (String term : alternative.terms()) {
        alternativeDf = Math.min(alternativeDf, docFreq(reader, alternative.field(), term));
      }
      df = Math.max(df, alternativeDf);
    }
    int documents = Math.max(reader.numDocs(), 1);
    return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
  }

  private static int docFreq(IndexReader reader, String field, String term) {
    try {
      return reader.docFreq(new Term(field, term));
    } catch (IOException e) {
      throw new UncheckedIOException("reading term statistics failed", e);
    }
  }

}
