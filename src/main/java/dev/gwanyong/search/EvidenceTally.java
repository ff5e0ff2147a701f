package dev.gwanyong.search;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the groups found in a candidate add up to. A sentence's word stands for one question word: a
 * translation that an earlier group's translation already matched does not find another group in
 * the sentence ("Do you love him like a brother?" found love and like both in the one 좋은 of "좋은 코드를
 * …").
 */
final class EvidenceTally {
  final Shares shares = new Shares();

  /**
   * The sentence's terms that earlier groups found through a translation; made when the first is.
   */
  Set<String> claimed;

  final Map<String, Set<String>> explained = new HashMap<>();
  final Map<String, Hit.Match> matched = new LinkedHashMap<>();
  int names;
  int namesFound;
  int groupsFound;
  boolean asksForNumber;
  boolean numberAnswer;
  boolean introduces;

  /**
   * Whether the question asks when and the sentence tells its time by the sentence before (같은 날 구글은
   * … CNCF 설립을 발표하고), which its quote then leads with (the scorer's {@code telling}) and which
   * answers the question's time cue.
   */
  boolean timeToldBefore;

  double previousWeight;
  double nextWeight;

  void claim(QuestionGroups.Alternative alternative) {
    if (claimed == null) {
      claimed = new HashSet<>();
    }
    claimed.addAll(alternative.terms());
  }

  /**
   * Whether earlier groups' translations already matched every term of this alternative. Terms are
   * compared without their fields: the same word in the Korean field and in a translation's is the
   * same word.
   */
  boolean claimedAll(QuestionGroups.Alternative alternative) {
    return claimed != null && claimed.containsAll(alternative.terms());
  }

  /** Weights summed by where their group was found. */
  static final class Shares {
    double sentence;
    double translated;
    double neighbour;
    double context;
    double title;
    double missing;
    double absent;
    double absentNames;
    double unfoundEveryday;
    double foundEveryday;
    double found;
    double offTitleSentence;
  }
}
