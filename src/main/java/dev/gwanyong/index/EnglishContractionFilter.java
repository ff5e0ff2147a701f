package dev.gwanyong.index;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Reduces a lower-cased English contraction to the word it contracts: I'm to i, don't to do, can't
 * to can, they'll to they. The tokenizer keeps a contraction whole, and whole it is a word no
 * passage or lexicon has; its first word is then dropped as a stop word like the uncontracted form.
 * The clitic's negation is dropped with it, as "not" is.
 */
final class EnglishContractionFilter extends TokenFilter {

  private static final String[] CLITICS = {"n't", "'m", "'re", "'ll", "'ve", "'d"};

  /** Negated forms whose first part is not the word itself (can't is ca + n't). */
  private static final Map<String, String> NEGATED_STEMS =
      Map.of("ca", "can", "wo", "will", "sha", "shall");

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  EnglishContractionFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!hasApostrophe()) {
      return true;
    }
    String word = term.toString().replace('\u2019', '\'');
    for (String clitic : CLITICS) {
      if (word.length() > clitic.length() && word.endsWith(clitic)) {
        String first = word.substring(0, word.length() - clitic.length());
        if (clitic.equals("n't")) {
          first = NEGATED_STEMS.getOrDefault(first, first);
        }
        term.setEmpty().append(first);
        break;
      }
    }
    return true;
  }

  /**
   * Whether the token may be a contraction; most are not, and are passed on without a string made
   * of them.
   */
  private boolean hasApostrophe() {
    char[] buffer = term.buffer();
    for (int i = 0; i < term.length(); i++) {
      if (buffer[i] == '\'' || buffer[i] == '\u2019') {
        return true;
      }
    }
    return false;
  }
}
