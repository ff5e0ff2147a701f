package dev.gwanyong.lexicon;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.Fields;
import dev.gwanyong.index.KoreanEndings;
import dev.gwanyong.index.Remembered;
import dev.gwanyong.index.SpellingFilter;
import dev.gwanyong.lexicon.SpellingCorrector.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Respells a question's misspelled Korean words by jamo, as a word of the index's Hangul words
 * ({@link Fields#SPELLING_HANGUL}) that shares a sentence with the question's other words; a word
 * Nori reads as one dictionary word is left alone.
 */
final class KoreanRespeller {

  /**
   * Korean stems shorter than this (in syllables) are respelled only as a word that shares a
   * sentence with another word of the question: two-syllable words are so dense that most are one
   * jamo from another real word.
   */
  static final int MIN_SYLLABLES = 3;

  /** Korean stems shorter than this are left alone. */
  static final int MIN_CONTEXT_SYLLABLES = 2;

  /**
   * How many other words of the question a respelling of a stem Nori reads as a real word after a
   * dropped piece must share a sentence with. With one, as for other stems, 3 of the 1,444
   * correctly written KorQuAD questions of `bench typos` were respelled wrongly (몇명 as 몇몇); with
   * two, none, and the 4 it respells are their authors' own slips (docs/cross-language.md,
   * "Misspelled words").
   */
  static final int TRAILING_WORD_CONTEXT = 2;

  /**
   * How many stems' readings by Nori are remembered. A word a small corpus lacks is read again in
   * every question that asks it (누구, 처음, 나라), and Nori's reading was a third of the respelling's
   * time on the bundled corpus.
   */
  static final int READINGS_REMEMBERED = 2048;

  private final Analysis analysis;
  private final Lexicon lexicon;
  private final SuggestionRanker ranker;
  private final Remembered<String, Analysis.KoreanReading> readings =
      new Remembered<>(READINGS_REMEMBERED);

  KoreanRespeller(Analysis analysis, Lexicon lexicon, SuggestionRanker ranker) {
    this.analysis = analysis;
    this.lexicon = lexicon;
    this.ranker = ranker;
  }

  /**
   * The question's misspelled Korean stems by where they are, each respelled; their particles stay
   * as typed.
   */
  Map<Span, String> respellings(String text, IndexWords index) throws IOException {
    Map<Span, String> replacements = new LinkedHashMap<>();
    List<HangulWord> hangulWords = hangulWords(text);
    List<String> stems =
        hangulWords.stream().map(word -> SpellingFilter.toJamo(word.stem())).toList();
    for (HangulWord word : hangulWords) {
      Span stem = new Span(word.start(), word.start() + word.stem().length());
      List<String> context = new ArrayList<>(stems);
      context.remove(SpellingFilter.toJamo(word.stem()));
      hangul(word, context, index).ifPresent(r -> replacements.put(stem, r));
    }
    return replacements;
  }

  /** A Hangul word of the question and its stem without particles. */
  private record HangulWord(int start, String stem) {}

  /**
   * A Korean stem the index and the dictionaries do not have, respelled as an index word one jamo
   * from it; of equally close ones, the first that shares a sentence with another word of the
   * question. Two-syllable stems, which are mostly one jamo from some other word, and stems Nori
   * reads as pieces the index has (대하교 as 대하 + 교: a compound the corpus never wrote, as 특별휴가, or a
   * slip, as of 대학교) are respelled only so, and so is a slip of the first jamo (푸버네티스 beside 구글),
   * which the candidates sharing the stem's first jamo never include. A stem of which Nori keeps
   * one word but not its start, having dropped what came before as a prefix, a determiner or a
   * pronoun, is respelled only beside two other words of the question: a dictionary word is read
   * whole and a word with its ending from its start (회장인, 맡았는가), but a slip often leaves a real
   * word inside a non-word (재단 as 재딘, read 딘; 덴마크 as 데마크, read 마크). A stem left so may still end in
   * a slipped particle ({@link #slippedParticle}).
   */
  private Optional<String> hangul(HangulWord word, List<String> context, IndexWords index)
      throws IOException {
    String stem = word.stem();
    if (stem.length() < MIN_CONTEXT_SYLLABLES || known(stem, index)) {
      return Optional.empty();
    }
    // One reading of the stem by Nori serves every test below.
    Analysis.KoreanReading reading = readings.get(stem, analysis::readKorean);
    boolean oneWord = reading.spans().size() <= 1 && reading.unknownWords().isEmpty();
    boolean trailingWord =
        oneWord && !reading.spans().isEmpty() && reading.spans().getFirst().start() > 0;
    if (oneWord && !trailingWord) {
      return Optional.empty(); // one word of Nori's dictionaries (굥감 is in none)
    }
    int atLeast = trailingWord ? TRAILING_WORD_CONTEXT : 1;
    String jamo = SpellingFilter.toJamo(stem);
    List<Suggestion> close =
        SuggestionRanker.equallyClose(
            ranker.suggestions(Fields.SPELLING_HANGUL, jamo, HangulNeighbours.of(stem, index)));
    Optional<Suggestion> chosen =
        SuggestionRanker.inContext(Fields.SPELLING_HANGUL, close, context, atLeast, index);
    if (chosen.isEmpty()) {
      List<Suggestion> slips =
          SuggestionRanker.equallyClose(
              ranker.suggestions(
                  Fields.SPELLING_HANGUL,
                  jamo,
                  HangulNeighbours.withOtherFirstConsonant(stem, index)));
      chosen = SuggestionRanker.inContext(Fields.SPELLING_HANGUL, slips, context, atLeast, index);
    }
    if (chosen.isEmpty()
        && (close.isEmpty()
            || stem.length() < MIN_SYLLABLES
            || trailingWord
            || readAsPieces(reading, index))) {
      return slippedParticle(stem, reading, index);
    }
    return Optional.of(SpellingFilter.fromJamo(chosen.orElseGet(close::getFirst).word()));
  }

  /**
   * A stem whose last syllable is a slipped particle (직위녠 for 직위는, 미국읝 for 미국은): one jamo from a
   * one-syllable particle, a syllable no dictionary of Nori's knows, after a word of the index. A
   * syllable Nori does know may be a word's own (세계어, 운영사, 양쯔강), so such stems are left as typed.
   */
  private static Optional<String> slippedParticle(
      String stem, Analysis.KoreanReading reading, IndexWords index) throws IOException {
    Optional<String> mended = KoreanEndings.withSlippedEnding(stem);
    String word = stem.substring(0, stem.length() - 1);
    if (mended.isEmpty()
        || !index.hasHangulWord(word)
        || !reading.unknownWords().contains(stem.substring(word.length()))) {
      return Optional.empty();
    }
    return mended;
  }

  /** Whether the index has a Korean stem as it is, or the lexicon translates it. */
  private boolean known(String stem, IndexWords index) throws IOException {
    return index.hasHangulWord(stem) || !lexicon.english(stem).isEmpty();
  }

  /**
   * Whether the index has every morpheme Nori cuts a stem into (건축물인 = 건축물 + 인, 특별휴가 = 특별 + 휴가): a
   * compound or an ending the stripping missed, or a slip that made real pieces.
   */
  private static boolean readAsPieces(Analysis.KoreanReading reading, IndexWords index)
      throws IOException {
    for (Analysis.TermSpan morpheme : reading.spans()) {
      if (index.docFreq(Fields.KOREAN, morpheme.term()) == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The question's Hangul words, each with its shortest stem: the word without particles and
   * light-verb endings, as the spelling field's analysis strips them.
   */
  private List<HangulWord> hangulWords(String text) {
    Map<Integer, String> shortest = new LinkedHashMap<>();
    for (Analysis.TermSpan form : analysis.termSpans(Fields.SPELLING_HANGUL, text)) {
      String stem = SpellingFilter.fromJamo(form.term());
      shortest.merge(form.start(), stem, (a, b) -> a.length() <= b.length() ? a : b);
    }
    return shortest.entrySet().stream().map(e -> new HangulWord(e.getKey(), e.getValue())).toList();
  }
}
