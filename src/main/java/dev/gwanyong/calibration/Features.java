package dev.gwanyong.calibration;

import dev.gwanyong.search.Evidence;
import java.util.List;

/**
 * The answer model's inputs: {@link Evidence} as numbers. Counts and scores enter on a log scale,
 * shares as they are, and a square rewards a sentence that holds nearly all of the question more
 * than proportionally. The corpus's size lets the confidence step tell a small corpus, where the
 * best candidate of an unanswerable question is seldom close, from a big one full of near misses. A
 * model file names these features in this order, so a change here asks for a new {@code calibrate}
 * run instead of silently misreading old weights.
 *
 * <p>None of them says which language the question or the passage is in: how a word was found (in
 * its own words or only through a translation) is what a cross-language match is judged by. The
 * generated data has Korean questions of Korean passages and sentences of the other language's
 * Tatoeba half, but members also ask English questions of English sources, which no generated set
 * has; with the languages as features, a model fitted on Tatoeba's short sentences answered 8 of
 * the 21 English questions about the bundled sources right, against 12 without them (at one
 * threshold, 0.5, on the same evidence).
 *
 * <p>Five are products (named {@code a_x_b}), for what a sum of features cannot say: a BM25 score
 * means less, and a match elsewhere in the paragraph more, in a question of many words than in one
 * of few; a score means less when the question has many names; the lead over the next candidate
 * means more the more of the question was found; and a score near the best one means less in a long
 * sentence. {@code scripts/calibration/feature-products.py} chose them from the {@code calibrate}
 * examples, one at a time, each time the product that lowered the held-out area under the
 * risk–coverage curve most (docs/answering.md).
 *
 * <p>The last, {@code introduces_lone_term}, says that the sentence introduces a name and the
 * question asks about nothing else ("What is CNCF?", one word or names alone): what a sentence that
 * introduces a name is worth depends on whether the question asks what the name is, and in
 * questions of several words it is worth little. Written for the definition questions the fit has
 * since 2026-12-04 ({@code SelectiveSets#build}); with it the held-out area under the curve fell
 * from 0.4146 to 0.4117 (English) and 0.2757 to 0.2752 (Korean).
 */
final class Features {

  static final List<String> NAMES =
      List.of(
          "log_score",
          "score_per_weight",
          "relative_score",
          "log_rank",
          "margin",
          "paragraph_agreement",
          "sentence_share",
          "sentence_explained",
          "translated_share",
          "neighbour_share",
          "context_share",
          "title_share",
          "off_title_share",
          "missing_share",
          "absent_share",
          "absent_name_share",
          "unfound_everyday_share",
          "found_everyday_share",
          "log_names",
          "names_found_share",
          "log_names_missing",
          "log_groups",
          "groups_found_share",
          "log_found_weight",
          "asks_for_number",
          "number_answer",
          "log_sentence_chars",
          "sentence_share_squared",
          "log_passages",
          "log_score_x_log_groups",
          "margin_x_log_found_weight",
          "relative_score_x_log_sentence_chars",
          "context_share_x_log_groups",
          "log_score_x_log_names",
          "polarity_differs",
          "persons_clash",
          "numbers_clash",
          "asks_back",
          "introduces",
          "introduces_lone_term");

  private Features() {}

  static double[] of(Evidence e) {
    double logScore = Math.log1p(e.score());
    double logGroups = Math.log1p(e.groups());
    double logFoundWeight = Math.log1p(e.foundWeight());
    double logSentenceChars = Math.log1p(e.sentenceChars());
    double logNames = Math.log1p(e.names());
    return new double[] {
      logScore,
      e.scorePerWeight(),
      e.relativeScore(),
      Math.log1p(e.rank()),
      e.margin(),
      e.paragraphAgreement(),
      e.sentenceShare(),
      e.sentenceExplained(),
      e.translatedShare(),
      e.neighbourShare(),
      e.contextShare(),
      e.titleShare(),
      e.offTitleShare(),
      e.missingShare(),
      e.absentShare(),
      e.absentNameShare(),
      e.unfoundEverydayShare(),
      e.foundEverydayShare(),
      logNames,
      e.names() == 0 ? 1 : (double) e.namesFound() / e.names(),
      Math.log1p(e.names() - e.namesFound()),
      logGroups,
      e.groups() == 0 ? 0 : (double) e.groupsFound() / e.groups(),
      logFoundWeight,
      e.asksForNumber() ? 1 : 0,
      e.numberAnswer() ? 1 : 0,
      logSentenceChars,
      e.sentenceShare() * e.sentenceShare(),
      Math.log(e.passages()),
      logScore * logGroups,
      e.margin() * logFoundWeight,
      e.relativeScore() * logSentenceChars,
      e.contextShare() * logGroups,
      logScore * logNames,
      e.polarityDiffers() ? 1 : 0,
      e.personsClash() ? 1 : 0,
      e.numbersClash() ? 1 : 0,
      e.asksBack() ? 1 : 0,
      e.introduces() ? 1 : 0,
      e.introducesLoneTerm() ? 1 : 0
    };
  }
}
