package dev.gwanyong.lexicon;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.Fields;
import dev.gwanyong.index.RomanisedKorean;
import dev.gwanyong.index.SpellingFilter;
import dev.gwanyong.lexicon.SpellingCorrector.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Respells a question's misspelled English words by letters, as the closest word of the index
 * ({@link Fields#SPELLING_LATIN}) or of the lexicon; of equally close ones, the one that shares a
 * sentence with the question's other words.
 */
final class EnglishRespeller {

  /**
   * English words shorter than this are too close to too many others to respell. A slip of a
   * three-letter word (hve, wrk, yur) is still respelled as the commonest word one letter from it,
   * but not a name's or an acronym's: three capitals are one letter from too many others (EPS from
   * EKS, Lec from let).
   */
  static final int MIN_LETTERS = 4;

  /** A word written in small letters, not as a name, may be this short. */
  static final int MIN_LOWER_CASE_LETTERS = 3;

  /** The fewest letters of each of two words run together (EE of JavaEE). */
  private static final int MIN_PART_LETTERS = 2;

  /**
   * The fields whose positions say two words are written one after the other: English sentences,
   * the translations aligned with Korean ones, and Korean sentences, which write names in Latin
   * letters with a particle after them (Java EE를), as Nori reads them.
   */
  private static final List<String> PHRASE_FIELDS =
      List.of(Fields.ENGLISH, Fields.TRANSLATION, Fields.KOREAN);

  /** English words from this length may be two edits away; shorter ones one. */
  static final int TWO_EDITS_FROM = 8;

  /**
   * The words that open an English question, which a member may mistype as another word (wen, hoe).
   */
  private static final List<String> INTERROGATIVES =
      List.of("who", "whom", "whose", "what", "when", "where", "why", "how", "which");

  /** What parts two words typed apart: a space or a hyphen. */
  private static final Pattern APART = Pattern.compile("\\s+|-");

  private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{IsLatin}+)");

  private final Analysis analysis;
  private final Lexicon lexicon;
  private final SuggestionRanker ranker;

  EnglishRespeller(Analysis analysis, Lexicon lexicon, SuggestionRanker ranker) {
    this.analysis = analysis;
    this.lexicon = lexicon;
    this.ranker = ranker;
  }

  /**
   * The question's misspelled English words by where they are, each respelled in the case it was
   * written in.
   */
  Map<Span, String> respellings(String text, IndexWords index) throws IOException {
    Map<Span, String> replacements = new LinkedHashMap<>();
    List<Analysis.TermSpan> words =
        analysis.termSpans(Fields.SPELLING_LATIN, text).stream()
            .map(EnglishRespeller::lettersOnly)
            .toList();
    // A romanised Korean name's syllables are no misspelled English words (Cha Bum-kun is not Char
    // Bum-run, Kim Tae-hee not Kim Tae-her): they are read by their sounds (RomanisedKorean), as
    // written.
    List<RomanisedKorean.Name> koreanNames = RomanisedKorean.names(text, lexicon::isEnglishWord);
    List<List<Suggestion>> choices = new ArrayList<>();
    for (Analysis.TermSpan word : words) {
      if (koreanNames.stream().anyMatch(n -> n.covers(word.start()))) {
        choices.add(List.of());
        continue;
      }
      String written = text.substring(word.start(), word.end());
      boolean name = writesAsName(text, word.start(), written);
      int minLetters =
          name || written.chars().allMatch(Character::isUpperCase)
              ? MIN_LETTERS
              : MIN_LOWER_CASE_LETTERS;
      boolean knownName =
          Character.isUpperCase(written.charAt(0)) && lexicon.isEnglishName(word.term());
      Optional<Suggestion> opening =
          word == words.getFirst() && opensQuestion(text, word)
              ? interrogative(word.term(), index)
              : Optional.empty();
      choices.add(
          opening.isPresent()
              ? List.of(opening.get())
              : written.length() < minLetters || knownName
                  ? List.of()
                  : latin(word.term(), name, index));
    }
    replacements.putAll(joined(text, words, choices, index));
    List<String> meant = meant(words, choices);
    for (int i = 0; i < words.size(); i++) {
      if (!choices.get(i).isEmpty()) {
        Span span = new Span(words.get(i).start(), words.get(i).end());
        List<String> context = new ArrayList<>(meant);
        context.remove(choices.get(i).getFirst().word());
        Suggestion respelled =
            SuggestionRanker.inContext(Fields.SPELLING_LATIN, choices.get(i), context, 1, index)
                .orElse(choices.get(i).getFirst());
        replacements.put(
            span, inCaseOf(text.substring(span.start(), span.end()), respelled.word()));
      }
    }
    return replacements;
  }

  /**
   * A word without the Korean particle written onto it (CRD가), whose span the field's word still
   * covers: the letters alone are the word as written, so an acronym stays an acronym, and a
   * respelling keeps the particle.
   */
  private static Analysis.TermSpan lettersOnly(Analysis.TermSpan word) {
    int end = Math.min(word.end(), word.start() + word.term().length());
    return new Analysis.TermSpan(word.term(), word.start(), end);
  }

  /**
   * Whether a word opens the question and a function word follows it, as one follows a question
   * word (wen was, hoe many, wat is), where a name is followed by more of itself or a verb (Wen
   * Jiabao visited…).
   */
  private boolean opensQuestion(String text, Analysis.TermSpan word) {
    if (text.substring(0, word.start()).codePoints().anyMatch(Character::isLetterOrDigit)) {
      return false;
    }
    Matcher next = NEXT_WORD.matcher(text).region(word.end(), text.length());
    return next.lookingAt() && analysis.termSpans(Fields.ENGLISH, next.group(1)).isEmpty();
  }

  /**
   * The question word a question's first word was meant as: the one interrogative a slip away from
   * it (wen and hoe for when and how; wat for what, not was), when the word is no everyday English
   * word (hot, wet, hen are meant as typed) and the index lacks it. A rare word kept as written is
   * a word of the question that no sentence has, and it sank the answer ("hoe many companies use
   * kubernetes?" was refused at 0.14). None when two are as likely (hwo is who or how, whet what or
   * when): both are stop words, and the question is searched alike either way.
   */
  private Optional<Suggestion> interrogative(String word, IndexWords index) throws IOException {
    if (INTERROGATIVES.contains(word)
        || index.docFreq(Fields.SPELLING_LATIN, word) > 0
        || lexicon.isEnglishWord(word) && ranker.rarity(word) <= SuggestionRanker.EVERYDAY) {
      return Optional.empty();
    }
    List<Suggestion> close =
        INTERROGATIVES.stream()
            .filter(meant -> EditDistance.between(word, meant) == 1)
            .map(meant -> new Suggestion(meant, 1, SuggestionRanker.slipRank(word, meant), 0, 0))
            .toList();
    int likeliest = close.stream().mapToInt(Suggestion::slip).min().orElse(Integer.MAX_VALUE);
    List<Suggestion> meant = close.stream().filter(s -> s.slip() == likeliest).toList();
    return meant.size() == 1 ? Optional.of(meant.getFirst()) : Optional.empty();
  }

  /**
   * A respelling in the case the member wrote the word in (Mesosphre as Mesosphere, CNFC as CNCF):
   * a capital says the word is a name, and the question shown as searched keeps it.
   */
  private static String inCaseOf(String written, String respelled) {
    int space = respelled.indexOf(' ');
    if (space > 0 && respelled.replace(" ", "").equalsIgnoreCase(written)) {
      // Words run together are parted where the space was missed, each in the case it was typed.
      return written.substring(0, space) + " " + written.substring(space);
    }
    if (written.length() > 1 && written.chars().allMatch(Character::isUpperCase)) {
      return respelled.toUpperCase(Locale.ROOT);
    }
    return Character.isUpperCase(written.charAt(0))
        ? Character.toUpperCase(respelled.charAt(0)) + respelled.substring(1)
        : respelled;
  }

  /**
   * The words a misspelled English word may be meant as, equally good but for the question's other
   * words: the closest, and of those the index's if it has any, the commonest first; none when the
   * word is spelled right, found as it is by its stem (but for the index's spelling of that stem,
   * {@link #sameStem}), or too far from every word. A word written as a name (Quim, Sami) is
   * respelled only as a word of the index: a name the corpus has, misspelled (Mesosphre), and never
   * a dictionary word (quit, sam) the member did not mean.
   */
  private List<Suggestion> latin(String word, boolean name, IndexWords index) throws IOException {
    List<String> stems =
        analysis.termSpans(Fields.ENGLISH, word).stream().map(Analysis.TermSpan::term).toList();
    if (spelledRight(word, stems, index)) {
      return List.of();
    }
    int maxEdits = word.length() >= TWO_EDITS_FROM ? 2 : 1;
    if (foundByStem(stems, index)) {
      return sameStem(word, stems, maxEdits, index);
    }
    Optional<String> parted = parted(word, index);
    if (parted.isPresent()) {
      return List.of(new Suggestion(parted.get(), 1, SuggestionRanker.ANY_SLIP, 0, 0));
    }
    List<Suggestion> suggestions = new ArrayList<>(fromIndex(word, maxEdits, index));
    suggestions.addAll(firstLetterSlips(word, name, index));
    if (!name) {
      // The dictionary is screened without allocating; only the few words within reach become
      // strings.
      EditDistance.Bounded bounded = new EditDistance.Bounded(word, maxEdits);
      List<String> close =
          new ArrayList<>(
              lexicon.englishWords(
                  word.charAt(0),
                  word.length() - maxEdits,
                  word.length() + maxEdits,
                  (key, length) -> bounded.distance(key, length) <= maxEdits));
      for (String known :
          lexicon.words(word.charAt(0), word.length() - maxEdits, word.length() + maxEdits)) {
        if (bounded.distance(known) <= maxEdits) {
          close.add(known);
        }
      }
      for (String known : close) {
        suggestions.add(
            new Suggestion(
                known,
                bounded.distance(known),
                SuggestionRanker.slipRank(word, known),
                0,
                ranker.rarity(known)));
      }
    }
    // A short word meant is an everyday one (hve as have) or one a likely slip makes (EKSS as EKS):
    // a name or an abbreviation that short is a wrong or an extra letter from too many strings a
    // member types as they are (asdf is not ASF, idk not IDE, omg not mg).
    suggestions.removeIf(
        s ->
            s.word().length() < MIN_LETTERS
                && s.rarity() > SuggestionRanker.EVERYDAY
                && s.slip() == SuggestionRanker.ANY_SLIP);
    List<Suggestion> best = SuggestionRanker.equallyClose(suggestions);
    // A loanword the corpus writes in Hangul is found by its phonetic key and is left as typed,
    // unless it is one slip from an everyday word: then the key met a Hangul word by chance
    // (chacne, trrain) and the slip is likelier.
    if (!best.isEmpty()
        && (best.getFirst().distance() > 1 || best.getFirst().rarity() > SuggestionRanker.EVERYDAY)
        && foundByKey(word, index)) {
      return List.of();
    }
    return best;
  }

  /**
   * Two words a sentence writes one after the other, which the member ran together (JavaEE for Java
   * EE, redhat for Red Hat): the word as typed is in no sentence, and the space is the slip. Each
   * part has {@link #MIN_PART_LETTERS} letters or more and is no stop word, so a name the corpus
   * lacks is not read as two short words that happen to meet.
   */
  private Optional<String> parted(String word, IndexWords index) throws IOException {
    for (int at = MIN_PART_LETTERS; at <= word.length() - MIN_PART_LETTERS; at++) {
      String first = word.substring(0, at);
      String second = word.substring(at);
      String words = first + " " + second;
      if (mayBeWritten(first, index)
          && mayBeWritten(second, index)
          && writtenInTurn(words, index)) {
        return Optional.of(words);
      }
    }
    return Optional.empty();
  }

  /**
   * Two words typed apart, with a space or a hyphen, that the index writes as one (docker shim for
   * dockershim, Open Shift for OpenShift): a name or a term of the corpus, no everyday word (any
   * one is not anyone), where no sentence writes the two words one after the other. Words that are
   * respelled themselves are left to that.
   */
  private Map<Span, String> joined(
      String text, List<Analysis.TermSpan> words, List<List<Suggestion>> choices, IndexWords index)
      throws IOException {
    Map<Span, String> joined = new LinkedHashMap<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      Analysis.TermSpan first = words.get(i);
      Analysis.TermSpan second = words.get(i + 1);
      String term = first.term() + second.term();
      if (choices.get(i).isEmpty()
          && choices.get(i + 1).isEmpty()
          && APART.matcher(text).region(first.end(), second.start()).matches()
          && index.docFreq(Fields.SPELLING_LATIN, term) > 0
          && ranker.rarity(term) > SuggestionRanker.EVERYDAY
          && !writtenInTurn(first.term() + " " + second.term(), index)) {
        joined.put(
            new Span(first.start(), second.end()),
            text.substring(first.start(), first.end())
                + text.substring(second.start(), second.end()));
        i++;
      }
    }
    return joined;
  }

  /**
   * Whether the index may write a part of a word: as a word of its spelling field, which has every
   * word long enough; a shorter one is left to the phrase. Each part's lookup is cheap, where the
   * phrase of every way to part a long word the index lacks took three analyses each.
   */
  private static boolean mayBeWritten(String part, IndexWords index) throws IOException {
    return part.length() < SpellingFilter.MIN_LETTERS
        || index.docFreq(Fields.SPELLING_LATIN, part) > 0;
  }

  /** Whether some sentence writes the words, as analysed in each field, one after the other. */
  private boolean writtenInTurn(String words, IndexWords index) throws IOException {
    for (String field : PHRASE_FIELDS) {
      List<String> terms =
          analysis.termSpans(field, words).stream().map(Analysis.TermSpan::term).toList();
      if (terms.size() > 1 && index.hasPhrase(field, terms)) {
        return true;
      }
    }
    return false;
  }

  /** The index's words within {@code maxEdits} edits of a word that start with its first letter. */
  private List<Suggestion> fromIndex(String word, int maxEdits, IndexWords index)
      throws IOException {
    return ranker.suggestions(
        Fields.SPELLING_LATIN, word, index.close(Fields.SPELLING_LATIN, word, maxEdits, 1));
  }

  /**
   * The words one slip of the first letter from a word (msoke, iscount, zlmost, hwere: swapped with
   * the next, dropped, replaced, or one added before it), which the words that start as it does
   * never reach: the dictionary's, and the index's, which alone may be a name's (bburj for Burj).
   */
  private List<Suggestion> firstLetterSlips(String word, boolean name, IndexWords index)
      throws IOException {
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
        found.add(
            new Suggestion(
                slip, 1, SuggestionRanker.slipRank(word, slip), docFreq, ranker.rarity(slip)));
      }
    }
    return found;
  }

  /**
   * The question's English words as meant, each misspelled one as its first choice, stop words left
   * out.
   */
  private List<String> meant(List<Analysis.TermSpan> words, List<List<Suggestion>> choices) {
    List<String> meant = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String typed =
          choices.get(i).isEmpty() ? words.get(i).term() : choices.get(i).getFirst().word();
      for (String word : typed.split(" ")) {
        if (ranker.rarity(word) > 0) {
          meant.add(word);
        }
      }
    }
    return meant;
  }

  /**
   * Whether a word is written as a name: with a capital after a small letter (GitHub), or
   * capitalised other than first in a sentence.
   */
  private static boolean writesAsName(String text, int start, String written) {
    for (int i = 1; i < written.length(); i++) {
      if (Character.isUpperCase(written.charAt(i))
          && Character.isLowerCase(written.charAt(i - 1))) {
        return true;
      }
    }
    String before = text.substring(0, start).strip();
    return Character.isUpperCase(written.charAt(0))
        && !before.isEmpty()
        && ".!?".indexOf(before.charAt(before.length() - 1)) < 0;
  }

  /**
   * Whether an English word is spelled right: an English word (the lexicon's word list), a word of
   * the index, a stop word, a Korean or Japanese word of the index romanised.
   */
  private boolean spelledRight(String word, List<String> stems, IndexWords index)
      throws IOException {
    return lexicon.isEnglishWord(word)
        || index.docFreq(Fields.SPELLING_LATIN, word) > 0
        || stems.isEmpty()
        || lexicon.isFunctionWord(stems)
        || spellsHangulOfIndex(word, index);
  }

  /**
   * Whether the word romanises a Hangul word the index has: hanok is 한옥, not a slip of hanbok, and
   * Kuriyama is 구리야마 ({@link RomanisedWords}).
   */
  private static boolean spellsHangulOfIndex(String word, IndexWords index) throws IOException {
    for (String hangul : RomanisedWords.hangul(word)) {
      if (index.hasHangulWord(hangul)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word is found as it is by its stem, which the lexicon translates or the index has:
   * kubernets is searched as kubernetes is.
   */
  private boolean foundByStem(List<String> stems, IndexWords index) throws IOException {
    if (lexicon.lookup(stems).isPresent()) {
      return true;
    }
    for (String stem : stems) {
      if (index.docFreq(Fields.ENGLISH, stem) > 0 || index.docFreq(Fields.TRANSLATION, stem) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * How the index spells a word found by its stem, when it is a slip of one word of the index with
   * that stem (kubernets as kubernetes): the search is the same, and the question shown as searched
   * is spelled right. None for another form of a word (orchestrators beside orchestrator), which
   * one of them begins with.
   */
  private List<Suggestion> sameStem(String word, List<String> stems, int maxEdits, IndexWords index)
      throws IOException {
    List<Suggestion> spellings = new ArrayList<>();
    for (Suggestion close : fromIndex(word, maxEdits, index)) {
      if (!close.word().startsWith(word)
          && !word.startsWith(close.word())
          && analysis.termSpans(Fields.ENGLISH, close.word()).stream()
              .map(Analysis.TermSpan::term)
              .toList()
              .equals(stems)) {
        spellings.add(close);
      }
    }
    return SuggestionRanker.equallyClose(spellings);
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
}
