package dev.gwanyong.lexicon;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.Fields;
import dev.gwanyong.index.HangulSyllables;
import dev.gwanyong.index.KoreanEndings;
import dev.gwanyong.index.SpellingFilter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Respells question words that neither the index nor the lexicon knows ("kubernets histroy", "쿠버네티즈") as the
 * closest word one of them does: an English word by letters, from the index's own words ({@link
 * Fields#SPELLING_LATIN}) and the lexicon's; a Korean word by jamo, from the index's Hangul words ({@link
 * Fields#SPELLING_HANGUL}). A word that is only absent from the corpus is usually too far from every word it has to be
 * respelled, and a correctly spelled word is left alone: one the index or lexicon knows, one found by its phonetic
 * key, or a Korean word Nori reads as one dictionary word.
 */
final class SpellingCorrector {

  /**
   * English words shorter than this are too close to too many others to respell. A slip of a three-letter word (hve,
   * wrk, yur) is still respelled as the commonest word one letter from it, but not a name's or an acronym's: three
   * capitals are one letter from too many others (EPS from EKS, Lec from let).
   */
  static final int MIN_LETTERS = 4;
  /** A word written in small letters, not as a name, may be this short. */
  static final int MIN_LOWER_CASE_LETTERS = 3;
  /** English words from this length may be two edits away; shorter ones one. */
  static final int TWO_EDITS_FROM = 8;
  /**
   * Korean stems shorter than this (in syllables) are respelled only as a word that shares a sentence with another
   * word of the question: two-syllable words are so dense that most are one jamo from another real word.
   */
  static final int MIN_SYLLABLES = 3;
  /** Korean stems shorter than this are left alone. */
  static final int MIN_CONTEXT_SYLLABLES = 2;
  /**
   * How many other words of the question a respelling of a stem Nori reads as a real word after a dropped piece must
   * share a sentence with. With one, as for other stems, 3 of the 1,444 correctly written KorQuAD questions of `bench
   * typos` were respelled wrongly (몇명 as 몇몇); with two, none, and the 4 it respells are their authors' own slips
   * (README, "Misspelled words").
   */
  static final int TRAILING_WORD_CONTEXT = 2;
  /** The largest SCOWL size class of everyday words (10 and 20, as the everyday word list). */
  static final int EVERYDAY = 20;
  /** SCOWL's size class of the commonest words. */
  private static final int COMMONEST = 10;
  /** The rarity of a word in no SCOWL size class. */
  private static final int NO_SIZE_CLASS = 1000;

  private final Analysis analysis;
  private final Lexicon lexicon;

  SpellingCorrector(Analysis analysis, Lexicon lexicon) {
    this.analysis = analysis;
    this.lexicon = lexicon;
  }

  /** The normalised question with its misspelled words respelled; empty when every word is known or unmatched. */
  Optional<String> correct(String text, IndexWords index) throws IOException {
    Map<Span, String> replacements = new LinkedHashMap<>();
    List<Analysis.TermSpan> words = analysis.termSpans(Fields.SPELLING_LATIN, text);
    List<List<Suggestion>> choices = new ArrayList<>();
    for (Analysis.TermSpan word : words) {
      String written = text.substring(word.start(), word.end());
      boolean name = writesAsName(text, word.start(), written);
      int minLetters = name || written.chars().allMatch(Character::isUpperCase) ? MIN_LETTERS : MIN_LOWER_CASE_LETTERS;
      choices.add(written.length() < minLetters ? List.of() : latin(word.term(), name, index));
    }
    List<String> meant = meant(words, choices);
    for (int i = 0; i < words.size(); i++) {
      if (!choices.get(i).isEmpty()) {
        Span span = new Span(words.get(i).start(), words.get(i).end());
        List<String> context = new ArrayList<>(meant);
        context.remove(choices.get(i).getFirst().word());
        Suggestion respelled = inContext(Fields.SPELLING_LATIN, choices.get(i), context, 1, index)
            .orElse(choices.get(i).getFirst());
        replacements.put(span, inCaseOf(text.substring(span.start(), span.end()), respelled.word()));
      }
    }
    List<HangulWord> hangulWords = hangulWords(text);
    List<String> stems = hangulWords.stream().map(word -> SpellingFilter.toJamo(word.stem())).toList();
    for (HangulWord word : hangulWords) {
      Span stem = new Span(word.start(), word.start() + word.stem().length());
      List<String> context = new ArrayList<>(stems);
      context.remove(SpellingFilter.toJamo(word.stem()));
      hangul(word, context, index).ifPresent(r -> replacements.put(stem, r));
    }
    if (replacements.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder respelled = new StringBuilder(text);
    replacements.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<Span, String> e) -> e.getKey().start()).reversed())
        .forEach(e -> respelled.replace(e.getKey().start(), e.getKey().end(), e.getValue()));
    return Optional.of(respelled.toString());
  }

  private record Span(int start, int end) {}

  /**
   * A respelling in the case the member wrote the word in (Mesosphre as Mesosphere, CNFC as CNCF): a capital says
   * the word is a name, and the question shown as searched keeps it.
   */
  private static String inCaseOf(String written, String respelled) {
    if (written.length() > 1 && written.chars().allMatch(Character::isUpperCase)) {
      return respelled.toUpperCase(Locale.ROOT);
    }
    return Character.isUpperCase(written.charAt(0))
        ? Character.toUpperCase(respelled.charAt(0)) + respelled.substring(1)
        : respelled;
  }

  /** A Hangul word of the question and its stem without particles. */
  private record HangulWord(int start, String stem) {}

  /**
   * The words a misspelled English word may be meant as, equally good but for the question's other words: the
   * closest, and of those the index's if it has any, the commonest first; none when the word is spelled right, found
   * as it is, or too far from every word. A word written as a name (Quim, Sami) is respelled only as a word of the
   * index: a name the corpus has, misspelled (Mesosphre), and never a dictionary word (quit, sam) the member did not
   * mean.
   */
  private List<Suggestion> latin(String word, boolean name, IndexWords index) throws IOException {
    if (knownLatin(word, index)) {
      return List.of();
    }
    int maxEdits = word.length() >= TWO_EDITS_FROM ? 2 : 1;
    List<Suggestion> suggestions = new ArrayList<>(fromIndex(index, Fields.SPELLING_LATIN, word, maxEdits));
    suggestions.addAll(firstLetterSlips(word, name, index));
    if (!name) {
      // The dictionary is screened without allocating; only the few words within reach become strings.
      EditDistance.Bounded bounded = new EditDistance.Bounded(word, maxEdits);
      List<String> close = new ArrayList<>(lexicon.englishWords(word.charAt(0), word.length() - maxEdits,
          word.length() + maxEdits, (key, length) -> bounded.distance(key, length) <= maxEdits));
      for (String known : lexicon.words(word.charAt(0), word.length() - maxEdits, word.length() + maxEdits)) {
        if (bounded.distance(known) <= maxEdits) {
          close.add(known);
        }
      }
      for (String known : close) {
        suggestions.add(new Suggestion(known, bounded.distance(known), slipRank(word, known), 0, rarity(known)));
      }
    }
    List<Suggestion> best = equallyClose(suggestions);
    // A loanword the corpus writes in Hangul is found by its phonetic key and is left as typed, unless it is one slip
    // from an everyday word: then the key met a Hangul word by chance (chacne, trrain) and the slip is likelier.
    if (!best.isEmpty() && (best.getFirst().distance() > 1 || best.getFirst().rarity() > EVERYDAY)
        && foundByKey(word, index)) {
      return List.of();
    }
    return best;
  }

  /**
   * The words one slip of the first letter from a word (msoke, iscount, zlmost, hwere: swapped with the next,
   * dropped, replaced, or one added before it), which the words that start as it does never reach: the dictionary's,
   * and the index's, which alone may be a name's (bburj for Burj).
   */
  private List<Suggestion> firstLetterSlips(String word, boolean name, IndexWords index) throws IOException {
    Set<String> slips = new LinkedHashSet<>();
    slips.add(word.substring(1));
    slips.add(word.substring(1, 2) + word.charAt(0) + word.substring(2));
    for (char letter = 'a'; letter <= 'z'; letter++) {
      slips.add(letter + word.substring(1));
      slips.add(letter + word);
    }
    slips.remove(word);
    List<Suggestion> found = new ArrayList<>();
    for (String slip : slips) {
      int docFreq = index.docFreq(Fields.SPELLING_LATIN, slip);
      if (docFreq > 0 || (!name && lexicon.isEnglishWord(slip))) {
        found.add(new Suggestion(slip, 1, slipRank(word, slip), docFreq, rarity(slip)));
      }
    }
    return found;
  }

  /** The question's English words as meant, each misspelled one as its first choice, stop words left out. */
  private List<String> meant(List<Analysis.TermSpan> words, List<List<Suggestion>> choices) {
    List<String> meant = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String word = choices.get(i).isEmpty() ? words.get(i).term() : choices.get(i).getFirst().word();
      if (rarity(word) > 0) {
        meant.add(word);
      }
    }
    return meant;
  }

  /**
   * Of equally close words of the index, the first that shares a sentence with {@code atLeast} other words of the
   * question, as a search engine checks a respelled query against its index: foundd mesosphre is founded mesosphere,
   * as the corpus says "Mesosphere was founded" and never found beside it.
   */
  private static Optional<Suggestion> inContext(String field, List<Suggestion> choices, List<String> context,
      int atLeast, IndexWords index) throws IOException {
    for (Suggestion choice : choices) {
      if (choice.docFreq() > 0 && index.together(field, choice.word(), context, atLeast) > 0) {
        return Optional.of(choice);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a word is written as a name: with a capital after a small letter (GitHub), or capitalised other than
   * first in a sentence.
   */
  private static boolean writesAsName(String text, int start, String written) {
    for (int i = 1; i < written.length(); i++) {
      if (Character.isUpperCase(written.charAt(i)) && Character.isLowerCase(written.charAt(i - 1))) {
        return true;
      }
    }
    String before = text.substring(0, start).strip();
    return Character.isUpperCase(written.charAt(0))
        && !before.isEmpty()
        && ".!?".indexOf(before.charAt(before.length() - 1)) < 0;
  }

  /**
   * Whether an English word is spelled right or found as it is: an English word (the lexicon's word list), a word of
   * the index, a stop word, a word whose stem the lexicon translates or the index has (kubernets is found as
   * kubernetes is, by its stem).
   */
  private boolean knownLatin(String word, IndexWords index) throws IOException {
    if (lexicon.isEnglishWord(word) || index.docFreq(Fields.SPELLING_LATIN, word) > 0) {
      return true;
    }
    List<String> stems = analysis.termSpans(Fields.ENGLISH, word).stream().map(Analysis.TermSpan::term).toList();
    if (stems.isEmpty() || lexicon.lookup(stems).isPresent() || lexicon.isFunctionWord(stems)) {
      return true;
    }
    for (String stem : stems) {
      if (index.docFreq(Fields.ENGLISH, stem) > 0
          || index.docFreq(Fields.TRANSLATION, stem) > 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether an English word's phonetic key finds a loanword of the index. */
  private boolean foundByKey(String word, IndexWords index) throws IOException {
    for (String key : analysis.queryTerms(Fields.TRANSLITERATION, word)) {
      if (index.docFreq(Fields.TRANSLITERATION, key) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * A Korean stem the index and the dictionaries do not have, respelled as an index word one jamo from it; of equally
   * close ones, the first that shares a sentence with another word of the question. Two-syllable stems, which are
   * mostly one jamo from some other word, and stems Nori reads as pieces the index has (대하교 as 대하 + 교: a
   * compound the corpus never wrote, as 특별휴가, or a slip, as of 대학교) are respelled only so, and so is a slip of
   * the first jamo (푸버네티스 beside 구글), which the candidates sharing the stem's first jamo never include. A stem
   * of which Nori keeps one word but not its start, having dropped what came before as a prefix, a determiner or a
   * pronoun, is respelled only beside two other words of the question: a dictionary word is read whole and a word with
   * its ending from its start (회장인, 맡았는가), but a slip often leaves a real word inside a non-word (재단 as 재딘,
   * read 딘; 덴마크 as 데마크, read 마크). A stem left so may still end in a slipped particle ({@link
   * #slippedParticle}).
   */
  private Optional<String> hangul(HangulWord word, List<String> context, IndexWords index) throws IOException {
    String stem = word.stem();
    if (stem.length() < MIN_CONTEXT_SYLLABLES || known(stem, index)) {
      return Optional.empty();
    }
    // One reading of the stem by Nori serves every test below.
    Analysis.KoreanReading reading = analysis.readKorean(stem);
    boolean oneWord = reading.spans().size() <= 1 && reading.unknownWords().isEmpty();
    boolean trailingWord = oneWord && !reading.spans().isEmpty() && reading.spans().getFirst().start() > 0;
    if (oneWord && !trailingWord) {
      return Optional.empty(); // one word of Nori's dictionaries (굥감 is in none)
    }
    int atLeast = trailingWord ? TRAILING_WORD_CONTEXT : 1;
    String jamo = SpellingFilter.toJamo(stem);
    List<Suggestion> close = equallyClose(fromIndex(index, Fields.SPELLING_HANGUL, jamo, 1));
    Optional<Suggestion> chosen = inContext(Fields.SPELLING_HANGUL, close, context, atLeast, index);
    if (chosen.isEmpty()) {
      List<Suggestion> slips = equallyClose(firstInitialSlips(stem, index));
      chosen = inContext(Fields.SPELLING_HANGUL, slips, context, atLeast, index);
    }
    if (chosen.isEmpty() && (close.isEmpty() || stem.length() < MIN_SYLLABLES || trailingWord
        || readAsPieces(reading, index))) {
      return slippedParticle(stem, reading, index);
    }
    return Optional.of(SpellingFilter.fromJamo(chosen.orElseGet(close::getFirst).word()));
  }

  /**
   * The index's words that a stem is if its first consonant slipped (틍강현실 for 증강현실): the candidates one jamo
   * from it share its first jamo, and looking the 18 other consonants up is cheaper than an edit automaton over every
   * word of the index, which a question whose words the corpus lacks would build for each of them.
   */
  private static List<Suggestion> firstInitialSlips(String stem, IndexWords index) throws IOException {
    char first = stem.charAt(0);
    List<Suggestion> found = new ArrayList<>();
    if (!HangulSyllables.isSyllable(first)) {
      return found;
    }
    for (int initial = 0; initial < HangulSyllables.INITIALS; initial++) {
      if (initial != HangulSyllables.initial(first)) {
        char slip = HangulSyllables.compose(initial, HangulSyllables.medial(first), HangulSyllables.last(first));
        String jamo = SpellingFilter.toJamo(slip + stem.substring(1));
        int docFreq = index.docFreq(Fields.SPELLING_HANGUL, jamo);
        if (docFreq > 0) {
          found.add(new Suggestion(jamo, 1, ANY_SLIP, docFreq, NO_SIZE_CLASS));
        }
      }
    }
    return found;
  }

  /**
   * A stem whose last syllable is a slipped particle (직위녠 for 직위는, 미국읝 for 미국은): one jamo from a
   * one-syllable particle, a syllable no dictionary of Nori's knows, after a word of the index. A syllable Nori does
   * know may be a word's own (세계어, 운영사, 양쯔강), so such stems are left as typed.
   */
  private static Optional<String> slippedParticle(String stem, Analysis.KoreanReading reading, IndexWords index)
      throws IOException {
    Optional<String> mended = KoreanEndings.withSlippedEnding(stem);
    String word = stem.substring(0, stem.length() - 1);
    if (mended.isEmpty() || index.docFreq(Fields.SPELLING_HANGUL, SpellingFilter.toJamo(word)) == 0
        || !reading.unknownWords().contains(stem.substring(word.length()))) {
      return Optional.empty();
    }
    return mended;
  }

  /** Whether the index has a Korean stem as it is, or the lexicon translates it. */
  private boolean known(String stem, IndexWords index) throws IOException {
    return index.docFreq(Fields.SPELLING_HANGUL, SpellingFilter.toJamo(stem)) > 0 || !lexicon.english(stem).isEmpty();
  }

  /**
   * Whether the index has every morpheme Nori cuts a stem into (건축물인 = 건축물 + 인, 특별휴가 = 특별 + 휴가): a
   * compound or an ending the stripping missed, or a slip that made real pieces.
   */
  private static boolean readAsPieces(Analysis.KoreanReading reading, IndexWords index) throws IOException {
    for (Analysis.TermSpan morpheme : reading.spans()) {
      if (index.docFreq(Fields.KOREAN, morpheme.term()) == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The question's Hangul words, each with its shortest stem: the word without particles and light-verb endings,
   * as the spelling field's analysis strips them.
   */
  private List<HangulWord> hangulWords(String text) {
    Map<Integer, String> shortest = new LinkedHashMap<>();
    for (Analysis.TermSpan form : analysis.termSpans(Fields.SPELLING_HANGUL, text)) {
      String stem = SpellingFilter.fromJamo(form.term());
      shortest.merge(form.start(), stem, (a, b) -> a.length() <= b.length() ? a : b);
    }
    return shortest.entrySet().stream().map(e -> new HangulWord(e.getKey(), e.getValue())).toList();
  }

  /**
   * A word the question word may be meant as, its distance, how likely a slip makes the typed word of it ({@link
   * #slipRank}), how many sentences have it, and how rare a word of the language it is ({@link #rarity}).
   */
  private record Suggestion(String word, int distance, int slip, int docFreq, int rarity) {}

  /** {@link #slipRank}: neighbours swapped, a letter left out or doubled; any other edit or edits. */
  private static final int LIKELY_SLIP = 0;
  private static final int ANY_SLIP = 1;

  /**
   * How likely one slip of typing makes the typed word of the word meant, as a rank, lower first: of words one edit
   * away, one the typed word swaps two neighbours of (hadr: hard, not had), leaves a letter out of (realy: really,
   * not ready; hed: head, not had) or doubles a letter of (ddawn: dawn, not drawn) is likelier than one it has another
   * letter in, as each of those is one slip at a place, while hitting a particular wrong key is one of some
   * twenty-six. Korean words are not ranked so: a jamo slip on a two-set keyboard is another matter.
   */
  private static int slipRank(String typed, String meant) {
    if (typed.length() == meant.length()) {
      int at = 0;
      while (at < typed.length() && typed.charAt(at) == meant.charAt(at)) {
        at++;
      }
      boolean swapped = at + 1 < typed.length() && typed.charAt(at) == meant.charAt(at + 1)
          && typed.charAt(at + 1) == meant.charAt(at) && typed.startsWith(meant.substring(at + 2), at + 2);
      return swapped ? LIKELY_SLIP : ANY_SLIP;
    }
    if (meant.length() == typed.length() + 1) {
      return withOneLetterMore(meant, typed) >= 0 ? LIKELY_SLIP : ANY_SLIP;
    }
    if (typed.length() == meant.length() + 1) {
      int extra = withOneLetterMore(typed, meant);
      boolean doubled = extra >= 0 && ((extra > 0 && typed.charAt(extra - 1) == typed.charAt(extra))
          || (extra + 1 < typed.length() && typed.charAt(extra + 1) == typed.charAt(extra)));
      return doubled ? LIKELY_SLIP : ANY_SLIP;
    }
    return ANY_SLIP;
  }

  /** Where {@code longer} has the one letter {@code shorter} lacks, or -1 when it differs otherwise. */
  private static int withOneLetterMore(String longer, String shorter) {
    int at = 0;
    while (at < shorter.length() && longer.charAt(at) == shorter.charAt(at)) {
      at++;
    }
    return longer.startsWith(shorter.substring(at), at + 1) ? at : -1;
  }

  private List<Suggestion> fromIndex(IndexWords index, String field, String word, int maxEdits) throws IOException {
    return index.close(field, word, maxEdits).stream()
        .map(c -> new Suggestion(c.term(), EditDistance.between(word, c.term()),
            field.equals(Fields.SPELLING_LATIN) ? slipRank(word, c.term()) : ANY_SLIP, c.docFreq(),
            field.equals(Fields.SPELLING_LATIN) ? rarity(c.term()) : NO_SIZE_CLASS))
        .toList();
  }

  /**
   * How rare a word is: 0 for a stop word, else the smallest SCOWL size class that has it (10 the commonest), and
   * above every class for a word of no class. Of two words equally close to a typo the commoner is the likelier meant
   * (thhis is this, not thais; poine is point, not pine).
   */
  private int rarity(String word) {
    int sizeClass = lexicon.sizeClass(word).orElse(NO_SIZE_CLASS);
    // Stop words are all of the commonest class; only its words are worth analysing to find them.
    return sizeClass <= COMMONEST && analysis.termSpans(Fields.ENGLISH, word).isEmpty() ? 0 : sizeClass;
  }

  /**
   * The closest suggestions, and of those the index's words if it has any, as the corpus is what members ask about;
   * the commonest word first, then the one more sentences have.
   */
  private static List<Suggestion> equallyClose(List<Suggestion> suggestions) {
    List<Suggestion> sorted = suggestions.stream()
        .sorted(Comparator.comparingInt(Suggestion::distance)
            .thenComparing(s -> s.docFreq() == 0)
            // An everyday word before a rare one, however it slipped (Sami as same, not swami), and then the likelier
            // slip first (realy as really, not ready).
            .thenComparing(s -> s.rarity() > EVERYDAY)
            .thenComparingInt(Suggestion::slip)
            .thenComparingInt(Suggestion::rarity)
            .thenComparing(Comparator.comparingInt(Suggestion::docFreq).reversed())
            .thenComparing(Suggestion::word))
        .toList();
    if (sorted.isEmpty()) {
      return sorted;
    }
    Suggestion best = sorted.getFirst();
    return sorted.stream()
        .filter(s -> s.distance() == best.distance() && (s.docFreq() == 0) == (best.docFreq() == 0))
        .toList();
  }
}
