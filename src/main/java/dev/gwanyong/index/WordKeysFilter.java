package dev.gwanyong.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each word by the keys a subclass reads from it, all at the word's position like
 * synonyms. A word without keys is dropped, and its position increment carried to the next word
 * kept, so positions stay true to the text.
 *
 * <p>The keys of the words met are remembered, up to a bound, and then all forgotten at once: a
 * filter serves one thread's documents and questions in turn, common words come again and again,
 * and a word's keys can cost a Nori reading of their own ({@link NativeWords}). Forgetting the
 * oldest word at each new one instead (a linked map) cost a KorQuAD build about a tenth of its
 * analysis time in the map's bookkeeping, as most of its words are new.
 */
abstract class WordKeysFilter extends TokenFilter {

  /** How many words' keys a filter remembers before it forgets them all. */
  static final int REMEMBERED_WORDS = 2048;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private final Queue<String> pending = new ArrayDeque<>();
  private State current;
  private int skippedPositions;

  /** Looked up by the term's own characters, so that a word met before costs no string. */
  private final CharArrayMap<List<String>> remembered = new CharArrayMap<>(REMEMBERED_WORDS, false);

  WordKeysFilter(TokenStream input) {
    super(input);
  }

  /** The keys of one word, in order; none drops the word. */
  abstract Collection<String> keys(String word);

  /**
   * How many Latin letters (a to z, either case) a word starts with, when they are the whole word
   * or a Hangul word is written onto them, as a Korean sentence writes its particles onto the names
   * it quotes (Redis는, OpenTofu의); 0 for any other word. The Latin part is the word a question asks
   * for.
   */
  static int latinLetters(CharSequence word) {
    int letters = 0;
    while (letters < word.length() && isLatinLetter(word.charAt(letters))) {
      letters++;
    }
    return letters == word.length()
            || HangulSyllables.isSyllables(word.subSequence(letters, word.length()).toString())
        ? letters
        : 0;
  }

  private static boolean isLatinLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  @Override
  public final boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(current);
      term.setEmpty().append(pending.remove());
      position.setPositionIncrement(0);
      return true;
    }
    while (input.incrementToken()) {
      List<String> keys = remembered.get(term.buffer(), 0, term.length());
      if (keys == null) {
        String word = term.toString();
        keys = List.copyOf(keys(word));
        if (remembered.size() == REMEMBERED_WORDS) {
          remembered.clear();
        }
        remembered.put(word, keys);
      }
      if (keys.isEmpty()) {
        skippedPositions += position.getPositionIncrement();
        continue;
      }
      position.setPositionIncrement(position.getPositionIncrement() + skippedPositions);
      skippedPositions = 0;
      pending.addAll(keys);
      term.setEmpty().append(pending.remove());
      current = pending.isEmpty() ? null : captureState();
      return true;
    }
    return false;
  }

  @Override
  public void end() throws IOException {
    super.end();
    position.setPositionIncrement(position.getPositionIncrement() + skippedPositions);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    current = null;
    skippedPositions = 0;
  }
}
