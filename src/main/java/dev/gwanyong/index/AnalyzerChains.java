package dev.gwanyong.index;

import java.io.Reader;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analyzer chains that {@link Analysis} builds from its files, by field: the index's, and the
 * questions' with synonyms expanded on the Korean fields and the two phonetic key readers swapped.
 * A change here changes what the index holds, so it bumps {@code Analysis.CHAIN_VERSION}.
 */
final class AnalyzerChains {

  /**
   * Nori's default stop tags plus copulas (이다, 아니다), auxiliary verbs and pronouns (무엇, 이것), which
   * carry no topic.
   */
  private static final Set<POS.Tag> STOP_TAGS = stopTags();

  private static final NormalizeCharMap JOIN_HYPHENS = joinHyphens();

  private final UserDictionary userDictionary;
  private final CharArraySet koreanStopwords;
  private final CharArraySet englishStopwords;

  /** The English words read into no phonetic key: the stop words and Snowball's function words. */
  private final CharArraySet keylessWords;

  private final CharArrayMap<String> nativeNumerals;
  private final StemmerOverrideFilter.StemmerOverrideMap irregularForms;

  AnalyzerChains(
      UserDictionary userDictionary,
      CharArraySet koreanStopwords,
      CharArraySet englishStopwords,
      CharArraySet snowballStopwords,
      CharArrayMap<String> nativeNumerals,
      StemmerOverrideFilter.StemmerOverrideMap irregularForms) {
    this.userDictionary = userDictionary;
    this.koreanStopwords = koreanStopwords;
    this.englishStopwords = englishStopwords;
    this.keylessWords = new CharArraySet(englishStopwords, true);
    keylessWords.addAll(snowballStopwords);
    this.nativeNumerals = nativeNumerals;
    this.irregularForms = irregularForms;
  }

  /** The analyzers for the index's side, by field: how its words and the lexicon's are read. */
  Analyzer indexAnalyzer() {
    return perField(
        korean(false, null, false),
        english(false),
        transliterationOfHangul(userDictionary),
        transliterationOfLatin());
  }

  /**
   * The index side's analyzers for writing documents: the English fields add a name's initials too.
   */
  Analyzer documentAnalyzer() {
    return perField(
        korean(false, null, true),
        english(true),
        transliterationOfHangul(userDictionary),
        transliterationOfLatin());
  }

  /**
   * The analyzers for questions, by field: synonyms expanded on the Korean fields, the key readers
   * swapped.
   */
  Analyzer queryAnalyzer(SynonymMap synonyms) {
    return perField(
        korean(true, synonyms, false),
        english(false),
        transliterationOfLatin(),
        transliterationOfHangul(userDictionary));
  }

  /**
   * The analyzers by field; {@code transliteration} reads {@link Fields#TRANSLITERATION} and {@code
   * transliterationLatin} {@link Fields#TRANSLITERATION_LATIN}, the same two key readers swapped
   * between the index side and the question side.
   */
  private Analyzer perField(
      Analyzer korean, Analyzer english, Analyzer transliteration, Analyzer transliterationLatin) {
    return new PerFieldAnalyzerWrapper(
        korean,
        Map.of(
            Fields.ENGLISH,
            english,
            Fields.TRANSLATION,
            english,
            Fields.BIGRAMS,
            bigrams(),
            Fields.TRANSLITERATION,
            transliteration,
            Fields.TRANSLITERATION_LATIN,
            transliterationLatin,
            Fields.SPELLING_LATIN,
            spelling(SpellingFilter::latin),
            Fields.NAMES_LATIN,
            latinNames(),
            Fields.SPELLING_HANGUL,
            spelling(SpellingFilter::hangul)));
  }

  /**
   * The index side of {@link Fields#TRANSLITERATION} and the question side of {@link
   * Fields#TRANSLITERATION_LATIN}: whole Hangul words, not Nori's morphemes, because Nori splits
   * the loanwords it does not know (텔레메트리 into 텔레 | 메트리); {@link PhoneticFilter} strips their
   * particles and asks Nori only whether a word is an inflected native one.
   */
  private static Analyzer transliterationOfHangul(UserDictionary userDictionary) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(
            tokenizer, PhoneticFilter.hangul(tokenizer, userDictionary));
      }
    };
  }

  /**
   * The question side of {@link Fields#TRANSLITERATION} and the index side of {@link
   * Fields#TRANSLITERATION_LATIN}: English words, hyphenated ones joined (on-premises = 온프레미스),
   * stop words dropped, each word and each pair of adjacent words (load balancer = 로드밸런서) read into
   * phonetic keys. A pair across a dropped stop word has a filler in it and gives no key.
   */
  private Analyzer transliterationOfLatin() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        // A possessive's s is no part of the name's sound: Napoleon's is keyed as Napoleon, 나폴레옹.
        // Nor are accents, which English writes on foreign names and often drops (Nürburgring,
        // Nurburgring).
        TokenStream stream = new LowerCaseFilter(new EnglishPossessiveFilter(tokenizer));
        stream = new ASCIIFoldingFilter(stream);
        // The English stop words (with question words) and Snowball's function words (were, both,
        // over): their keys would only match Korean words by chance, alone or in pairs ("were both"
        // read as 아르바이트).
        stream = new StopFilter(stream, keylessWords);
        ShingleFilter pairs = new ShingleFilter(stream, 2, 2);
        pairs.setTokenSeparator("");
        stream = PhoneticFilter.latin(pairs);
        return new TokenStreamComponents(tokenizer, stream);
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(JOIN_HYPHENS, reader);
      }
    };
  }

  /**
   * Nori's Korean chain; with {@code writtenVerbs}, a verb Nori read as irregular is also written
   * as the verb it may equally be as written ({@link IrregularStemFilter}), as documents are read:
   * a question asks for both itself ({@code search.HangulGroups}).
   */
  Analyzer korean(boolean expandSynonyms, SynonymMap map, boolean writtenVerbs) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = noriTokenizer();
        TokenStream stream = new UnknownRunFilter(tokenizer, AnalyzerChains.this::noriTokenizer);
        stream =
            new AdjectiveVerbFilter(
                new UnknownWordFilter(new IrregularStemFilter(stream, writtenVerbs)),
                koreanStopwords);
        stream = new SplitNumberFilter(new LatinPossessiveFilter(stream));
        stream = new KoreanStopTagFilter(new KoreanModalFilter(stream), STOP_TAGS, nativeNumerals);
        stream = new KoreanReadingFormFilter(stream);
        stream = new LowerCaseFilter(stream);
        // The Latin words of Korean text too, which often quote a name as its language writes it:
        // 뉘르부르크링(Nürburgring).
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, koreanStopwords);
        stream = new VerbStemFilter(stream);
        if (expandSynonyms && map.fst != null) {
          stream = new SynonymGraphFilter(stream, map, true);
        }
        return new TokenStreamComponents(tokenizer, stream);
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new RieulNominalFilter(reader);
      }
    };
  }

  private Tokenizer noriTokenizer() {
    return new KoreanTokenizer(
        TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
        userDictionary,
        // Each word with its parts, so that IrregularStemFilter sees how a verb was written; it
        // passes the parts on as DISCARD would.
        KoreanTokenizer.DecompoundMode.MIXED,
        false,
        // Punctuation is kept for SplitNumberFilter, which joins 1.0 and then drops it as Nori
        // would.
        false);
  }

  /**
   * Lucene's English chain (possessives, lower case, stop words, Porter stemming) with irregular
   * forms mapped to their base's stem first, so "overtaken" and "overtake" meet; with {@code
   * initials}, a name's initials beside its words ({@link InitialsFilter}).
   */
  private Analyzer english(boolean initials) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        // Latin letters written onto Hangul stay one word here (k8s는), unlike in the spelling, name
        // and bigram fields: the Korean field finds a Korean sentence's Latin words, and in this
        // one, where they are far rarer than the group's Korean word, they would outweigh it (k8s는
        // over 쿠버네티스, PhraseWeightTest; docs/index.md).
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream words = initials ? new InitialsFilter(tokenizer, keylessWords) : tokenizer;
        TokenStream stream = new EnglishPossessiveFilter(NameStopFilter.markNameWords(words));
        stream = new LowerCaseFilter(stream);
        // English text writes a word with its accents or without (Zürich, Zurich; café, cafe).
        stream = new ASCIIFoldingFilter(stream);
        stream = new EnglishModalFilter(new EnglishContractionFilter(stream));
        // Irregular forms first, so that "told" becomes "tell" and is then dropped like "tell"
        // itself.
        if (irregularForms != null) {
          stream = new StemmerOverrideFilter(stream, irregularForms);
        }
        stream = new NameStopFilter(stream, englishStopwords);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
      }
    };
  }

  /** Words as written, for spelling suggestions; the same for documents and questions. */
  private static Analyzer spelling(UnaryOperator<TokenStream> filter) {
    return latinApartFromHangul(words -> filter.apply(new LowerCaseFilter(words)));
  }

  /**
   * The index side of {@link Fields#NAMES_LATIN}: the case of a word decides, so it is lowered only
   * afterwards.
   */
  private static Analyzer latinNames() {
    return latinApartFromHangul(words -> new LowerCaseFilter(new LatinNameFilter(words)));
  }

  private static Analyzer bigrams() {
    return latinApartFromHangul(
        words -> new CJKBigramFilter(new LowerCaseFilter(words), CJKBigramFilter.HANGUL));
  }

  /**
   * Unicode's words, Latin letters and Hangul written together parted ({@link ScriptSpaceFilter}),
   * through {@code filters}.
   */
  private static Analyzer latinApartFromHangul(UnaryOperator<TokenStream> filters) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, filters.apply(tokenizer));
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new ScriptSpaceFilter(reader);
      }
    };
  }

  private static NormalizeCharMap joinHyphens() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    map.add("-", "");
    return map.build();
  }

  private static Set<POS.Tag> stopTags() {
    Set<POS.Tag> tags = EnumSet.copyOf(KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS);
    tags.addAll(List.of(POS.Tag.VCP, POS.Tag.VCN, POS.Tag.VX, POS.Tag.NP));
    tags.remove(
        POS.Tag
            .MM); // but for those that point, ask or count, which KoreanStopTagFilter drops itself
    tags.remove(POS.Tag.MAG);
    tags.remove(POS.Tag.XSN); // but for two, which KoreanStopTagFilter drops itself
    return Set.copyOf(tags);
  }
}
