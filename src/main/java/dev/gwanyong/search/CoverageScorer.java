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
 * when the sentence (or its aligned translation) has it in the question's own words, a little less through a
 * translation or as a number answering a word that asks for one (비율 and 78%), less when only a neighbouring
 * sentence has it, half when only the rest of its paragraph does.
 */
final class CoverageScorer {

  /**
   * A group found only in a neighbouring sentence counts for this much of its weight: Korean prose often names the
   * topic once and refers back to it (이는, 이들은).
   */
  static final double NEIGHBOUR_SHARE = 0.75;
  /** A group found only elsewhere in the paragraph or the title counts for this much. */
  static final double CONTEXT_SHARE = 0.5;
  /**
   * A group found only through a lexicon translation counts for this much: translations can be ambiguous
   * (horse → 말, which is also "speech").
   */
  static final double TRANSLATED_SHARE = 0.8;
  /**
   * A passage whose sentence and neighbours share only one everyday word with the question (and no name, acronym or
   * number) is weak evidence
   * however rare the word is in the corpus ("This is easy." and a sentence with "easy"); its confidence is capped at
   * this, below any sensible threshold.
   */
  static final double SINGLE_WORD_CAP = 0.4;
  /**
   * How much weight everyday words must add up to, in units of a word the corpus has never seen, for a passage
   * matched by no name, acronym or number to get its full confidence.
   */
  static final double EVERYDAY_EVIDENCE = 1.0;

  private final Analysis analysis;
  private final QuestionGroups question;
  private final Map<QuestionGroups.Group, Double> weights = new HashMap<>();
  /** The weight of a word the corpus has never seen. */
  private final double rareWord;
  private final Set<String> fields = new HashSet<>();
  private final Map<String, Set<String>> analysed = new HashMap<>();

  CoverageScorer(Analysis analysis, IndexReader reader, QuestionGroups question) {
    this.analysis = analysis;
    this.question = question;
    this.rareWord = Math.log(1 + (Math.max(reader.numDocs(), 1) + 0.5) / 0.5);
    for (QuestionGroups.Group group : question.groups()) {
      weights.put(group, weight(reader, group));
      group.alternatives().forEach(a -> fields.add(a.field()));
    }
  }

  /** The passage's text in each analysis, for checking which groups it contains. */
  record PassageText(
      String sentence, String neighbours, String paragraph, String translatedSentence, String translatedParagraph) {}

  record Coverage(double share, int groupsFound, Set<String> matchedTerms) {}

  Coverage score(PassageText passage) {
    Map<String, Set<String>> sentence = terms(passage.sentence(), passage.translatedSentence());
    Map<String, Set<String>> neighbours = terms(passage.neighbours(), "");
    Map<String, Set<String>> paragraph = terms(passage.paragraph(), passage.translatedParagraph());
    double total = 0;
    double found = 0;
    int groupsFound = 0;
    int namesFound = 0;
    Set<String> matched = new HashSet<>();
    for (QuestionGroups.Group group : question.groups()) {
      double weight = weights.get(group);
      total += weight;
      double share = group.asksForNumber() && hasNumber(passage.sentence()) ? TRANSLATED_SHARE : 0;
      for (QuestionGroups.Alternative alternative : group.alternatives()) {
        if (sentence.get(alternative.field()).containsAll(alternative.terms())) {
          share = Math.max(share, alternative.translated() ? TRANSLATED_SHARE : 1);
          matched.addAll(alternative.terms());
        }
      }
      if (share > 0) {
        found += weight * share;
        groupsFound++;
        namesFound += group.general() ? 0 : 1;
      } else if (contains(neighbours, group)) {
        found += weight * NEIGHBOUR_SHARE;
        groupsFound++;
        namesFound += group.general() ? 0 : 1;
      } else if (contains(paragraph, group)) {
        found += weight * CONTEXT_SHARE;
      }
    }
    double coverage = total == 0 ? 0 : found / total;
    boolean weak = groupsFound < 2 && namesFound == 0;
    if (namesFound == 0) {
      // Everyday words alone must add up to real evidence: "Is your watch correct?" finds 보 and 옳 through their
      // translations in one sentence, a full share of very little.
      coverage *= Math.min(1, found / (EVERYDAY_EVIDENCE * rareWord));
    }
    return new Coverage(weak ? Math.min(coverage, SINGLE_WORD_CAP) : coverage, groupsFound, matched);
  }

  private static boolean hasNumber(String sentence) {
    return sentence.chars().anyMatch(Character::isDigit);
  }

  private static boolean contains(Map<String, Set<String>> text, QuestionGroups.Group group) {
    return group.alternatives().stream().anyMatch(a -> text.get(a.field()).containsAll(a.terms()));
  }

  /**
   * The terms of a text in each field the question looks in. Candidates of one question share paragraphs, so each
   * text is analysed once per question.
   */
  private Map<String, Set<String>> terms(String original, String translation) {
    Map<String, Set<String>> terms = new HashMap<>();
    for (String field : fields) {
      String text = field.equals(Fields.TRANSLATION) ? translation : original;
      String analyzedAs = field.equals(Fields.TRANSLATION) ? Fields.ENGLISH : field;
      terms.put(field, text.isEmpty() ? Set.of() : analysed.computeIfAbsent(
          analyzedAs + '\u0000' + text, key -> analysis.indexTerms(analyzedAs, text)));
    }
    return terms;
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
    return group.words() * Math.log(1 + (documents - df + 0.5) / (df + 0.5));
  }

  private static int docFreq(IndexReader reader, String field, String term) {
    try {
      return reader.docFreq(new Term(field, term));
    } catch (IOException e) {
      throw new UncheckedIOException("reading term statistics failed", e);
    }
  }

}
