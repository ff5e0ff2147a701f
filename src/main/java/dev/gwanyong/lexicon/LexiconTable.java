package dev.gwanyong.lexicon;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.Fields;
import dev.gwanyong.index.SentenceMarks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The entries of one tier of the {@link Lexicon}, analysed: English stems to Korean term sequences,
 * single Korean term sequences of up to {@value Lexicon#MAX_COMPOUND} terms back to English stems
 * (a compound Nori splits, 물리 | 학 for physics), and the English words whose every translation
 * Korean analysis drops. A phrase some of whose words English analysis drops (get up, look for, at
 * least, ability to judge) is kept apart, with its words as written: keyed by its stems alone it
 * would give get the translations of get up, get out and get off, 일어나다, 나가다 and 내리다, wherever a
 * question said get.
 */
final class LexiconTable {

  /**
   * An object with nothing of its own to index: the pronoun is a stop tag and the particle is
   * dropped.
   */
  private static final String OBJECT = "그것을";

  /** A particle after a noun, which Nori drops. */
  private static final String PARTICLE = "에";

  /**
   * The genitive particle that ends an adjective's translation (영어의, 현대의, 내부의). Standing alone,
   * Nori reads it as part of a word or as a noun (의, "righteousness"), and the word before it as
   * anything: 현대의 was [현, 대의], 내부의 [부의] ("condolence money"), 영어의 [영어, 의]. Before a noun it is the
   * particle it is, and the translation is read so. A word that ends in the syllable (회의, 협의, 정의)
   * is read as it stands.
   */
  private static final String GENITIVE = "의";

  /**
   * A noun with nothing of its own to index, the stop word a genitive modifies in {@link
   * #inSentence}.
   */
  private static final String THING = "것";

  private static final Set<String> OBJECT_PRONOUNS =
      Set.of("it", "them", "him", "her", "me", "you", "us", "this", "that");

  private final Map<List<String>, Set<List<String>>> englishToKorean;

  /** The phrases some of whose words analysis drops, by the stems of those it keeps. */
  private final Map<List<String>, List<Spelled>> spelledPhrases;

  private final Set<List<String>> functionWords;
  private final Map<List<String>, Set<String>> koreanToEnglish;
  private final Map<List<String>, Set<List<String>>> koreanToEnglishPhrases;
  private final Set<String> words;
  private final int entries;

  private LexiconTable(
      Map<List<String>, Set<List<String>>> englishToKorean,
      Map<List<String>, List<Spelled>> spelledPhrases,
      Set<List<String>> functionWords,
      Map<List<String>, Set<String>> koreanToEnglish,
      Map<List<String>, Set<List<String>>> koreanToEnglishPhrases,
      Set<String> words,
      int entries) {
    this.englishToKorean = englishToKorean;
    this.spelledPhrases = spelledPhrases;
    this.functionWords = functionWords;
    this.koreanToEnglish = koreanToEnglish;
    this.koreanToEnglishPhrases = koreanToEnglishPhrases;
    this.words = words;
    this.entries = entries;
  }

  /**
   * Reads and analyses the files, in order, as one table.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed entry
   */
  static LexiconTable read(List<Path> files, Analysis analysis, TableCache cache) {
    List<List<String>> linesOfFiles = files.stream().map(LexiconTable::readLines).toList();
    String key = TableCache.key(linesOfFiles, analysis.fingerprint());
    // Cached entries were parsed when they were stored, and a malformed file is never stored.
    List<Analysed> analysed =
        cache
            .read(key)
            .orElseGet(
                () -> {
                  List<Lexicon.Entry> parsed = parse(files, linesOfFiles);
                  // Analysing tens of thousands of translations is most of a cold start; entries
                  // are independent, so they are analysed on every core and merged in file order,
                  // which decides precedence.
                  List<Analysed> fresh =
                      parsed.parallelStream().map(entry -> Analysed.of(entry, analysis)).toList();
                  cache.write(key, fresh);
                  return fresh;
                });
    Map<List<String>, Set<List<String>>> forward = new HashMap<>();
    Map<List<String>, List<Spelled>> spelled = new HashMap<>();
    Map<List<String>, Set<String>> reverse = new HashMap<>();
    Map<List<String>, Set<List<String>>> reversePhrases = new HashMap<>();
    Set<List<String>> function = new HashSet<>();
    Set<String> words = new HashSet<>();
    int entries = 0;
    for (Analysed entry : analysed) {
      List<String> stems = entry.stems();
      if (!usable(stems)) {
        continue;
      }
      entries++;
      if (entry.english().chars().allMatch(c -> c >= 'a' && c <= 'z')) {
        words.add(entry.english());
      }
      if (!entry.written().isEmpty() && !entry.korean().isEmpty()) {
        spelled
            .computeIfAbsent(stems, k -> new ArrayList<>())
            .add(new Spelled(entry.written(), entry.keptWords(), Set.copyOf(entry.korean())));
      }
      for (List<String> terms : entry.korean()) {
        if (entry.written().isEmpty()) {
          forward.computeIfAbsent(stems, k -> new LinkedHashSet<>()).add(terms);
        }
        // A Korean word still reads back to the stems: English text that says "gave up" is indexed
        // as give.
        if (terms.size() <= Lexicon.MAX_COMPOUND && stems.size() == 1) {
          reverse.computeIfAbsent(terms, k -> new LinkedHashSet<>()).add(stems.getFirst());
        } else if (terms.size() <= Lexicon.MAX_COMPOUND) {
          reversePhrases.computeIfAbsent(terms, k -> new LinkedHashSet<>()).add(stems);
        }
      }
      if (entry.korean().isEmpty() && entry.written().isEmpty()) {
        function.add(stems);
      }
    }
    function.removeAll(forward.keySet());
    spelled.replaceAll((stems, phrases) -> List.copyOf(phrases));
    return new LexiconTable(
        frozen(forward),
        Map.copyOf(spelled),
        immutable(function),
        frozen(reverse),
        frozen(reversePhrases),
        immutable(words),
        entries);
  }

  private static List<Lexicon.Entry> parse(List<Path> files, List<List<String>> linesOfFiles) {
    List<Lexicon.Entry> parsed = new ArrayList<>();
    for (int f = 0; f < files.size(); f++) {
      List<String> lines = linesOfFiles.get(f);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          parsed.add(Lexicon.Entry.parse(line, files.get(f).getFileName() + ": line " + (i + 1)));
        }
      }
    }
    return parsed;
  }

  /**
   * An immutable copy, values too: the tables hold tens of thousands of small sets, which as
   * immutable sets take a fifth of the heap they take as the linked sets that collected them. The
   * collecting map's values are replaced on the way, as it is thrown away after.
   */
  private static <K, V> Map<K, Set<V>> frozen(Map<K, Set<V>> map) {
    map.replaceAll((key, values) -> immutable(values));
    return Map.copyOf(map);
  }

  /**
   * An immutable copy of a set. {@link Set#copyOf} first copies its argument into a hash set, to
   * drop duplicates a set has none of: for the tens of thousands of small sets of the tables, a
   * fifth of what loading the lexicon allocated.
   */
  @SuppressWarnings("unchecked")
  private static <V> Set<V> immutable(Set<V> values) {
    return (Set<V>) Set.of(values.toArray());
  }

  /**
   * An entry as analysed: its English stems and the term sequences of the translations analysis
   * keeps; and when analysis drops some of its English words, all of them as written and the word
   * each stem was read from.
   */
  record Analysed(
      String english,
      List<String> stems,
      List<List<String>> korean,
      List<String> written,
      List<Integer> keptWords) {

    static Analysed of(Lexicon.Entry entry, Analysis analysis) {
      List<Analysis.TermSpan> spans = analysis.termSpans(Fields.ENGLISH, entry.english());
      List<String> stems = spans.stream().map(Analysis.TermSpan::term).toList();
      WrittenWords words = WrittenWords.of(entry.english());
      List<Integer> keptWords = words.wordsOf(spans);
      boolean dropsWords = keptWords.stream().distinct().count() < words.size();
      List<List<String>> korean = new ArrayList<>();
      if (usable(stems)) {
        for (String translation : entry.korean()) {
          boolean genitive = modifiesWithGenitive(analysis, translation);
          List<String> inSentence = inSentence(analysis, translation, genitive);
          List<String> terms =
              genitive && !inSentence.isEmpty()
                  ? inSentence
                  : terms(analysis, Fields.KOREAN, translation);
          if (losesNegation(translation, terms)) {
            continue;
          }
          if (!terms.isEmpty()) {
            korean.add(terms);
          }
          if (!inSentence.isEmpty() && !korean.contains(inSentence)) {
            korean.add(inSentence);
          }
          // Korean may write a noun and its light verb apart or together (고장 난, 고장난), and Nori
          // reads the two differently: [고장, 나] and the one verb 고장나, as in 시계가 고장났다.
          if (translation.contains(" ")) {
            List<String> closedUp = terms(analysis, Fields.KOREAN, translation.replace(" ", ""));
            if (!closedUp.isEmpty() && !korean.contains(closedUp)) {
              korean.add(closedUp);
            }
          }
        }
      }
      return dropsWords
          ? new Analysed(entry.english(), stems, korean, words.all(), keptWords)
          : new Analysed(entry.english(), stems, korean, List.of(), List.of());
    }
  }

  /**
   * Whether analysis keeps a negated translation's words but not its negation, which stands apart
   * and is a stop word (없다, 않다): generic's 상표가 없는 ("with no brand") is read as 상표, the brand
   * itself, so 상표 was translated as generic and met "generally"; invisible's 보이지 않는 as 보이다,
   * considerable's 적지 않은 as 적다 ("few"). A word that holds its negation (끊임없다, 재미없다) keeps it.
   */
  private static boolean losesNegation(String translation, List<String> terms) {
    return SentenceMarks.of(translation).negates()
        && terms.stream().noneMatch(t -> SentenceMarks.of(t).negates());
  }

  /**
   * A phrase some of whose words analysis drops: its words as written and the word each stem was
   * read from.
   */
  record Spelled(List<String> words, List<Integer> keptWords, Set<List<String>> korean) {

    /**
     * Whether the question writes the phrase where its stems were read from: the same words between
     * them, and the dropped words around them as the phrase has them.
     */
    boolean writtenIn(WrittenWords question, List<Integer> stemWords) {
      if (words.size() == 2 && keptWords.equals(List.of(0))) {
        // A verb and its particle, which English parts for a pronoun object: try it on, pick him
        // up.
        int next = stemWords.getFirst() + 1;
        return question.is(next, words.getLast())
            || OBJECT_PRONOUNS.contains(question.word(next))
                && question.is(next + 1, words.getLast());
      }
      int start = stemWords.getFirst() - keptWords.getFirst();
      if (start < 0
          || start + words.size() > question.size()
          || stemWords.size() != keptWords.size()) {
        return false;
      }
      for (int i = 0; i < keptWords.size(); i++) {
        if (stemWords.get(i) - keptWords.get(i) != start) {
          return false;
        }
      }
      for (int i = 0; i < words.size(); i++) {
        if (!keptWords.contains(i) && !question.is(start + i, words.get(i))) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * A translation's terms as Nori reads it inside a sentence, where its segmentation can differ
   * from the word's alone: 좋아하다 alone is 좋 (좋다 + 아 + 하다), but after an object (사람을 좋아한다) it is 좋아하;
   * 동물원 alone is one word, but before a particle (동물원에) it is 동물 + 원. Only the second reading
   * matches such sentences. A genitive modifier is read before a noun, the stop word {@link
   * #THING}.
   */
  private static List<String> inSentence(Analysis analysis, String translation, boolean genitive) {
    boolean predicate = translation.endsWith("다");
    String before = predicate ? OBJECT + " " : "";
    String after = predicate ? "" : genitive ? " " + THING : PARTICLE;
    String text = before + translation + after;
    return analysis.termSpans(Fields.KOREAN, text).stream()
        .filter(span -> span.start() >= before.length())
        .map(Analysis.TermSpan::term)
        .toList();
  }

  /**
   * Whether a translation ends in the genitive particle, not in a word Nori's dictionary has whole
   * (회의).
   */
  private static boolean modifiesWithGenitive(Analysis analysis, String translation) {
    if (!translation.endsWith(GENITIVE) || translation.length() == GENITIVE.length()) {
      return false;
    }
    Analysis.KoreanReading alone = analysis.readKorean(translation);
    return !(alone.spans().size() == 1
        && alone.spans().getFirst().term().equals(translation)
        && alone.commonWords().contains(translation));
  }

  /** A stop word or an over-long phrase is nothing a question could look up. */
  private static boolean usable(List<String> stems) {
    return !stems.isEmpty() && stems.size() <= Lexicon.MAX_PHRASE;
  }

  int size() {
    return entries;
  }

  /** The English stem sequences the table has, with translations or as function words. */
  Stream<List<String>> englishKeys() {
    return Stream.of(englishToKorean.keySet(), spelledPhrases.keySet(), functionWords)
        .flatMap(Set::stream);
  }

  /** Whether the table has the English stems, with translations or as a function word. */
  boolean knows(List<String> englishStems) {
    return englishToKorean.containsKey(englishStems) || functionWords.contains(englishStems);
  }

  Set<List<String>> korean(List<String> englishStems) {
    return englishToKorean.getOrDefault(englishStems, Set.of());
  }

  /**
   * The translations of the stems, with those of the phrases of them the question writes around
   * them.
   */
  Set<List<String>> korean(
      List<String> englishStems, WrittenWords question, List<Integer> stemWords) {
    List<Spelled> spelled = spelledIn(englishStems, question, stemWords);
    if (spelled.isEmpty()) {
      return korean(englishStems);
    }
    Set<List<String>> korean = new LinkedHashSet<>(korean(englishStems));
    spelled.forEach(phrase -> korean.addAll(phrase.korean()));
    return korean;
  }

  private List<Spelled> spelledIn(
      List<String> englishStems, WrittenWords question, List<Integer> stemWords) {
    return spelledPhrases.getOrDefault(englishStems, List.of()).stream()
        .filter(phrase -> phrase.writtenIn(question, stemWords))
        .toList();
  }

  boolean isFunctionWord(List<String> englishStems) {
    return functionWords.contains(englishStems);
  }

  Set<String> english(List<String> koreanTerms) {
    return koreanToEnglish.getOrDefault(koreanTerms, Set.of());
  }

  /** The English phrases (two words or more) that translate a Korean term sequence. */
  Set<List<String>> englishPhrases(List<String> koreanTerms) {
    return koreanToEnglishPhrases.getOrDefault(koreanTerms, Set.of());
  }

  /**
   * The one-word English entries as written (lower case), which a misspelled question word may be
   * meant as.
   */
  Set<String> words() {
    return words;
  }

  /** The terms in order, repeats kept ("year over year"), as a question's words are looked up. */
  private static List<String> terms(Analysis analysis, String field, String text) {
    return analysis.termSpans(field, text).stream().map(Analysis.TermSpan::term).toList();
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon file " + file, e);
    }
  }
}
