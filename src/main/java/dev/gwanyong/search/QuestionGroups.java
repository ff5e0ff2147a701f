package dev.gwanyong.search;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.Fields;
import dev.gwanyong.index.RomanisedKorean;
import dev.gwanyong.lexicon.CrossLanguage;
import dev.gwanyong.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A question as groups of alternatives, one group per content word or lexicon phrase. A group holds the word as the
 * index analyses it, its synonyms, and its translations into the other language, each an {@link Alternative}: a
 * field and the terms that must all occur there. Korean words keep their Korean form and gain English stems; English
 * words (in an English, Korean or mixed question) gain the Nori terms of their Korean translations. The same groups
 * build the query (one structured disjunction per group, so a word with many translations does not outweigh a word
 * with one) and measure how much of the question a passage covers.
 */
record QuestionGroups(List<Group> groups) {

  QuestionGroups {
    groups = List.copyOf(groups);
  }

  /**
   * Terms that must all occur in a field; {@code translated} when they come from the lexicon or a transliteration;
   * {@code weight} is how much a match counts against a match of the word itself (1, or {@link #TRANSLITERATED}).
   */
  record Alternative(String field, List<String> terms, boolean translated, float weight) {
    /**
     * A Hangul word found by transliterating an English word and matching it loosely counts this much: it is a
     * guess, and may be a different word that merely sounds alike.
     */
    static final float TRANSLITERATED = 0.5f;

    Alternative {
      terms = List.copyOf(terms);
    }

    static Alternative direct(String field, List<String> terms) {
      return new Alternative(field, terms, false, 1);
    }

    static Alternative translation(String field, List<String> terms) {
      return new Alternative(field, terms, true, 1);
    }

    static Alternative transliteration(String field, List<String> terms) {
      return new Alternative(field, terms, true, TRANSLITERATED);
    }
  }

  /** What the index being searched tells about a question's English words. */
  interface CorpusWords {
    /** Nothing: English words find Hangul loanwords by their phonetic keys only, and names by their capitals. */
    CorpusWords NONE = new CorpusWords() {
      @Override
      public Set<String> hangulWords(String english) {
        return Set.of();
      }

      @Override
      public boolean writesAsName(String english) {
        return false;
      }
    };

    /** The Hangul words of the index an English word may be written as ({@link CrossLanguage#loanwords}). */
    Set<String> hangulWords(String english);

    /** Whether the corpus writes the word (lower case) as a name, as it does Mesosphere. */
    boolean writesAsName(String english);
  }

  /**
   * One piece of the question's content and the ways a passage can contain it; {@code general} when the word is
   * everyday vocabulary (the lexicon knows it) rather than a name, acronym or number; {@code words} is how many
   * words it stands for, so that an English phrase weighs as much as the Korean compound Nori splits in two;
   * {@code asksForNumber} when the word asks for a quantity (비율, percentage), which a number in a sentence answers;
   * {@code everyday} when it is one of the commonest English words or a Korean word translated as one (called,
   * 유래), which an answer may say otherwise;
   * {@code weight} is how much the group counts in the query: less than 1 for a word translated only by the Hanja
   * tier ({@link #HANJA}), whose translations are less certain. A respelled word counts as the word the member
   * meant: counting it at 0.8 moved no figure of {@code bench selective} or {@code bench tatoeba}, and left "Who
   * founded Mesosphre?" refused where "Who founded Mesosphere?" is answered.
   */
  record Group(
      String word,
      Set<Alternative> alternatives,
      boolean general,
      int words,
      boolean asksForNumber,
      boolean everyday,
      float weight) {

    /** A word translated only through Hanja counts this much of one the hand-written lexicon translates. */
    static final float HANJA = 0.7f;

    Group {
      alternatives = Set.copyOf(alternatives);
    }
  }

  boolean isEmpty() {
    return groups.isEmpty();
  }

  /**
   * The groups of a question; {@code corpus} finds the Hangul words an English word the lexicon lacks may be written
   * as, and which words the corpus writes as names.
   */
  static QuestionGroups of(
      String text, Analysis analysis, Lexicon lexicon, CorpusWords corpus) {
    List<Group> groups = new ArrayList<>();
    Analysis.KoreanReading reading = analysis.readKorean(text);
    Set<String> commonWords = reading.commonWords();
    List<Analysis.TermSpan> hangul = reading.spans().stream()
        .filter(span -> hasHangul(span.term()))
        .toList();
    for (int i = 0; i < hangul.size(); ) {
      List<Analysis.TermSpan> pieces = hangul.subList(i, untranslatedRunEnd(hangul, i, lexicon));
      Optional<Group> loanword =
          pieces.size() > 1 ? splitLoanword(pieces, text, analysis) : Optional.empty();
      if (loanword.isPresent()) {
        groups.add(loanword.get());
        i += pieces.size();
      } else {
        // One piece, or a compound Nori split whose whole the lexicon translates.
        List<Analysis.TermSpan> word = compoundAt(hangul, i, lexicon);
        groups.add(korean(word, text, analysis, lexicon, commonWords));
        i += word.size();
      }
    }
    groups.addAll(latin(text, analysis, lexicon, corpus));
    List<Group> distinct = new ArrayList<>();
    for (Group group : groups) {
      if (distinct.stream().noneMatch(g -> g.alternatives().equals(group.alternatives()))) {
        distinct.add(group);
      }
    }
    return new QuestionGroups(distinct);
  }

  /**
   * The Korean word of one piece, or of a compound Nori split into pieces (물리 | 학), which the lexicon translates
   * as a whole (physics).
   */
  private static Group korean(List<Analysis.TermSpan> pieces, String text, Analysis analysis, Lexicon lexicon,
      Set<String> commonWords) {
    List<String> terms = stems(pieces);
    String term = pieces.size() == 1 ? terms.getFirst() : text.substring(pieces.getFirst().start(),
        pieces.getLast().end());
    Set<Alternative> alternatives = new LinkedHashSet<>();
    alternatives.add(Alternative.direct(Fields.KOREAN, terms));
    for (List<String> synonym : analysis.queryPaths(Fields.KOREAN, term)) {
      alternatives.add(Alternative.direct(Fields.KOREAN, synonym));
    }
    Set<String> english = lexicon.english(terms);
    for (String stem : english) {
      alternatives.add(Alternative.translation(Fields.ENGLISH, List.of(stem)));
      alternatives.add(Alternative.translation(Fields.TRANSLATION, List.of(stem)));
    }
    if (english.isEmpty()) {
      // A word the lexicon has only as an English phrase's translation is searched as that phrase: 사형, death penalty.
      for (List<String> phrase : lexicon.englishPhrases(terms)) {
        alternatives.add(Alternative.translation(Fields.ENGLISH, phrase));
        alternatives.add(Alternative.translation(Fields.TRANSLATION, phrase));
      }
      // A Hangul loanword the lexicon lacks finds the English word it renders by its phonetic key: 노마드 as Nomad.
      alternatives.addAll(latinKeys(term, analysis));
    }
    // A Hangul loanword with a phonetic key (쿠버네티스, not 도서관) names something, even when the lexicon lists it,
    // unless it translates an everyday word (서비스, 커피); so does a word of the names tier (스위스). A word the
    // lexicon lacks is a name unless Nori's dictionary knows it as a common word (없이), not as a proper noun
    // (차범근) or not at all.
    boolean everyday = english.stream().anyMatch(lexicon::isEveryday);
    boolean loanword = !everyday && !analysis.indexTerms(Fields.TRANSLITERATION, term).isEmpty();
    Optional<Lexicon.Tier> tier = lexicon.tierOf(terms);
    boolean vocabulary = tier.isPresent() ? tier.get() != Lexicon.Tier.NAMES : commonWords.contains(term);
    // A compound weighs in the evidence as the pieces Nori split it into would.
    return new Group(term, alternatives, vocabulary && !loanword, pieces.size(), analysis.asksForNumber(term),
        everyday, 1);
  }

  /**
   * The pieces from {@code from} that make a compound: two or three that follow each other without a gap and that
   * the lexicon translates together (물리 | 학, 법무 | 부), the longest first. One piece when there is none. The whole
   * wins even where the pieces translate alone: 대사 | 관 is an embassy, not an ambassador's tube, and 일 | 요일 is
   * Sunday, not work and Wednesday (Tatoeba Korean→English accuracy@1 0.576 → 0.593, KorQuAD R@1 0.924 → 0.923).
   */
  private static List<Analysis.TermSpan> compoundAt(List<Analysis.TermSpan> spans, int from, Lexicon lexicon) {
    for (int end = Math.min(from + Lexicon.MAX_COMPOUND, spans.size()); end > from + 1; end--) {
      List<Analysis.TermSpan> pieces = spans.subList(from, end);
      if (adjacent(pieces) && !lexicon.english(stems(pieces)).isEmpty()) {
        return pieces;
      }
    }
    return spans.subList(from, from + 1);
  }

  private static boolean adjacent(List<Analysis.TermSpan> pieces) {
    for (int i = 1; i < pieces.size(); i++) {
      if (pieces.get(i).start() != pieces.get(i - 1).end()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the run of pieces from {@code from} ends that the lexicon translates none of and that follow each other
   * without a gap: a loanword Nori may have cut up (메소스피어 as 메소 | 스피어). Sino-Korean compounds make no such run:
   * their parts have translations.
   */
  private static int untranslatedRunEnd(List<Analysis.TermSpan> spans, int from, Lexicon lexicon) {
    if (!lexicon.english(spans.get(from).term()).isEmpty()) {
      return from + 1;
    }
    int end = from + 1;
    while (end < spans.size()
        && spans.get(end).start() == spans.get(end - 1).end()
        && lexicon.english(spans.get(end).term()).isEmpty()) {
      end++;
    }
    return end;
  }

  /**
   * One group for a loanword Nori cut into pieces, when the whole has a phonetic key: a passage that spells it the
   * same way holds the same pieces, and one that writes it in English (Mesosphere for 메소스피어) is found by the whole
   * word's key, which its pieces' keys would miss. It is one word, so it weighs as one.
   */
  private static Optional<Group> splitLoanword(
      List<Analysis.TermSpan> pieces, String text, Analysis analysis) {
    String whole = text.substring(pieces.getFirst().start(), pieces.getLast().end());
    Set<Alternative> keys = latinKeys(whole, analysis);
    if (keys.isEmpty()) {
      return Optional.empty();
    }
    Set<Alternative> alternatives = new LinkedHashSet<>();
    alternatives.add(Alternative.direct(Fields.KOREAN, stems(pieces)));
    alternatives.addAll(keys);
    return Optional.of(new Group(whole, alternatives, false, 1, false, false, 1));
  }

  /** The phonetic keys of a Hangul word, searched in the keys of the passages' English words. */
  private static Set<Alternative> latinKeys(String hangul, Analysis analysis) {
    Set<Alternative> keys = new LinkedHashSet<>();
    for (String key : analysis.queryTerms(Fields.TRANSLITERATION_LATIN, hangul)) {
      keys.add(Alternative.translation(Fields.TRANSLITERATION_LATIN, List.of(key)));
    }
    return keys;
  }

  /** English words: romanised Korean names whole, then the longest lexicon phrases, then word by word. */
  private static List<Group> latin(
      String text, Analysis analysis, Lexicon lexicon, CorpusWords corpus) {
    // Hangul is blanked out (offsets kept) so that "k8s가" yields the English word k8s.
    String latinOnly = blankHangul(text);
    List<Analysis.TermSpan> words = analysis.termSpans(Fields.ENGLISH, latinOnly);
    List<RomanisedKorean.Name> names = RomanisedKorean.names(latinOnly, lexicon::isEnglishWord);
    List<Group> groups = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Optional<RomanisedKorean.Name> name = nameAt(names, words.get(i));
      if (name.isPresent()) {
        int end = i;
        while (end < words.size() && words.get(end).start() < name.get().end()) {
          end++;
        }
        groups.add(koreanName(name.get(), words.subList(i, end), analysis));
        i = end;
        continue;
      }
      int length = longestPhrase(words, i, lexicon);
      List<Analysis.TermSpan> phrase = words.subList(i, i + length);
      if (!lexicon.isFunctionWord(stems(phrase))) {
        groups.add(english(text, phrase, analysis, lexicon, corpus));
      }
      i += length;
    }
    return groups;
  }

  private static Optional<RomanisedKorean.Name> nameAt(List<RomanisedKorean.Name> names, Analysis.TermSpan word) {
    return names.stream().filter(n -> n.start() <= word.start() && word.start() < n.end()).findFirst();
  }

  /**
   * A Korean name written romanised (Park Chung-hee) is one name, not three English words (park, 공원): it is found by
   * the keys of its Hangul spelling (박정희), or as written in an English source.
   */
  private static Group koreanName(RomanisedKorean.Name name, List<Analysis.TermSpan> words, Analysis analysis) {
    Set<Alternative> alternatives = new LinkedHashSet<>();
    alternatives.add(Alternative.direct(Fields.ENGLISH, stems(words)));
    alternatives.add(Alternative.direct(Fields.TRANSLATION, stems(words)));
    List<String> asWritten = List.copyOf(analysis.indexTerms(Fields.KOREAN, name.text()));
    if (!asWritten.isEmpty()) {
      alternatives.add(Alternative.direct(Fields.KOREAN, asWritten));
    }
    for (String key : RomanisedKorean.keys(name.text())) {
      alternatives.add(Alternative.translation(Fields.TRANSLITERATION, List.of(key)));
    }
    return new Group(name.text(), alternatives, false, 1, false, false, 1);
  }

  /**
   * How many words from {@code from} make the longest phrase the lexicon translates; 1 when none does. A phrase only
   * the Hanja tier has is not one: its rare compounds ("invite to dinner" 청객) would swallow words that the
   * hand-written tier translates one by one as sentences say them (초대, 저녁 식사).
   */
  private static int longestPhrase(List<Analysis.TermSpan> words, int from, Lexicon lexicon) {
    for (int length = Math.min(Lexicon.MAX_PHRASE, words.size() - from); length > 1; length--) {
      if (lexicon.lookup(stems(words.subList(from, from + length)))
          .filter(t -> t.tier() != Lexicon.Tier.HANJA)
          .isPresent()) {
        return length;
      }
    }
    return 1;
  }

  private static Group english(
      String text,
      List<Analysis.TermSpan> phrase,
      Analysis analysis,
      Lexicon lexicon,
      CorpusWords corpus) {
    List<String> stems = stems(phrase);
    String surface = text.substring(phrase.getFirst().start(), phrase.getLast().end());
    Set<Alternative> alternatives = new LinkedHashSet<>();
    alternatives.add(Alternative.direct(Fields.ENGLISH, stems));
    // The aligned translation is the source's own English: a match there is as direct as one in an English source.
    alternatives.add(Alternative.direct(Fields.TRANSLATION, stems));
    List<String> asKorean = List.copyOf(analysis.indexTerms(Fields.KOREAN, surface));
    if (!asKorean.isEmpty()) {
      // Names, acronyms and numbers (CNCF, AWS, 2014) stand as they are in Korean text too.
      alternatives.add(Alternative.direct(Fields.KOREAN, asKorean));
    }
    Optional<Lexicon.Translations> found = lexicon.lookup(stems);
    Set<List<String>> translations = found.map(Lexicon.Translations::korean).orElse(Set.of());
    for (List<String> korean : translations) {
      alternatives.add(Alternative.translation(Fields.KOREAN, korean));
      if (korean.size() == 1) {
        // A translation brings its Korean synonyms along: cost → 값, and 값 → 가격.
        for (List<String> synonym : analysis.queryPaths(Fields.KOREAN, korean.getFirst())) {
          alternatives.add(Alternative.translation(Fields.KOREAN, synonym));
        }
      }
    }
    if (found.filter(t -> t.tier() != Lexicon.Tier.HANJA).isEmpty()) {
      // A word the lexicon does not know, or knows only through a Hanja gloss, may be a loanword: Mesosphere is found
      // as 메조스피어 by its phonetic key, and accordion as 아코디언 though 風琴 (풍금) is glossed accordion.
      for (String key : analysis.queryTerms(Fields.TRANSLITERATION, surface)) {
        alternatives.add(Alternative.translation(Fields.TRANSLITERATION, List.of(key)));
      }
      // And by its Hangul forms, matched by jamo against the index's words: message as 메시지 or 메세지.
      if (stems.size() == 1) {
        for (String hangul : corpus.hangulWords(surface)) {
          List<String> terms = List.copyOf(analysis.indexTerms(Fields.KOREAN, hangul));
          if (!terms.isEmpty()) {
            alternatives.add(Alternative.transliteration(Fields.KOREAN, terms));
          }
        }
      }
    }
    String lower = surface.toLowerCase(Locale.ROOT);
    if (stems.size() == 1 && !lexicon.isEnglishWord(lower) && RomanisedKorean.isRomanisedWord(lower)) {
      // A Korean place written romanised in one word, as English text writes them, is found by the keys of its Hangul
      // spelling, which the index has for Nori's proper nouns: Tongyeong as 통영, Gyeongju as 경주.
      for (String key : RomanisedKorean.keys(lower)) {
        alternatives.add(Alternative.translation(Fields.TRANSLITERATION, List.of(key)));
      }
    }
    if (stems.size() > 1) {
      // A phrase is also found through the translation of its last word, its head: "vendor lock-in" by 종속.
      for (List<String> korean : lexicon.korean(List.of(stems.getLast()))) {
        alternatives.add(Alternative.translation(Fields.KOREAN, korean));
      }
    }
    for (List<String> synonym : analysis.queryPaths(Fields.KOREAN, surface)) {
      alternatives.add(Alternative.direct(Fields.KOREAN, synonym));
    }
    boolean asksForNumber = stems.size() == 1 && analysis.asksForNumber(stems.getFirst());
    // A bare number ("3", "2020") is as unspecific as an everyday word; a capitalised word inside the sentence
    // (Kubernetes, CNCF), one the corpus writes as a name (mesosphere, typed in lower case), one of the names tier
    // (Switzerland) or one whose Korean is its own transliteration (google → 구글) is a name. An everyday word is a
    // loanword, not a name, however Korean spells it: service is 서비스 and coffee 커피.
    boolean number = surface.chars().allMatch(c -> Character.isDigit(c) || c == '.');
    boolean everydayWords = stems.stream().allMatch(lexicon::isEveryday);
    boolean name =
        isCapitalisedInside(text, phrase.getFirst().start())
            || phrase.size() == 1 && corpus.writesAsName(surface.toLowerCase(Locale.ROOT))
            || found.filter(t -> t.tier() == Lexicon.Tier.NAMES).isPresent()
            || !everydayWords && isLoanword(surface, translations, analysis);
    boolean general = number || (!translations.isEmpty() && !name);
    float weight = found.filter(t -> t.tier() == Lexicon.Tier.HANJA).isPresent() ? Group.HANJA : 1;
    boolean everyday = !name && everydayWords;
    return new Group(surface, alternatives, general, stems.size(), asksForNumber, everyday, weight);
  }

  private static boolean isCapitalisedInside(String text, int start) {
    if (!Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    int before = start - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    return before >= 0 && ".?!".indexOf(text.charAt(before)) < 0;
  }

  /** Whether a Korean translation of the word sounds like the word itself: a loanword or a name, not vocabulary. */
  private static boolean isLoanword(String surface, Set<List<String>> translations, Analysis analysis) {
    Set<String> keys = analysis.queryTerms(Fields.TRANSLITERATION, surface);
    for (List<String> korean : translations) {
      for (String term : korean) {
        if (analysis.indexTerms(Fields.TRANSLITERATION, term).stream().anyMatch(keys::contains)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> stems(List<Analysis.TermSpan> words) {
    return words.stream().map(Analysis.TermSpan::term).toList();
  }

  private static String blankHangul(String text) {
    StringBuilder out = new StringBuilder(text);
    for (int i = 0; i < out.length(); i++) {
      if (isHangulChar(out.charAt(i))) {
        out.setCharAt(i, ' ');
      }
    }
    return out.toString();
  }

  private static boolean hasHangul(String term) {
    return term.chars().anyMatch(QuestionGroups::isHangulChar);
  }

  static boolean isHangulChar(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
  }
}
