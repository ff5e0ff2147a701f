package dev.gwanyong.eval;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.lexicon.Lexicon;
import dev.gwanyong.lexicon.LexiconFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Korean questions as members who mix the two languages write them, with one noun in English: 2015년
 * 세계여성의 날 기념행사가 열린 도시는? as …열린 city는?, the way "k8s가 vendor lock-in 없이 성공한 이유?" is written. The
 * noun is the last one that makes a word of its own with at most its particle (도시는, not the 신문 of
 * 신문사는, which no one would write as newspaper사는), as typed, and the first translation of a single
 * English word in the hand-written noun lexicon, which gives the English. So a switched question
 * asks the same thing the way a mixed question is read (the English word back into Korean), with no
 * vocabulary the lexicon lacks.
 *
 * <p>And the same questions glossed: every word the hand-written lexicon translates written in
 * English, the rest (names, words it lacks) in Korean, the particles and endings gone (차범근이 국가대표팀
 * 감독으로 선임된 해는? as 차범근 state delegate team director 선임 year?). No benchmark here has English
 * questions about Korean passages, which members ask and which are matched mostly through
 * translations; a glossed question is matched the same way, so the answer model sees how often such
 * a match answers.
 */
public final class CodeSwitching {

  /** The hand-written lexicon's everyday nouns. */
  static final String NOUNS = "en-ko.nouns.tsv";

  private final Analysis analysis;
  private final Map<String, String> englishOf;
  private final Map<String, String> glossOf;

  private CodeSwitching(
      Analysis analysis, Map<String, String> englishOf, Map<String, String> glossOf) {
    this.analysis = analysis;
    this.englishOf = Map.copyOf(englishOf);
    this.glossOf = Map.copyOf(glossOf);
  }

  /**
   * Switches through the noun lexicon in {@code lexiconFolder}, and glosses through all its
   * hand-written files.
   */
  public static CodeSwitching load(Path lexiconFolder, Analysis analysis) throws IOException {
    Map<String, String> englishOf = new HashMap<>();
    Map<String, String> glossOf = new HashMap<>();
    for (LexiconFiles.Listed listed : new LexiconFiles(lexiconFolder).list("")) {
      Lexicon.Entry entry = listed.entry();
      // The files list the commonest English words first, so the first entry to name a Korean word
      // keeps it.
      if (listed.file().equals(NOUNS) && !entry.english().contains(" ")) {
        englishOf.putIfAbsent(entry.korean().getFirst(), entry.english());
      }
      entry.korean().forEach(korean -> glossOf.putIfAbsent(korean, entry.english()));
    }
    return new CodeSwitching(analysis, englishOf, glossOf);
  }

  /**
   * The question's words in the order asked, each in English where the lexicon translates it and as
   * written where it does not; empty when it translates none.
   */
  public Optional<String> glossed(String question) {
    List<String> words = new ArrayList<>();
    boolean glossed = false;
    for (Analysis.TermSpan span : analysis.readKorean(question).spans()) {
      String english = glossOf.get(span.term());
      glossed |= english != null;
      words.add(english != null ? english : question.substring(span.start(), span.end()));
    }
    return glossed ? Optional.of(String.join(" ", words) + "?") : Optional.empty();
  }

  /** The question with one noun in English; empty when none can be switched. */
  public Optional<String> switched(String question) {
    List<Analysis.TermSpan> spans = analysis.readKorean(question).spans();
    for (int i = spans.size() - 1; i >= 0; i--) {
      Analysis.TermSpan span = spans.get(i);
      String written = question.substring(span.start(), span.end());
      String english = englishOf.get(written);
      boolean wholeWord =
          written.equals(span.term())
              && startsWord(question, span.start())
              && (i + 1 == spans.size()
                  || spans.get(i + 1).start() > wordEnd(question, span.end()));
      if (english != null && written.length() > 1 && wholeWord) {
        return Optional.of(
            question.substring(0, span.start()) + english + question.substring(span.end()));
      }
    }
    return Optional.empty();
  }

  private static boolean startsWord(String text, int at) {
    return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
  }

  private static int wordEnd(String text, int from) {
    int end = from;
    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return end;
  }
}
