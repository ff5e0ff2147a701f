package dev.gwanyong.search;

import dev.gwanyong.index.SentenceTokens;
import java.util.List;
import java.util.Optional;

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
 * @param matches the question's terms found in the sentence itself, for emphasis and glosses
 * @param telling the neighbouring sentence that holds more of the question's words this one lacks,
 *     if either holds any: the quote joins it when both fit, as the answer is often there ("그는 …
 *     경선을 치렀다." and the next sentence, with the name); the sentences that follow, when this one
 *     asks a question, as a text answers what it asks after asking it (그 비결은 무엇일까. …)
 * @param tokens the tokens of the paragraph's sentences as the index analysed them, to emphasise a
 *     quote's words
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
    List<Match> matches,
    Neighbour telling,
    SentenceTokens tokens) {

  /**
   * A sentence's neighbours within its paragraph: the one before, the one after, or all that
   * follow.
   */
  public enum Neighbour {
    NONE,
    PREVIOUS,
    NEXT,
    FOLLOWING
  }

  public Hit {
    matches = List.copyOf(matches);
  }

  public String sentenceText() {
    return paragraphText.substring(start, end);
  }

  /**
   * A question term found in the sentence.
   *
   * @param term the term as the index analyses it
   * @param questionWord the question's word it stands for, as the member typed it
   * @param weighty whether it is worth emphasising: its word carries at least half a question
   *     word's average weight, and it is a name or the member's own word. An everyday word found
   *     only through a lexicon translation is not: the lexicon's many senses ("firm", "using")
   *     would light up words the member never meant.
   */
  public record Match(String term, String questionWord, boolean weighty) {}
}
