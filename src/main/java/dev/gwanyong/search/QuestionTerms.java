package dev.gwanyong.search;

import dev.gwanyong.index.Analysis;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A question's content as groups of interchangeable terms: one group per word of the question, holding the word and
 * every term its synonyms analyse to. Confidence counts a group as found when any of its terms is.
 */
record QuestionTerms(String field, List<Set<String>> groups) {

  QuestionTerms {
    groups = List.copyOf(groups);
  }

  static QuestionTerms of(Analysis analysis, String field, String text) {
    List<Set<String>> groups = new ArrayList<>();
    for (String word : analysis.indexTerms(field, text)) {
      Set<String> group = new LinkedHashSet<>();
      group.add(word);
      // Synonyms are expanded word by word, so a multi-word synonym (k8s → k 8 s) stays within its word's group.
      group.addAll(analysis.queryTerms(field, word));
      groups.add(group);
    }
    return new QuestionTerms(field, groups);
  }

  boolean isEmpty() {
    return groups.isEmpty();
  }
}
