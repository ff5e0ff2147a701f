package dev.gwanyong.calibration;

import dev.gwanyong.search.Evidence;
import java.util.List;

/**
 * The answer model's inputs: {@link Evidence} as numbers. Counts and scores enter on a log scale, shares as they are;
 * products with the share of English words let a linear model rank
 * and trust a cross-language match differently from a same-language one, and a square rewards a sentence that holds
 * nearly all of the question more than proportionally. A model file names these features in this order, so a
 * change here asks for a new {@code calibrate} run instead of silently misreading old weights.
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
          "translated_share",
          "neighbour_share",
          "context_share",
          "title_share",
          "missing_share",
          "absent_share",
          "absent_name_share",
          "log_names",
          "names_found_share",
          "log_names_missing",
          "log_groups",
          "groups_found_share",
          "log_found_weight",
          "asks_for_number",
          "number_answer",
          "latin_share",
          "korean_passage",
          "cross_language",
          "log_sentence_chars",
          "sentence_share_squared",
          "latin_x_relative_score",
          "latin_x_log_rank",
          "latin_x_sentence_share",
          "latin_x_translated_share",
          "latin_x_margin");

  private Features() {}

  static double[] of(Evidence e) {
    return new double[] {
      Math.log1p(e.score()),
      e.scorePerWeight(),
      e.relativeScore(),
      Math.log1p(e.rank()),
      e.margin(),
      e.paragraphAgreement(),
      e.sentenceShare(),
      e.translatedShare(),
      e.neighbourShare(),
      e.contextShare(),
      e.titleShare(),
      e.missingShare(),
      e.absentShare(),
      e.absentNameShare(),
      Math.log1p(e.names()),
      e.names() == 0 ? 1 : (double) e.namesFound() / e.names(),
      Math.log1p(e.names() - e.namesFound()),
      Math.log1p(e.groups()),
      e.groups() == 0 ? 0 : (double) e.groupsFound() / e.groups(),
      Math.log1p(e.foundWeight()),
      e.asksForNumber() ? 1 : 0,
      e.numberAnswer() ? 1 : 0,
      e.latinShare(),
      e.koreanPassage() ? 1 : 0,
      e.koreanPassage() ? e.latinShare() : 0,
      Math.log1p(e.sentenceChars()),
      e.sentenceShare() * e.sentenceShare(),
      e.latinShare() * e.relativeScore(),
      e.latinShare() * Math.log1p(e.rank()),
      e.latinShare() * e.sentenceShare(),
      e.latinShare() * e.translatedShare(),
      e.latinShare() * e.margin()
    };
  }
}
