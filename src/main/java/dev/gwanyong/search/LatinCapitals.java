package dev.gwanyong.search;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.Fields;
import dev.gwanyong.lexicon.WrittenWords;
import dev.gwanyong.search.QuestionGroups.CorpusWords;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What capital letters tell of a question's Latin-script words: whether a word is capitalised
 * inside a sentence or before a name, whether words are written as one name, and names chat types
 * in lower case that the corpus writes capitalised.
 */
final class LatinCapitals {

  /** Two words of Latin letters in lower case, one space apart, as chat types a name. */
  private static final Pattern LOWER_CASE_PAIR = Pattern.compile("\\b([a-z]+) ([a-z]+)\\b");

  /**
   * Whether the word at {@code start} is capitalised though no sentence begins there: a name. In a
   * Korean question every capitalised Latin word is, wherever it stands, as Korean writes no
   * capital at a sentence's start: "Helm이 뭐야?" asks about a name as "What is Helm?" does, not about
   * a ship's helm.
   */
  static boolean isCapitalisedInside(String text, int start) {
    if (!Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    if (text.chars().anyMatch(QuestionGroups::isHangulChar)) {
      return true;
    }
    int before = start - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    return before >= 0 && ".?!".indexOf(text.charAt(before)) < 0;
  }

  /** Whether the word before {@code start} starts with a capital: a name a numeral may follow. */
  static boolean isCapitalisedWordBefore(String text, int start) {
    int end = start;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    int begin = end;
    while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
      begin--;
    }
    return begin < end && Character.isUpperCase(text.charAt(begin));
  }

  /**
   * Whether the next word of the text starts with a capital: a title stands before the name it goes
   * with.
   */
  static boolean isCapitalisedWordAfter(String text, int end) {
    int after = end;
    while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
      after++;
    }
    return after > end && after < text.length() && Character.isUpperCase(text.charAt(after));
  }

  /**
   * The text with each name written in lower case that the corpus writes capitalised with a stop
   * noun in it ("what is the apache way": the Apache Way) capitalised, so that the analysis keeps
   * the noun ({@code NameStopFilter}) and the question asks for the Apache Way, not for Apache
   * alone, which every Apache project answers. "In what way" stays a frame: the corpus writes no
   * name of what and way.
   */
  static String capitaliseNames(String text, Analysis analysis, CorpusWords corpus) {
    StringBuilder out = new StringBuilder(text);
    Matcher pair = LOWER_CASE_PAIR.matcher(text);
    int from = 0;
    while (pair.find(from)) {
      from = pair.start(2);
      if (!analysis.isEnglishStopNoun(pair.group(2))) {
        continue;
      }
      String name = capitalised(pair.group(1)) + " " + capitalised(pair.group(2));
      List<String> stems = QuestionGroups.stems(analysis.termSpans(Fields.ENGLISH, name));
      if (stems.size() == 2 && corpus.writesAsNamePhrase(stems)) {
        out.replace(pair.start(1), pair.end(2), name);
      }
    }
    return out.toString();
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** Whether the words are capitalised, of letters alone, and one space or hyphen apart. */
  static boolean isWrittenAsOneName(String text, List<Analysis.TermSpan> run) {
    for (int w = 0; w < run.size(); w++) {
      Analysis.TermSpan word = run.get(w);
      String written = WrittenWords.withoutPossessive(text.substring(word.start(), word.end()));
      boolean apart =
          w == 0
              || word.start() == run.get(w - 1).end() + 1
                  && " -".indexOf(text.charAt(word.start() - 1)) >= 0;
      if (!apart
          || !Character.isUpperCase(written.charAt(0))
          || !written.chars().allMatch(Character::isLetter)) {
        return false;
      }
    }
    return true;
  }

  private LatinCapitals() {}
}
