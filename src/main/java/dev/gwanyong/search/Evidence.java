package dev.gwanyong.search;

import dev.gwanyong.index.SentenceMarks;

/**
 * What retrieval knows about one candidate sentence, for judging whether it answers the question.
 * Shares are of the question's weight (each group weighted by its rarity, BM25's idf, times the
 * words it stands for) and add up to one across where the group was found: the sentence, only a
 * neighbouring sentence, only the rest of the paragraph or title, nowhere in this paragraph though
 * the corpus has it ({@code missingShare}), or nowhere in the corpus at all ({@code absentShare}: a
 * topic the corpus lacks, or a phrasing no source uses).
 *
 * @param score the BM25 score
 * @param scorePerWeight the score divided by the question's total weight: how close it comes to the
 *     best possible
 * @param relativeScore the score divided by the best candidate's
 * @param rank the position in BM25 order, from 0
 * @param margin the score's lead over the best other candidate, divided by the best score (negative
 *     when behind)
 * @param paragraphAgreement the share of the first five candidates that come from this sentence's
 *     paragraph
 * @param sentenceShare found in the sentence, in its own words or through a translation
 * @param sentenceExplained the share of the sentence's own words (its language's analysed terms, or
 *     its aligned translation's) that the question's words or their translations match: a
 *     translation of the question explains nearly all of its sentence, while a sentence that only
 *     shares some of the question's words says more than was asked, or something else
 * @param translatedShare found in the sentence only through a lexicon translation or a loanword's
 *     phonetic key
 * @param neighbourShare found only in a neighbouring sentence
 * @param contextShare found only elsewhere in the paragraph or in the title
 * @param titleShare found in the source's title
 * @param offTitleShare found in the sentence, of the words the source's title lacks: what the
 *     sentence says of the question beyond its topic. A short question about a source's subject
 *     ("Who governs Kubernetes?", 임종석이 날은?) holds little else, and its title matches every
 *     paragraph of the source alike
 * @param missingShare found nowhere in this paragraph, though the corpus has it
 * @param absentShare found nowhere in the corpus
 * @param absentNameShare the part of {@code absentShare} that names, acronyms and unknown words
 *     carry
 * @param unfoundEverydayShare the part of {@code missingShare} and {@code absentShare} that
 *     everyday words carry (called, 유래): more often the question's phrasing than its topic
 * @param foundEverydayShare the part of {@code sentenceShare} that everyday words carry: a sentence
 *     that shares only "autumn" and "like" with the question meets it by chance more often than one
 *     that shares "Mesosphere"
 * @param names how many of the question's groups are names, acronyms or words that neither the
 *     lexicon nor the English word list knows
 * @param namesFound how many of those the sentence or a neighbour contains
 * @param groups how many groups the question has
 * @param groupsFound how many the sentence or a neighbour contains
 * @param foundWeight the weight found in the sentence and its neighbours, in units of a word the
 *     corpus never uses
 * @param asksForNumber whether a question word asks for a quantity (비율, how many)
 * @param numberAnswer whether it does and the sentence has a number
 * @param sentenceChars the sentence's length in characters
 * @param passages how many passages the corpus holds: the bigger the corpus, the more near misses a
 *     question meets
 * @param polarityDiffers whether one of the question and the sentence negates and the other does
 *     not ({@link SentenceMarks})
 * @param personsClash whether the question and the sentence both name someone by pronoun, and never
 *     the same person ({@link SentenceMarks})
 * @param numbersClash whether the question and the sentence both write numbers in digits, and the
 *     sentence lacks one of the question's that its paragraph does not write either ({@link
 *     dev.gwanyong.index.WrittenNumbers})
 * @param asksBack whether the sentence asks (a question mark, or a Korean question's ending) and
 *     the question does not ({@link SentenceMarks#asks})
 * @param introduces whether the sentence writes one of the question's names beside a parenthesis,
 *     as a text does where it introduces a name: "The Cloud Native Computing Foundation (CNCF)",
 *     아파치 애틱(Apache Attic); or says what the name is (…클러스터 관리 시스템 Borg다, "Borg is a …") ({@link
 *     dev.gwanyong.index.Introductions#introduces})
 * @param timeShortfall how far the sentence falls short of the time the question asks for: 0 when
 *     it says it or none is asked, 1 when it says only how long where the date is asked, 2 when it
 *     says none ({@link dev.gwanyong.index.TimeMarks#shortfall}): not one of the answer model's
 *     features, but what makes the sentence a worse answer or none
 * @param countShortfall how far the sentence falls short of the count the question asks for (how
 *     many developers, 몇 명): 0 when it counts it or none is asked, 1 when it has another number, 2
 *     when it has none ({@link dev.gwanyong.index.CountMarks#shortfall}): not one of the answer
 *     model's features, but what makes the sentence a worse quote of its paragraph
 */
public record Evidence(
    double score,
    double scorePerWeight,
    double relativeScore,
    int rank,
    double margin,
    double paragraphAgreement,
    double sentenceShare,
    double sentenceExplained,
    double translatedShare,
    double neighbourShare,
    double contextShare,
    double titleShare,
    double offTitleShare,
    double missingShare,
    double absentShare,
    double absentNameShare,
    double unfoundEverydayShare,
    double foundEverydayShare,
    int names,
    int namesFound,
    int groups,
    int groupsFound,
    double foundWeight,
    boolean asksForNumber,
    boolean numberAnswer,
    int sentenceChars,
    int passages,
    boolean polarityDiffers,
    boolean personsClash,
    boolean numbersClash,
    boolean asksBack,
    boolean introduces,
    int timeShortfall,
    int countShortfall) {

  /**
   * Whether the sentence introduces a name and the question asks about nothing else ("What is
   * CNCF?", "What does D2iQ stand for?": one word, or names alone): it says what the term is, where
   * a sentence that only uses it does not.
   */
  public boolean introducesLoneTerm() {
    return introduces && (groups == 1 || names == groups);
  }
}
