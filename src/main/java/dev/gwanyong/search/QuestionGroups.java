package dev.gwanyong.search;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.NumberCue;
import dev.gwanyong.lexicon.CrossLanguage;
import dev.gwanyong.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A question as groups of alternatives, one group per content word or lexicon phrase. A group holds
 * the word as the index analyses it, its synonyms, and its translations into the other language,
 * each an {@link Alternative}: a field and the terms that must all occur there. Korean words keep
 * their Korean form and gain English stems; English words (in an English, Korean or mixed question)
 * gain the Nori terms of their Korean translations. The same groups build the query (one structured
 * disjunction per group, so a word with many translations does not outweigh a word with one) and
 * measure how much of the question a passage covers.
 */
record QuestionGroups(List<Group> groups) {

  QuestionGroups {
    groups = List.copyOf(groups);
  }

  /**
   * Terms that must all occur in a field; {@code translated} when they come from the lexicon, a
   * transliteration or a derivation; {@code weight} is how much a match counts against a match of
   * the word itself (1, {@link #TRANSLITERATED} or {@link #DERIVED}); {@code standsFor} the
   * question word a match of them stands for where that is less than the group's: a phrase's head
   * (위원회 found for "steering committee" stands for committee, which a gloss should say); empty for
   * the group's word.
   */
  record Alternative(
      String field,
      List<String> terms,
      boolean translated,
      float weight,
      Optional<String> standsFor) {
    /**
     * A Hangul word found by transliterating an English word and matching it loosely counts this
     * much: it is a guess, and may be a different word that merely sounds alike.
     */
    static final float TRANSLITERATED = 0.5f;

    /**
     * A word derived from the question's counts this much: an agent noun's act (설립 for 설립자,
     * founder) is not the agent, nor is a phrase's head the phrase (위원회, committee, for Technical
     * Oversight Committee), and a sentence that has only the act or the head may say something else
     * about it.
     */
    static final float DERIVED = 0.5f;

    Alternative {
      terms = List.copyOf(terms);
    }

    static Alternative direct(String field, List<String> terms) {
      return new Alternative(field, terms, false, 1, Optional.empty());
    }

    static Alternative translation(String field, List<String> terms) {
      return new Alternative(field, terms, true, 1, Optional.empty());
    }

    static Alternative transliteration(String field, List<String> terms) {
      return new Alternative(field, terms, true, TRANSLITERATED, Optional.empty());
    }

    static Alternative derived(String field, List<String> terms) {
      return new Alternative(field, terms, true, DERIVED, Optional.empty());
    }

    /** The translation of a phrase's head word, a derived word that stands for the head alone. */
    static Alternative head(String field, List<String> terms, String headWord) {
      return new Alternative(field, terms, true, DERIVED, Optional.of(headWord));
    }

    /**
     * A translation of the Hanja tiers, which counts as a word found only there does ({@link
     * Group#HANJA}).
     */
    static Alternative hanja(String field, List<String> terms) {
      return new Alternative(field, terms, true, Group.HANJA, Optional.empty());
    }
  }

  /**
   * What the index being searched tells about a question's English words, and the English names it
   * writes.
   */
  interface CorpusWords {
    /**
     * Nothing: English words find Hangul loanwords by their phonetic keys only, and names by their
     * capitals.
     */
    CorpusWords NONE =
        new CorpusWords() {
          @Override
          public Set<String> hangulWords(String english) {
            return Set.of();
          }

          @Override
          public boolean writesAsName(String english) {
            return false;
          }

          @Override
          public boolean writesAsNamePhrase(List<String> englishStems) {
            return false;
          }

          @Override
          public Set<String> englishNames(String hangul) {
            return Set.of();
          }

          @Override
          public boolean hasKoreanWord(String term) {
            return false;
          }
        };

    /**
     * The Hangul words of the index an English word may be written as ({@link
     * CrossLanguage#loanwords}).
     */
    Set<String> hangulWords(String english);

    /** Whether the corpus writes the word (lower case) as a name, as it does Mesosphere. */
    boolean writesAsName(String english);

    /**
     * Whether the corpus writes these English stems one after another as words of a name: a stop
     * word is indexed only where a text writes it so (the Apache Way, {@code
     * index.NameStopFilter}).
     */
    boolean writesAsNamePhrase(List<String> englishStems);

    /**
     * The names of the index's English text, in lower case, that a Hangul word may write (톰, Tom).
     */
    Set<String> englishNames(String hangul);

    /** Whether a sentence has the Korean word, as its Korean field holds it (쓰이다, 열리다). */
    boolean hasKoreanWord(String term);
  }

  /**
   * One piece of the question's content and the ways a passage can contain it; {@code general} when
   * the word is vocabulary (the lexicon translates it, or the English word list or Nori's
   * dictionary knows it as a common word) rather than a name or acronym, or a number; {@code words}
   * is how many words it stands for, so that an English phrase weighs as much as the Korean
   * compound Nori splits in two; {@code numberCue} what number the word asks for (a percentage for
   * 비율 and percentage, a year for 연도), which such a number in a sentence answers; {@code everyday}
   * when it is one of the commonest English words or a Korean word translated as one (called, 유래),
   * which an answer may say otherwise; {@code weight} is how much the group counts in the query:
   * less than 1 for a word translated only by the Hanja tier ({@link #HANJA}), whose translations
   * are less certain. A respelled word counts as the word the member meant: counting it at 0.8
   * moved no figure of {@code bench selective} or {@code bench tatoeba}, and left "Who founded
   * Mesosphre?" refused where "Who founded Mesosphere?" is answered.
   */
  record Group(
      String word,
      Set<Alternative> alternatives,
      boolean general,
      int words,
      NumberCue numberCue,
      boolean everyday,
      float weight) {

    /**
     * A word translated only through Hanja counts this much of one the hand-written lexicon
     * translates.
     */
    static final float HANJA = 0.7f;

    Group {
      alternatives = Set.copyOf(alternatives);
    }
  }

  boolean isEmpty() {
    return groups.isEmpty();
  }

  /**
   * The groups of a question: its Hangul words ({@link HangulGroups}), then its Latin-script ones
   * ({@link LatinGroups}), each once; {@code corpus} finds the Hangul words an English word the
   * lexicon lacks may be written as, and which words the corpus writes as names.
   */
  static QuestionGroups of(String text, Analysis analysis, Lexicon lexicon, CorpusWords corpus) {
    List<Group> groups = new ArrayList<>(HangulGroups.of(text, analysis, lexicon, corpus));
    groups.addAll(LatinGroups.of(text, analysis, lexicon, corpus));
    List<Group> distinct = new ArrayList<>();
    for (Group group : groups) {
      if (distinct.stream().noneMatch(g -> g.alternatives().equals(group.alternatives()))) {
        distinct.add(group);
      }
    }
    return new QuestionGroups(distinct);
  }

  /** The terms of analysed words, in order. */
  static List<String> stems(List<Analysis.TermSpan> words) {
    return words.stream().map(Analysis.TermSpan::term).toList();
  }

  static boolean isHangulChar(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
  }
}
