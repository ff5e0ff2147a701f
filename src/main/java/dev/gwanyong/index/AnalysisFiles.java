package dev.gwanyong.index;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Reads the files of the analysis folder ({@code config/analysis/}), each as its lines without
 * comments and blank lines (a missing file has none), and keeps a digest of the chain's version and
 * of every file read, which {@link Analysis#fingerprint()} is. A malformed file is named in the
 * {@link IllegalArgumentException}.
 */
final class AnalysisFiles {

  static final String USER_DICTIONARY = "userdict-ko.txt";
  static final String SYNONYMS = "synonyms.txt";
  static final String STOPWORDS = "stopwords-ko.txt";
  static final String ENGLISH_STOPWORDS = "stopwords-en.txt";
  static final String IRREGULAR_FORMS = "irregular-en.txt";

  /**
   * Irregular forms generated from WordNet (scripts/analysis/), read after the hand-written ones,
   * which win.
   */
  static final String GENERATED_IRREGULAR_FORMS = "generated/irregular-en.wordnet.tsv";

  /**
   * British spellings and the American forms the lexicon lists (emphasise, emphasize), generated
   * from SCOWL (scripts/lexicon/), read as irregular forms are, after them.
   */
  static final String BRITISH_FORMS = "generated/british-en.scowl.tsv";

  static final String NUMBER_CUES = "number-cues.txt";
  static final String FRAME_WORDS = "frame-words-en.txt";
  static final String REMARK_WORDS = "remark-words-en.txt";
  static final String KOREAN_REMARK_WORDS = "remark-words-ko.txt";

  /**
   * Nouns and the verbs WordNet relates them to (founder, found), generated (scripts/analysis/).
   */
  static final String DERIVATIONS = "generated/derivations-en.wordnet.tsv";

  /**
   * The native numerals' forms before a counter and their cardinals (두 → 둘), generated from ICU
   * (scripts/lexicon/).
   */
  static final String NATIVE_NUMERALS = "generated/native-numerals-icu.tsv";

  private final Path folder;
  private final MessageDigest digest;

  AnalysisFiles(Path folder, String chainVersion) {
    this.folder = folder;
    this.digest = sha256(chainVersion);
  }

  Path path(String name) {
    return folder.resolve(name);
  }

  /** A digest of the chain's version and the files read so far. */
  String fingerprint() {
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Nori's user dictionary; none when the file is missing or empty. */
  UserDictionary userDictionary() throws IOException {
    List<String> entries = lines(USER_DICTIONARY);
    if (entries.isEmpty()) {
      return null;
    }
    try (Reader reader = new StringReader(String.join("\n", entries))) {
      return UserDictionary.open(reader);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(path(USER_DICTIONARY) + ": " + e.getMessage(), e);
    }
  }

  /** Lines of attributive<TAB>cardinal. */
  CharArrayMap<String> nativeNumerals() throws IOException {
    CharArrayMap<String> numerals = new CharArrayMap<>(64, false);
    for (String line : lines(NATIVE_NUMERALS)) {
      String[] columns = line.split("\t");
      if (columns.length != 2) {
        throw new IllegalArgumentException(
            path(NATIVE_NUMERALS) + ": expected attributive<TAB>cardinal, found: " + line);
      }
      numerals.put(columns[0].strip(), columns[1].strip());
    }
    return numerals;
  }

  /**
   * The irregular English forms, hand-written then generated, and the British spellings, each
   * mapped to its base's Porter stem; a form listed twice keeps its first base. None when the files
   * are missing or empty.
   */
  StemmerOverrideFilter.StemmerOverrideMap irregularForms() throws IOException {
    StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
    boolean any = false;
    try (Analyzer porter = porterStems()) {
      for (String name : List.of(IRREGULAR_FORMS, GENERATED_IRREGULAR_FORMS, BRITISH_FORMS)) {
        for (String line : lines(name)) {
          String[] pair = line.split("\t");
          if (pair.length != 2) {
            throw new IllegalArgumentException(
                path(name) + ": expected form<TAB>base in '" + line + "'");
          }
          String base = pair[1].strip().toLowerCase(Locale.ROOT);
          builder.add(pair[0].strip().toLowerCase(Locale.ROOT), stem(porter, base));
          any = true;
        }
      }
    }
    return any ? builder.build() : null;
  }

  /** The file's lines without comments and blank lines; a missing file has none. */
  List<String> lines(String name) throws IOException {
    Path file = path(name);
    List<String> lines = new ArrayList<>();
    if (!Files.exists(file)) {
      return lines;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String content = line.strip();
      if (!content.isEmpty() && !content.startsWith("#")) {
        lines.add(content);
      }
    }
    digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
    digest.update(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    return lines;
  }

  private static Analyzer porterStems() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new KeywordTokenizer();
        return new TokenStreamComponents(
            tokenizer, new PorterStemFilter(new LowerCaseFilter(tokenizer)));
      }
    };
  }

  private static String stem(Analyzer porter, String word) throws IOException {
    try (TokenStream stream = porter.tokenStream("", word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      String stem = stream.incrementToken() ? term.toString() : word;
      stream.end();
      return stem;
    }
  }

  private static MessageDigest sha256(String seed) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(seed.getBytes(StandardCharsets.UTF_8));
      return digest;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
