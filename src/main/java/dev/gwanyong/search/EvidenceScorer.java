package dev.gwanyong.search;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.BackReferences;
import dev.gwanyong.index.CountMarks;
import dev.gwanyong.index.Fields;
import dev.gwanyong.index.Introductions;
import dev.gwanyong.index.NumberCue;
import dev.gwanyong.index.PassageTerms;
import dev.gwanyong.index.SentenceMarks;
import dev.gwanyong.index.TimeMarks;
import dev.gwanyong.index.WrittenNumbers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Measures the {@link Evidence} of candidate sentences for one question: where each of the
 * question's groups is found (the sentence, a neighbour, the paragraph or title, nowhere here,
 * nowhere in the corpus), weighted by the group's rarity. It judges nothing: turning evidence into
 * a probability is the answer model's job.
 */
final class EvidenceScorer {

  private final ReaderWords words;
  private final QuestionGroups question;

  /**
   * Which of a group's translations that a sentence holds the group takes: the fewest words; of as
   * many, the one the fewest other groups could take too (like takes 좋아하다 and leaves 좋다 to good in
   * "좋은 음악을 좋아한다"); then the first in the terms' order. The lexicon's sets of translations come in
   * another order in every process, and taking the first met gave a sentence's word to one group or
   * another from run to run.
   */
  private final Comparator<QuestionGroups.Alternative> claimingFirst;

  /**
   * By group, in the question's order: a record's hash covers all its alternatives, too dear to
   * look up per use.
   */
  private final int[] docFreqs;

  private final double[] weights;

  /**
   * By group, its alternatives that some sentence of the index has: a sentence's stored terms are
   * among those the index holds for it, so the others are never looked up in one (on a small corpus
   * most translations of an English question's words are such).
   */
  private final List<List<QuestionGroups.Alternative>> indexed;

  /**
   * By group, the alternatives a paragraph may hold: those some sentence of the index has, as a
   * paragraph is its sentences' terms, and those of the translation field, whose paragraph terms
   * are its whole translation, not its sentences'. A long English question's words have a dozen
   * Korean translations each, and looking the others up in every sentence of every candidate's
   * paragraph was most of the evidence's time at 99k passages.
   */
  private final List<List<QuestionGroups.Alternative>> inParagraphs;

  /**
   * Whether a paragraph or a title holds each group, by the paragraph's lookup or the title's
   * terms, which the candidates of one paragraph share: a paragraph is looked up in every one of
   * its sentences.
   */
  private final Map<Object, Boolean[]> sharedRegions = new IdentityHashMap<>();

  private final double totalWeight;

  /** The weight of a word the corpus has never seen. */
  private final double rareWord;

  private final int passages;
  private final ListedNames listedNames;
  private final SentenceMarks.Marks questionMarks;
  private final Set<String> questionNumbers;
  private final TimeMarks.Asked timeAsked;
  private final Optional<Pattern> countAsked;

  EvidenceScorer(
      Analysis analysis, ReaderWords words, QuestionGroups question, String questionText) {
    this.words = words;
    this.question = question;
    this.listedNames = new ListedNames(analysis, words, question);
    this.questionMarks = SentenceMarks.ofQuestion(questionText);
    this.questionNumbers = WrittenNumbers.numbers(questionText);
    this.timeAsked = TimeMarks.asked(questionText);
    this.countAsked = CountMarks.asked(questionText);
    int documents = Math.max(words.passages(), 1);
    this.passages = documents;
    this.rareWord = words.idf(0);
    List<QuestionGroups.Group> groups = question.groups();
    this.docFreqs = new int[groups.size()];
    this.weights = new double[groups.size()];
    this.indexed = new ArrayList<>(groups.size());
    this.inParagraphs = new ArrayList<>(groups.size());
    double total = 0;
    for (int g = 0; g < groups.size(); g++) {
      List<QuestionGroups.Alternative> found = new ArrayList<>();
      List<QuestionGroups.Alternative> paragraphMay = new ArrayList<>();
      docFreqs[g] = docFreq(words, groups.get(g), found, paragraphMay);
      indexed.add(found);
      inParagraphs.add(paragraphMay);
      weights[g] = groups.get(g).words() * words.idf(docFreqs[g]);
      total += weights[g];
    }
    this.totalWeight = total;
    Map<List<String>, Integer> groupsTranslatedAs = new HashMap<>();
    for (List<QuestionGroups.Alternative> alternatives : indexed) {
      alternatives.stream()
          .filter(QuestionGroups.Alternative::translated)
          .map(QuestionGroups.Alternative::terms)
          .distinct()
          .forEach(terms -> groupsTranslatedAs.merge(terms, 1, Integer::sum));
    }
    this.claimingFirst =
        Comparator.comparingInt((QuestionGroups.Alternative a) -> a.terms().size())
            .thenComparingInt(a -> groupsTranslatedAs.getOrDefault(a.terms(), 0))
            .thenComparing(a -> String.join(" ", a.terms()));
  }

  /** The question's total weight, to which a BM25 score is compared. */
  double totalWeight() {
    return totalWeight;
  }

  /** Where a candidate stands among the others, from BM25 alone. */
  record Ranking(
      double score, double relativeScore, int rank, double margin, double paragraphAgreement) {}

  /**
   * The candidate's evidence, the question's terms its sentence contains (for emphasis and
   * glosses), and the neighbouring sentence that holds more of the weight the sentence lacks.
   */
  record Measured(Evidence evidence, List<Hit.Match> matches, Hit.Neighbour telling) {}

  /**
   * Measures a candidate from its index-time terms.
   *
   * @param title its source's title as written, which may list several things
   * @param sentenceMarks what the sentence's text marks, as the index keeps it
   * @param sentenceText the candidate sentence as written, for numbers, times, script and length
   * @param paragraphText its paragraph as written, for the numbers the sentence lacks
   */
  Measured measure(
      PassageTerms passage,
      String title,
      SentenceMarks.Marks sentenceMarks,
      String sentenceText,
      String paragraphText,
      Ranking ranking) {
    Regions regions = new Regions(passage, title, sentenceText);
    EvidenceTally tally = new EvidenceTally();
    tally.timeToldBefore =
        timeAsked != TimeMarks.Asked.NOTHING && BackReferences.opensWithRelativeTime(sentenceText);
    for (int g = 0; g < question.groups().size(); g++) {
      locate(g, regions, tally);
    }
    EvidenceTally.Shares shares = tally.shares;
    double total = totalWeight == 0 ? 1 : totalWeight;
    Evidence evidence =
        new Evidence(
            ranking.score(),
            ranking.score() / total,
            ranking.relativeScore(),
            ranking.rank(),
            ranking.margin(),
            ranking.paragraphAgreement(),
            shares.sentence / total,
            explainedShare(passage.sentence(), tally.explained),
            shares.translated / total,
            shares.neighbour / total,
            shares.context / total,
            shares.title / total,
            shares.offTitleSentence / total,
            shares.missing / total,
            shares.absent / total,
            shares.absentNames / total,
            shares.unfoundEveryday / total,
            shares.foundEveryday / total,
            tally.names,
            tally.namesFound,
            question.groups().size(),
            tally.groupsFound,
            shares.found / rareWord,
            tally.asksForNumber,
            tally.numberAnswer,
            sentenceText.length(),
            passages,
            questionMarks.negates() != sentenceMarks.negates(),
            SentenceMarks.clash(questionMarks.persons(), sentenceMarks.persons()),
            WrittenNumbers.numbersClash(questionNumbers, sentenceText, paragraphText),
            sentenceMarks.asks() && !questionMarks.asks(),
            tally.introduces,
            TimeMarks.shortfall(timeAsked, sentenceText),
            CountMarks.shortfall(countAsked, sentenceText));
    return new Measured(
        evidence, List.copyOf(tally.matched.values()), telling(tally, sentenceMarks, sentenceText));
  }

  /**
   * A candidate's regions, which every group is looked up in, and what its sentence's text says.
   */
  private record Regions(
      PassageTerms.Terms sentence,
      PassageTerms.Lookup neighbours,
      PassageTerms.Lookup previous,
      PassageTerms.Lookup next,
      PassageTerms.Lookup paragraph,
      PassageTerms.Terms title,
      String titleText,
      String ownField,
      String sentenceText) {

    Regions(PassageTerms passage, String titleText, String sentenceText) {
      this(
          passage.sentence(),
          passage.neighbours(),
          passage.previous(),
          passage.next(),
          passage.paragraph(),
          passage.title(),
          titleText,
          sentenceText.chars().anyMatch(QuestionGroups::isHangulChar)
              ? Fields.KOREAN
              : Fields.ENGLISH,
          sentenceText);
    }
  }

  /**
   * Adds where group {@code g} is found in the candidate to the tally. A method of its own, not the
   * body of {@link #measure}'s loop: the optimising compiler inlined that loop's calls until it
   * reached its limit, in the most memory any one compilation of a serving process took (33–51 MB;
   * docs/measuring.md).
   */
  private void locate(int g, Regions regions, EvidenceTally tally) {
    QuestionGroups.Group group = question.groups().get(g);
    double weight = weights[g];
    boolean name = !group.general();
    tally.names += name ? 1 : 0;
    tally.asksForNumber |= group.numberCue().asks();
    boolean direct = false;
    boolean translated = false;
    QuestionGroups.Alternative claiming = null;
    for (QuestionGroups.Alternative alternative : indexed.get(g)) {
      if (regions.sentence().containsAll(alternative.field(), alternative.terms())
          && (!alternative.translated() || !tally.claimedAll(alternative))) {
        direct |= !alternative.translated();
        translated |= alternative.translated();
        if (alternative.translated()
            && (claiming == null || claimingFirst.compare(alternative, claiming) < 0)) {
          // The fewest words that translate the group are what it takes: presidential is 대통령 in
          // "대통령 선거", which leaves 선거 to election.
          claiming = alternative;
        }
        if (alternative.field().equals(regions.ownField())
            || alternative.field().equals(Fields.TRANSLATION)) {
          tally
              .explained
              .computeIfAbsent(alternative.field(), f -> new HashSet<>())
              .addAll(alternative.terms());
        }
        for (String term : alternative.terms()) {
          tally.matched.merge(term, match(term, g, alternative), EvidenceScorer::either);
        }
      }
    }
    if (claiming != null) {
      tally.claim(claiming);
    }
    NumberCue cue = group.numberCue();
    boolean number =
        cue.answeredBy(regions.sentenceText())
            || tally.timeToldBefore && cue.answeredByTimeBefore();
    tally.numberAnswer |= number;
    boolean inSentence = direct || translated || number;
    boolean inNeighbour = !inSentence && contains(regions.neighbours(), indexed.get(g));
    EvidenceTally.Shares shares = tally.shares;
    if (inSentence || inNeighbour) {
      tally.groupsFound++;
      tally.namesFound += name ? 1 : 0;
      shares.found += weight;
    }
    // A title speaks for a paragraph that does not name the question's word, unless the title lists
    // several names and the paragraph names another of them: then it is about that one ("The
    // container orchestration landscape — Docker Swarm, Mesos, Nomad and Kubernetes" does not make
    // its paragraph on Docker one on Nomad).
    boolean inTitle =
        sharedContains(regions.title(), g, group.alternatives())
            && (inSentence
                || inNeighbour
                || sharedContains(regions.paragraph(), g, inParagraphs.get(g))
                || !regions.ownField().equals(Fields.ENGLISH)
                || !listedNames.namesAnother(regions.titleText(), regions.paragraph()));
    shares.title += inTitle ? weight : 0;
    if (inSentence) {
      tally.introduces |= name && introduces(regions, g);
      shares.sentence += weight;
      shares.offTitleSentence += inTitle ? 0 : weight;
      shares.foundEveryday += group.everyday() ? weight : 0;
      shares.translated += direct ? 0 : weight;
    } else if (inNeighbour) {
      shares.neighbour += weight;
      tally.previousWeight += contains(regions.previous(), indexed.get(g)) ? weight : 0;
      tally.nextWeight += contains(regions.next(), indexed.get(g)) ? weight : 0;
    } else if (inTitle || sharedContains(regions.paragraph(), g, inParagraphs.get(g))) {
      shares.context += weight;
    } else {
      if (docFreqs[g] > 0) {
        shares.missing += weight;
      } else {
        shares.absent += weight;
        shares.absentNames += name ? weight : 0;
      }
      shares.unfoundEveryday += group.everyday() ? weight : 0;
    }
  }

  /**
   * Whether the sentence introduces group {@code g}'s word, or the name a Korean word is found as,
   * as the sentence writes it: in an English sentence the word the name's stem begins, "메소스피어가 뭐야?"
   * asking what "Mesosphere was founded … to sell products built on Mesos" introduces, as "What is
   * Mesosphere?" does; in a Korean one that writes only the name, in Latin letters, "보그가 뭐야?"
   * asking what "…클러스터 관리 시스템 Borg다." introduces, as "Borg가 뭐야?" does.
   */
  private boolean introduces(Regions regions, int g) {
    String sentenceText = regions.sentenceText();
    String word = question.groups().get(g).word();
    if (Introductions.introduces(sentenceText, word)) {
      return true;
    }
    boolean english = regions.ownField().equals(Fields.ENGLISH);
    if (!english && sentenceText.contains(word)) {
      // The sentence writes the word itself, which says whether it introduces it: a name beside
      // the word is mostly its gloss (유니세프(UNICEF)), which says nothing of what the sentence does.
      return false;
    }
    for (QuestionGroups.Alternative alternative : indexed.get(g)) {
      if (!alternative.translated() || alternative.terms().size() != 1) {
        continue;
      }
      String term = alternative.terms().getFirst();
      if (english
          ? alternative.field().equals(Fields.ENGLISH)
              && Introductions.introducesWordBeginning(sentenceText, term)
          : alternative.field().equals(Fields.KOREAN)
              && ListedNames.LATIN_WORD.matcher(term).matches()
              && Introductions.introduces(sentenceText, term)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The neighbours that tell what the sentence lacks: those that follow a sentence that asks, as
   * they answer it; the sentence before one that tells its time by it, when the question asks when
   * (같은 해 10월 …: the year is before); else the neighbour with more of the question's missing
   * weight; else the sentence before one that points back at it.
   */
  private static Hit.Neighbour telling(
      EvidenceTally tally, SentenceMarks.Marks marks, String sentenceText) {
    if (marks.asks()) {
      return Hit.Neighbour.FOLLOWING;
    }
    if (tally.timeToldBefore) {
      return Hit.Neighbour.PREVIOUS;
    }
    Hit.Neighbour holding = telling(tally.previousWeight, tally.nextWeight);
    return holding == Hit.Neighbour.NONE && BackReferences.refersBack(sentenceText)
        ? Hit.Neighbour.PREVIOUS
        : holding;
  }

  /**
   * The neighbour holding more of what the sentence lacks; the next one on a tie, as a text reads
   * on.
   */
  private static Hit.Neighbour telling(double previousWeight, double nextWeight) {
    if (previousWeight == 0 && nextWeight == 0) {
      return Hit.Neighbour.NONE;
    }
    return previousWeight > nextWeight ? Hit.Neighbour.PREVIOUS : Hit.Neighbour.NEXT;
  }

  private Hit.Match match(String term, int g, QuestionGroups.Alternative alternative) {
    QuestionGroups.Group group = question.groups().get(g);
    double averageWeight = totalWeight / question.groups().size();
    boolean weighty =
        weights[g] >= averageWeight / 2 && (!group.general() || !alternative.translated());
    return new Hit.Match(term, alternative.standsFor().orElse(group.word()), weighty);
  }

  /**
   * One match of a term two alternatives share: the one worth emphasising, and of two alike the one
   * standing for the whole phrase where the other found only its head (운영위원회 for "steering
   * committee" holds the 위원회 its head finds too).
   */
  private static Hit.Match either(Hit.Match a, Hit.Match b) {
    if (a.weighty() != b.weighty()) {
      return a.weighty() ? a : b;
    }
    return b.questionWord().endsWith(" " + a.questionWord()) ? b : a;
  }

  /**
   * Whether a paragraph's or title's terms hold group {@code g}, looked up once for all its
   * candidates, in the group's {@code alternatives} the region may hold: all of them for a title,
   * whose terms are not a sentence's.
   */
  private boolean sharedContains(
      PassageTerms.Lookup terms, int g, Collection<QuestionGroups.Alternative> alternatives) {
    Boolean[] held =
        sharedRegions.computeIfAbsent(terms, t -> new Boolean[question.groups().size()]);
    if (held[g] == null) {
      held[g] = contains(terms, alternatives);
    }
    return held[g];
  }

  private static boolean contains(
      PassageTerms.Lookup terms, Collection<QuestionGroups.Alternative> alternatives) {
    for (QuestionGroups.Alternative alternative : alternatives) {
      if (terms.containsAll(alternative.field(), alternative.terms())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The larger share of the sentence's terms that the question matched, in the field of the
   * sentence's language (Korean when it has Hangul) or in its aligned translation's: an English
   * question may explain a Korean sentence through its Korean words or through its translation's
   * English ones. The other language's field is left out, because there a sentence has only the odd
   * name (CNCF in a Korean sentence), which alone would explain it all.
   */
  private static double explainedShare(
      PassageTerms.Terms sentence, Map<String, Set<String>> explained) {
    double share = 0;
    for (Map.Entry<String, Set<String>> field : explained.entrySet()) {
      int terms = sentence.count(field.getKey());
      share =
          Math.max(share, terms == 0 ? 0 : Math.min(1, (double) field.getValue().size() / terms));
    }
    return share;
  }

  /**
   * A group is as common as its commonest alternative, and an alternative as its rarest term; so a
   * synonym or translation the corpus never uses does not make the group rarer. The alternatives
   * some sentence has are added to {@code indexed}, and those a paragraph may hold to {@code
   * inParagraphs}.
   */
  private static int docFreq(
      ReaderWords words,
      QuestionGroups.Group group,
      List<QuestionGroups.Alternative> indexed,
      List<QuestionGroups.Alternative> inParagraphs) {
    int df = 0;
    for (QuestionGroups.Alternative alternative : group.alternatives()) {
      int alternativeDf = words.docFreqOfAll(alternative.field(), alternative.terms());
      if (alternativeDf > 0) {
        indexed.add(alternative);
      }
      if (alternativeDf > 0 || alternative.field().equals(Fields.TRANSLATION)) {
        inParagraphs.add(alternative);
      }
      df = Math.max(df, alternativeDf);
    }
    return df;
  }
}
