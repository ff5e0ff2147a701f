package dev.gwanyong.search;

import java.util.Optional;
import java.util.Set;

/**
 * One retrieved sentence, with what is needed to quote and cite it.
 *
 * @param passageId {@code source#paragraph.sentence}
 * @param sourceId the source's id
 * @param title the source's title
 * @param url the source's own web address, when it is published
 * @param reference the first public reference of a source written for the corpus, if any
 * @param line the line of the source file on which the paragraph stands
 * @param paragraph paragraph number, from 1
 * @param sentence sentence number within the paragraph, from 0
 * @param paragraphText the whole paragraph as written
 * @param start the sentence's first character within the paragraph
 * @param end just past the sentence's last character
 * @param translation the aligned translation of the paragraph, if the source has one
 * @param evidence what retrieval measured of this sentence against the question
 * @param matchedTerms the question's terms found in the sentence itself, for emphasis
 */
public record Hit(
    String passageId,
    String sourceId,
    String title,
    Optional<String> url,
    Optional<String> reference,
    int line,
    int paragraph,
    int sentence,
    String paragraphText,
    int start,
    int end,
    Optional<String> translation,
    Evidence evidence,
    Set<String> matchedTerms) {

  public Hit {
    matchedTerms = Set.copyOf(matchedTerms);
  }

  public String sentenceText() {
    return paragraphText.substring(start, end);
  }
}
