package dev.gwanyong.index;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The opening words that frame an English question around the one it asks: "I'd like to know who founded
 * Mesosphere", "Do you know what percentage…", "Can you explain why…". Their words are rarely a passage's (know,
 * like, explain) and their pronouns are nobody the passage names, so a framed question was refused where the bare
 * one is answered. A question is unframed only when what precedes an embedded question (who, what, whether, if…) is
 * frame words and stop words alone: "I know what you did" keeps nothing of "know" as a question either, while "I
 * don't know what to do", "Tell Tom why" and "Kubernetes: what is it?" stay as written.
 */
final class QuestionFrame {

  /** The words that open an embedded question; a closed class of English. */
  private static final Set<String> INTERROGATIVES =
      Set.of("who", "whom", "whose", "what", "when", "where", "why", "how", "which", "whether", "if");

  /** A frame that negates ("I don't know who…") says something of its own, and is kept. */
  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "t");

  /** A Latin word, with what an apostrophe joins to it (I'd, what's, don't), and the spaces and commas before it. */
  private static final Pattern WORD = Pattern.compile("[\\s,]*(\\p{IsLatin}+)(?:['’](\\p{IsLatin}+))?");

  private final CharArraySet stopwords;
  private final Set<String> frameWords;

  /**
   * @param stopwords the English stop words, which may stand in a frame too (I, you, can, tell)
   * @param frameWords the words that frame a question but are no stop words (know, wonder, explain)
   */
  QuestionFrame(CharArraySet stopwords, List<String> frameWords) {
    this.stopwords = stopwords;
    this.frameWords = Set.copyOf(frameWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
  }

  /** The question without its frame, from the embedded question's first word; the question itself when unframed. */
  String unframed(String question) {
    Matcher word = WORD.matcher(question);
    int at = 0;
    while (word.find(at) && word.start() == at) {
      String head = word.group(1).toLowerCase(Locale.ROOT);
      if (INTERROGATIVES.contains(head)) {
        return at == 0 ? question : question.substring(word.start(1));
      }
      String joined = word.group(2) == null ? "" : word.group(2).toLowerCase(Locale.ROOT);
      if (NEGATIONS.contains(head) || NEGATIONS.contains(joined) || !framing(head)) {
        return question;
      }
      at = word.end();
    }
    return question;
  }

  private boolean framing(String word) {
    return stopwords.contains(word) || frameWords.contains(word);
  }
}
