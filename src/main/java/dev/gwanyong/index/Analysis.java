package dev.gwanyong.index;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.ConnectionCosts;
import org.apache.lucene.analysis.ko.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ko.dict.UnknownDictionary;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * The one place that builds analyzers. Korean goes through Nori with the project's user dictionary
 * (loanwords and names Nori would split wrongly), Latin script through Lucene's English analyzer,
 * and Hangul also into character bigrams. Synonyms and short forms (오픈 소스/오픈소스, k8s) are expanded
 * at query time only, so editing the list needs no re-index.
 *
 * <p>The files live in {@code config/analysis/}: {@code userdict-ko.txt}, {@code synonyms.txt}
 * (Solr format) and {@code stopwords-ko.txt} and {@code stopwords-en.txt}. Their digest is {@link
 * #fingerprint()}, which the index records so that an index built with other analysis is rebuilt
 * rather than searched wrongly.
 */
public final class Analysis {

  /**
   * Bump when the analysis chain or the stored fields change in code (including what the index
   * keeps of the analysis, {@link PassageTerms}), so existing indexes are rebuilt.
   */
  private static final String CHAIN_VERSION = "62";

  /**
   * Nori's tags of dictionary vocabulary, not of proper nouns (NNP), foreign or Chinese letters and
   * unknowns.
   */
  private static final Set<POS.Tag> COMMON_WORD_TAGS =
      EnumSet.of(
          POS.Tag.NNG,
          POS.Tag.NNB,
          POS.Tag.NNBC,
          POS.Tag.NR,
          POS.Tag.VV,
          POS.Tag.VA,
          POS.Tag.MAG,
          POS.Tag.MAJ,
          POS.Tag.MM,
          POS.Tag.IC,
          POS.Tag.XR);

  /**
   * How many texts' {@link #queryPaths} are remembered, at most about 2 MiB of heap: the 1,000
   * questions of {@code bench} (half of them English) bring some 4,500.
   */
  static final int PATHS_REMEMBERED = 8192;

  private final CharArraySet englishStopwords;

  /**
   * The Snowball project's English stop words, as Lucene ships them: pronouns, auxiliaries,
   * prepositions and the like. A question word the lexicon does not translate and this list holds
   * is a function word ({@link #isEnglishFunctionWord}).
   */
  private final CharArraySet snowballStopwords;

  private final SynonymMap synonyms;
  private final Map<String, NumberCue> numberCues = new HashMap<>();
  private final QuestionText questionText;

  /** The verbs an English noun is related to, as written: found for founder. */
  private final Map<String, List<String>> verbsOfNouns = new HashMap<>();

  private final String fingerprint;
  private final Analyzer indexAnalyzer;

  /**
   * The index analyzer with a name's initials in the English fields: what documents are written
   * with.
   */
  private final Analyzer documentAnalyzer;

  private final Analyzer queryAnalyzer;

  /** {@link #queryPaths} by field and text. */
  private final Remembered<String, Set<List<String>>> rememberedPaths =
      new Remembered<>(PATHS_REMEMBERED);

  private Analysis(Path folder) throws IOException, ParseException {
    AnalysisFiles files = new AnalysisFiles(folder, CHAIN_VERSION);
    UserDictionary userDictionary = files.userDictionary();
    CharArraySet koreanStopwords = new CharArraySet(files.lines(AnalysisFiles.STOPWORDS), true);
    CharArrayMap<String> nativeNumerals = files.nativeNumerals();
    this.englishStopwords = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    englishStopwords.addAll(files.lines(AnalysisFiles.ENGLISH_STOPWORDS));
    this.snowballStopwords = snowballEnglishStopwords();
    AnalyzerChains chains =
        new AnalyzerChains(
            userDictionary,
            koreanStopwords,
            englishStopwords,
            snowballStopwords,
            nativeNumerals,
            files.irregularForms());
    Analyzer plainKorean = chains.korean(false, null, false);
    SolrSynonymParser parser = new SolrSynonymParser(true, true, plainKorean);
    parser.parse(new StringReader(String.join("\n", files.lines(AnalysisFiles.SYNONYMS))));
    this.synonyms = parser.build();
    this.fingerprint = files.fingerprint();
    this.indexAnalyzer = chains.indexAnalyzer();
    this.documentAnalyzer = chains.documentAnalyzer();
    // Read after the fingerprint: number cues only say what a question asks for, and never change
    // the index.
    for (String line : files.lines(AnalysisFiles.NUMBER_CUES)) {
      String[] cue = line.split("\t", 2);
      NumberCue kind = numberCueOf(cue, files, line);
      indexTerms(Fields.KOREAN, cue[0]).forEach(term -> numberCues.put(term, kind));
      indexTerms(Fields.ENGLISH, cue[0]).forEach(term -> numberCues.put(term, kind));
    }
    this.questionText =
        new QuestionText(
            englishStopwords,
            files.lines(AnalysisFiles.FRAME_WORDS),
            files.lines(AnalysisFiles.REMARK_WORDS),
            files.lines(AnalysisFiles.KOREAN_REMARK_WORDS));
    // Kept as written and stemmed when a question asks: stemming the 6,854 pairs here cost every
    // start 60-100 ms.
    for (String line : files.lines(AnalysisFiles.DERIVATIONS)) {
      String[] pair = line.split("\t");
      if (pair.length == 2) {
        verbsOfNouns.computeIfAbsent(pair[0], n -> new ArrayList<>(1)).add(pair[1]);
      }
    }
    this.queryAnalyzer = chains.queryAnalyzer(synonyms);
  }

  /**
   * Starts reading Nori's dictionaries on a thread of their own, for a command that will analyse
   * text once it has read its configuration. Nori reads them when its first tokenizer is made,
   * about half a second of decoding (the word connection costs alone are 10 million numbers) that
   * otherwise waits for the files read before it; a tokenizer made while they are still being read
   * waits for them.
   */
  public static void startReadingDictionaries() {
    Thread.ofPlatform()
        .name("nori-dictionaries")
        .daemon()
        .start(
            () -> {
              TokenInfoDictionary.getInstance();
              UnknownDictionary.getInstance();
              ConnectionCosts.getInstance();
            });
  }

  /**
   * Loads the analysis files of a folder; a missing file counts as empty.
   *
   * @throws IllegalArgumentException naming the file, when a file is malformed
   */
  public static Analysis load(Path folder) {
    try {
      return new Analysis(folder);
    } catch (ParseException e) {
      throw new IllegalArgumentException(
          folder.resolve(AnalysisFiles.SYNONYMS)
              + ": "
              + e.getMessage()
              + ": "
              + e.getCause().getMessage(),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read analysis files in " + folder, e);
    }
  }

  /**
   * Whether an English word (lower case, as written) is one of the Snowball list's function words:
   * under, against, again. A question word the lexicon does not translate is searched by its sound
   * alone, and "under" would find 언더그라운드; the caller asks only of such words, so that a word the
   * lexicon translates keeps its group (before, 전).
   */
  public boolean isEnglishFunctionWord(String word) {
    return snowballStopwords.contains(word);
  }

  /**
   * Whether an English word (lower case) is a stop word of {@code stopwords-en.txt} that neither
   * Lucene's nor the Snowball list has: mostly the general nouns and quantifiers that frame a
   * question (way, thing, one), which a name may also be made of (the Apache Way); the caller asks
   * the index whether it writes the word so.
   */
  public boolean isEnglishStopNoun(String word) {
    return englishStopwords.contains(word)
        && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)
        && !snowballStopwords.contains(word);
  }

  private static CharArraySet snowballEnglishStopwords() throws IOException {
    try (Reader list =
        IOUtils.getDecodingReader(
            IOUtils.requireResourceNonNull(
                SnowballFilter.class.getResourceAsStream("english_stop.txt"), "english_stop.txt"),
            StandardCharsets.UTF_8)) {
      return WordlistLoader.getSnowballWordSet(list);
    }
  }

  /** Analyzers for writing documents, by field. */
  public Analyzer indexAnalyzer() {
    return indexAnalyzer;
  }

  /**
   * Analyzers for questions, by field: the index's, plus synonym expansion on the Korean fields; on
   * {@link Fields#TRANSLITERATION} the question's English words and word pairs are read into
   * phonetic keys.
   */
  public Analyzer queryAnalyzer() {
    return queryAnalyzer;
  }

  /**
   * What number a question term (Korean or English stem) asks for: a percentage for 비율, a year for
   * 연도.
   */
  public NumberCue numberCue(String term) {
    return numberCues.getOrDefault(term, NumberCue.NONE);
  }

  private static NumberCue numberCueOf(String[] cue, AnalysisFiles files, String line) {
    try {
      return NumberCue.named(cue.length > 1 ? cue[1] : "");
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          files.path(AnalysisFiles.NUMBER_CUES) + ": " + e.getMessage() + " in '" + line + "'", e);
    }
  }

  /**
   * What a normalised question asks, without what only surrounds it in chat: emoji and ㅋㅋ, a "Q:"
   * label, the words that frame an English question ("I'd like to know who founded Mesosphere" asks
   * "who founded Mesosphere?") and the thanks after it; an English definition question asks for its
   * term ("What does BDFL stand for?" as "BDFL?"); a remark that asks nothing ("ok thanks") is
   * empty. A question is searched and judged by this.
   */
  public String asked(String question) {
    return questionText.asked(question);
  }

  /**
   * What a question {@link #asked asks}, as it is searched and judged: a Korean one with the
   * question mark chat leaves off ({@link QuestionText#withQuestionMark}).
   */
  public static String searched(String asked) {
    return QuestionText.withQuestionMark(asked);
  }

  /**
   * The stems of the verbs WordNet relates an English noun (lower case, singular or plural) to,
   * which English text may say instead: found for founder and founders, acquir for acquisition;
   * none for a word that is no such noun.
   */
  public Set<String> verbsOf(String noun) {
    List<String> verbs = verbsOfNouns.get(noun);
    if (verbs == null && noun.endsWith("s")) {
      String stem = noun.substring(0, noun.length() - 1);
      verbs = verbsOfNouns.get(stem);
      if (verbs == null && noun.endsWith("es")) {
        verbs = verbsOfNouns.get(noun.substring(0, noun.length() - 2));
      }
      if (verbs == null && noun.endsWith("ies")) {
        verbs = verbsOfNouns.get(noun.substring(0, noun.length() - 3) + "y");
      }
    }
    if (verbs == null) {
      return Set.of();
    }
    Set<String> own = indexTerms(Fields.ENGLISH, noun);
    Set<String> stems = new LinkedHashSet<>();
    for (String verb : verbs) {
      Set<String> stem = indexTerms(Fields.ENGLISH, verb);
      if (stem.size() == 1 && !stem.equals(own)) {
        stems.addAll(stem);
      }
    }
    return stems;
  }

  /** A digest of the analysis chain and its files. */
  public String fingerprint() {
    return fingerprint;
  }

  /** The terms the query analyzer produces for a field, in order, duplicates removed. */
  public Set<String> queryTerms(String field, String text) {
    return analyse(queryAnalyzer, field, text).terms();
  }

  /**
   * Every way the query analyzer reads the text once synonyms are expanded, as term sequences:
   * "open source" gives [open, source], [오픈, 소스], [공개, 소프트웨어] and so on, each a path through the
   * synonym graph. The set is read-only and in the order the graph gives the paths.
   *
   * <p>An English question word brings each of its Korean translations here for their synonyms (go:
   * 가다, 진행, 일어나다 and eight more), Nori reading each again; the same few thousand translations of
   * common words come back question after question, so their paths are remembered ({@link
   * #PATHS_REMEMBERED}).
   */
  public Set<List<String>> queryPaths(String field, String text) {
    return rememberedPaths.get(
        field + '\u0000' + text, key -> Collections.unmodifiableSet(graphPaths(field, text)));
  }

  private Set<List<String>> graphPaths(String field, String text) {
    Set<List<String>> paths = new LinkedHashSet<>();
    try (TokenStream stream = queryAnalyzer.tokenStream(field, text)) {
      GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(stream);
      for (var it = graph.getFiniteStrings(); it.hasNext(); ) {
        try (TokenStream path = it.next()) {
          CharTermAttribute term = path.addAttribute(CharTermAttribute.class);
          List<String> terms = new ArrayList<>();
          path.reset();
          while (path.incrementToken()) {
            terms.add(term.toString());
          }
          path.end();
          if (!terms.isEmpty()) {
            paths.add(List.copyOf(terms));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    }
    return paths;
  }

  /** The terms the index analyzer produces for a field, in order, duplicates removed. */
  public Set<String> indexTerms(String field, String text) {
    return analyse(indexAnalyzer, field, text).terms();
  }

  /**
   * The tokens of a document's field, kept to be indexed and read again without re-analysis: the
   * index analyzer's, and in the English fields the initials of the names the text writes out
   * ({@link InitialsFilter}).
   */
  public AnalysedText analyse(String field, String text) {
    return analyse(documentAnalyzer, field, text);
  }

  /** The terms the index analyzer produces for a field, with their offsets in {@code text}. */
  public List<TermSpan> termSpans(String field, String text) {
    return analyse(indexAnalyzer, field, text).spans();
  }

  private static AnalysedText analyse(Analyzer analyzer, String field, String text) {
    List<AnalysedText.Token> tokens = new ArrayList<>();
    int endIncrement;
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PartOfSpeechAttribute partOfSpeech =
          stream.hasAttribute(PartOfSpeechAttribute.class)
              ? stream.getAttribute(PartOfSpeechAttribute.class)
              : null;
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(
            new AnalysedText.Token(
                term.toString(),
                increment.getPositionIncrement(),
                length.getPositionLength(),
                offset.startOffset(),
                offset.endOffset(),
                partOfSpeech == null ? null : partOfSpeech.getLeftPOS()));
      }
      stream.end();
      endIncrement = increment.getPositionIncrement();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    }
    return new AnalysedText(tokens, text.length(), endIncrement);
  }

  /**
   * A text's Korean terms with their offsets, as {@link #termSpans} gives them for {@link
   * Fields#KOREAN}, and those of them that Nori's dictionary holds as common words (nouns, verbs,
   * adjectives, adverbs and the like) rather than as proper nouns, foreign or unknown words: 없이 or
   * the 날 and 짜 of 날짜 are vocabulary even where the lexicon lacks them, while 차범근 and 므술레멧 are
   * names. One pass of Nori gives both.
   */
  public KoreanReading readKorean(String text) {
    AnalysedText korean = analyse(indexAnalyzer, Fields.KOREAN, text);
    Set<String> common = new LinkedHashSet<>();
    korean.tagged(COMMON_WORD_TAGS).forEach(word -> common.add(word.term()));
    Set<String> unknown = new LinkedHashSet<>();
    korean.tagged(EnumSet.of(POS.Tag.UNKNOWN)).forEach(word -> unknown.add(word.term()));
    return new KoreanReading(korean.spans(), Set.copyOf(common), Set.copyOf(unknown));
  }

  /**
   * What {@link #readKorean} reads; {@code unknownWords} are the terms Nori found in no dictionary
   * and read by the kind of their characters (굥감).
   */
  public record KoreanReading(
      List<TermSpan> spans, Set<String> commonWords, Set<String> unknownWords) {}

  /** A term of analysed text and where it stands in that text. */
  public record TermSpan(String term, int start, int end) {}
}
