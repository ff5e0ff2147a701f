package dev.gwanyong.search;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.Fields;
import dev.gwanyong.index.PassageTerms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a source's title lists, for one question: a title speaks for a paragraph that does not
 * name the question's word, unless the title lists several names and the paragraph names another of
 * them ("The container orchestration landscape — Docker Swarm, Mesos, Nomad and Kubernetes" does
 * not make its paragraph on Docker one on Nomad).
 */
final class ListedNames {

  /** What separates the things a title lists: a comma, a dash, a middle dot, an and. */
  private static final Pattern LISTS = Pattern.compile("[,·—–]|\\s(?i:and|&)\\s");

  /** A word of Latin letters and digits, as a title or a Korean sentence writes a name. */
  static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}\\p{N}]*");

  private final Analysis analysis;
  private final ReaderWords words;
  private final QuestionGroups question;

  /**
   * Every term any of the question's groups is searched as, in any field; gathered when a listing
   * title asks.
   */
  private Set<String> askedTerms;

  /** By title, the English stems of the names it lists ({@link #listedNames}). */
  private final Map<String, Set<String>> titleNames = new HashMap<>();

  /** By paragraph, whether it names another of the names its title lists. */
  private final Map<PassageTerms.Lookup, Boolean> anotherListedName = new IdentityHashMap<>();

  ListedNames(Analysis analysis, ReaderWords words, QuestionGroups question) {
    this.analysis = analysis;
    this.words = words;
    this.question = question;
  }

  /**
   * Whether an English paragraph names one of the names its source's title lists ({@link
   * #listedNames}) that no group of the question is searched as; the same for every candidate of
   * the paragraph.
   */
  boolean namesAnother(String title, PassageTerms.Lookup paragraph) {
    Set<String> names = titleNames.computeIfAbsent(title, this::listedNames);
    return !names.isEmpty()
        && anotherListedName.computeIfAbsent(
            paragraph,
            terms ->
                names.stream()
                    .anyMatch(
                        name ->
                            !askedTerms().contains(name)
                                && terms.containsAll(Fields.ENGLISH, List.of(name))));
  }

  private Set<String> askedTerms() {
    if (askedTerms == null) {
      askedTerms = new HashSet<>();
      question
          .groups()
          .forEach(
              g -> g.alternatives().forEach(alternative -> askedTerms.addAll(alternative.terms())));
    }
    return askedTerms;
  }

  /**
   * The English stems of the names a title lists, when it lists several things: its words that the
   * corpus writes as names ({@link ReaderWords#writesAsName}), whatever the title's own capitals
   * (Title Case capitalises every word). Only names, as a title lists aspects of one thing as often
   * as several things (쿠버네티스의 역사와 거버넌스, "History and Governance"), and a paragraph on one aspect is
   * still about the thing. A Korean title's names are not told from its other nouns here, so it
   * lists none.
   */
  private Set<String> listedNames(String title) {
    if (!LISTS.matcher(title).find()) {
      return Set.of();
    }
    List<String> names = new ArrayList<>();
    Matcher word = LATIN_WORD.matcher(title);
    try {
      while (word.find()) {
        String lower = word.group().toLowerCase(Locale.ROOT);
        if (words.writesAsName(lower)) {
          names.add(lower);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading term statistics failed", e);
    }
    return names.isEmpty()
        ? Set.of()
        : analysis.indexTerms(Fields.ENGLISH, String.join(" ", names));
  }
}
