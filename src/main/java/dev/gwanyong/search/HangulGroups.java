package dev.gwanyong.search;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.Fields;
import dev.gwanyong.index.HangulSyllables;
import dev.gwanyong.index.IrregularStems;
import dev.gwanyong.index.KoreanEndings;
import dev.gwanyong.index.NumberCue;
import dev.gwanyong.index.PassiveVerbs;
import dev.gwanyong.lexicon.Lexicon;
import dev.gwanyong.search.QuestionGroups.Alternative;
import dev.gwanyong.search.QuestionGroups.Group;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@link QuestionGroups} of a question's Hangul words: each Korean word or compound with its
 * synonyms and English translations, a loanword or foreign name with the other Hangul spellings of
 * its sound and the English names of the index it may write, and a loanword Nori cut into pieces as
 * one word. The person a question asks for (설립한 사람은 누구야?) is no group: the question asks who.
 */
final class HangulGroups {

  private HangulGroups() {}

  /**
   * No character below this one is Hangul or a Hanja, which Nori reads in Hangul: a text without
   * one has no Hangul words (Nori found none in Tatoeba's 1,000 English sentences nor in any
   * character below it), and reading a long English question only to find none took Nori 50–70 µs
   * of the question's 3–4 ms at 99k passages.
   */
  private static final char FIRST_HANGUL = '\u1100';

  /**
   * What may follow the person a question asks for, at its end: a particle, 누구 and its endings,
   * punctuation (설립한 사람은 누구야?, 파견된 인물은?).
   */
  private static final Pattern PERSON_ASKED_FOR_END =
      Pattern.compile("(?:은|는|이|가)?(?:\\s+누구\\S*?)?\\s*[?!.]*");

  /** The words for the person a question asks for. */
  private static final Set<String> PERSONS = Set.of("사람", "인물");

  /** The most pieces Nori cuts a name written in Hangul into that are sought as one name. */
  private static final int MAX_NAME_PIECES = 4;

  /** The suffix Nori splits off an agent noun: 설립 | 자, founder; 개발 | 자, developer. */
  private static final String AGENT_SUFFIX = "자";

  /**
   * The groups of the question's Hangul words, in order; {@code corpus} gives the English names a
   * word may write.
   */
  static List<Group> of(
      String text, Analysis analysis, Lexicon lexicon, QuestionGroups.CorpusWords corpus) {
    List<Group> groups = new ArrayList<>();
    if (text.chars().allMatch(c -> c < FIRST_HANGUL)) {
      return groups;
    }
    Analysis.KoreanReading reading = analysis.readKorean(text);
    Set<String> commonWords = reading.commonWords();
    List<Analysis.TermSpan> hangul =
        reading.spans().stream()
            .filter(span -> hasHangul(span.term()) && !isPersonAskedFor(span, text))
            .toList();
    for (int i = 0; i < hangul.size(); ) {
      Optional<NameRun> name = nameRun(hangul, i, text, corpus);
      if (name.isPresent()) {
        groups.add(
            splitName(hangul.subList(i, name.get().end()), name.get().written(), analysis, corpus));
        i = name.get().end();
        continue;
      }
      int runEnd = untranslatedRunEnd(hangul, i, lexicon);
      List<Analysis.TermSpan> pieces = hangul.subList(i, runEnd);
      int nextPiece = runEnd == hangul.size() ? text.length() : hangul.get(runEnd).start();
      Optional<Group> loanword =
          pieces.size() > 1 ? splitLoanword(pieces, nextPiece, text, analysis) : Optional.empty();
      if (loanword.isPresent()) {
        groups.add(loanword.get());
        i += pieces.size();
      } else {
        // One piece, or a compound Nori split whose whole the lexicon translates.
        List<Analysis.TermSpan> word = compoundAt(hangul, i, text, lexicon);
        groups.add(korean(word, text, analysis, lexicon, commonWords, corpus));
        i += word.size();
      }
    }
    return groups;
  }

  /**
   * The Korean word of one piece, or of a compound Nori split into pieces (물리 | 학), which the
   * lexicon translates as a whole (physics).
   */
  private static Group korean(
      List<Analysis.TermSpan> pieces,
      String text,
      Analysis analysis,
      Lexicon lexicon,
      Set<String> commonWords,
      QuestionGroups.CorpusWords corpus) {
    List<String> terms = QuestionGroups.stems(pieces);
    String term = pieces.size() == 1 ? terms.getFirst() : written(pieces, text);
    Set<Alternative> alternatives = new LinkedHashSet<>();
    alternatives.add(Alternative.direct(Fields.KOREAN, terms));
    for (List<String> synonym : analysis.queryPaths(Fields.KOREAN, term)) {
      alternatives.add(Alternative.direct(Fields.KOREAN, synonym));
    }
    Set<String> english = new LinkedHashSet<>(lexicon.english(terms));
    // A verb written as two could be (쓰는: 쓸- "sweep" with its ㄹ dropped, or 쓰- "use") is sought as
    // both: the index reads each written form as Nori does, and the other forms of either verb as
    // that verb.
    Optional<String> writtenVerb =
        pieces.size() == 1
            ? IrregularStems.writtenVerb(
                term, text.substring(pieces.getFirst().start(), pieces.getFirst().end()))
            : Optional.empty();
    if (writtenVerb.isPresent()) {
      alternatives.add(Alternative.direct(Fields.KOREAN, List.of(writtenVerb.get())));
      english.addAll(lexicon.english(List.of(writtenVerb.get())));
    }
    for (String stem : english) {
      alternatives.add(Alternative.translation(Fields.ENGLISH, List.of(stem)));
      alternatives.add(Alternative.translation(Fields.TRANSLATION, List.of(stem)));
    }
    Set<Alternative> indexNames =
        new LinkedHashSet<>(namesWrittenInKorean(term, english, analysis, corpus));
    // A passive or causative is also sought as the verb it derives from, where the lexicon knows
    // that verb: 바뀌다 as 바꾸다 and change, as a text writes in the other voice what a question asks.
    Optional<String> base = pieces.size() == 1 ? PassiveVerbs.base(term) : Optional.empty();
    Set<String> baseEnglish = base.map(verb -> lexicon.english(List.of(verb))).orElse(Set.of());
    if (!baseEnglish.isEmpty()) {
      alternatives.add(Alternative.derived(Fields.KOREAN, List.of(base.get())));
      for (String stem : baseEnglish) {
        if (!english.contains(stem)) {
          alternatives.add(Alternative.derived(Fields.ENGLISH, List.of(stem)));
          alternatives.add(Alternative.derived(Fields.TRANSLATION, List.of(stem)));
        }
      }
    }
    Optional<Lexicon.Tier> tier = lexicon.tierOf(terms);
    if (tier.filter(t -> t == Lexicon.Tier.HAND_WRITTEN).isPresent()) {
      // What the Hanja tiers gloss the word as, beside the hand-written English: 의견 is opinion, and
      // idea there.
      for (String stem : lexicon.english(terms, Lexicon.Tier.HANJA)) {
        if (!english.contains(stem)) {
          alternatives.add(Alternative.hanja(Fields.ENGLISH, List.of(stem)));
          alternatives.add(Alternative.hanja(Fields.TRANSLATION, List.of(stem)));
        }
      }
    }
    if (terms.size() == 2 && terms.getLast().equals(AGENT_SUFFIX)) {
      // An agent noun is also sought as its act: a text says who founded (설립한, founded) more often
      // than who the founder (설립 | 자) was. In English the act is the act's translation, or the verb
      // WordNet relates the agent's translation to, as for an English question's noun: 창업 has no
      // translation of its own, but 창업자 is founder, and founder found. The lexicon gives stems,
      // which for agent nouns are the nouns as written (founder, creator).
      List<String> act = terms.subList(0, 1);
      alternatives.add(Alternative.derived(Fields.KOREAN, act));
      Set<String> acts = new LinkedHashSet<>(lexicon.english(act));
      english.forEach(agent -> acts.addAll(analysis.verbsOf(agent)));
      for (String stem : acts) {
        alternatives.add(Alternative.derived(Fields.ENGLISH, List.of(stem)));
        alternatives.add(Alternative.derived(Fields.TRANSLATION, List.of(stem)));
      }
    }
    if (english.isEmpty()) {
      // A word the lexicon has only as an English phrase's translation is searched as that phrase:
      // 사형, death penalty.
      for (List<String> phrase : lexicon.englishPhrases(terms)) {
        alternatives.add(Alternative.translation(Fields.ENGLISH, phrase));
        alternatives.add(Alternative.translation(Fields.TRANSLATION, phrase));
      }
      // A Hangul loanword the lexicon lacks finds the English word it renders by its phonetic key:
      // 노마드 as Nomad.
      alternatives.addAll(latinKeys(term, analysis));
      // And a name of the English text by the name's Hangul forms, which a short name's too few
      // consonants leave no key for: 톰 as Tom.
      indexNames.addAll(englishNames(term, analysis, corpus));
    }
    alternatives.addAll(indexNames);
    // A Hangul loanword with a phonetic key (쿠버네티스, not 도서관) names something, even when the lexicon
    // lists it, unless it translates an everyday word (서비스, 커피); so does a word of the names tier
    // (스위스), and one the index writes as a name in Latin letters, which a short loanword's too few
    // consonants leave no key for (보그 as Borg, 오메가 as Omega). A word the lexicon lacks is a name
    // unless Nori's dictionary knows it as a common word (없이), not as a proper noun (차범근) or not
    // at all.
    boolean everyday = english.stream().anyMatch(lexicon::isEveryday);
    Set<String> keys = everyday ? Set.of() : analysis.indexTerms(Fields.TRANSLITERATION, term);
    boolean loanword = !keys.isEmpty();
    for (String key : keys) {
      // Loanwords and foreign names are spelled more than one way (제레미 and 제러미, 메세지 and 메시지), and
      // every spelling reads as one key: it finds the passages' Hangul words of that sound, as
      // loosely as a transliteration.
      alternatives.add(Alternative.transliteration(Fields.TRANSLITERATION, List.of(key)));
    }
    boolean vocabulary =
        tier.isPresent() ? tier.get() != Lexicon.Tier.NAMES : commonWords.contains(term);
    // A compound weighs in the evidence as the pieces Nori split it into would.
    return new Group(
        term,
        alternatives,
        vocabulary && !loanword && indexNames.isEmpty(),
        pieces.size(),
        analysis.numberCue(term),
        everyday,
        1);
  }

  /**
   * The pieces from {@code from} that make a compound: two or three that follow each other without
   * a gap and that the lexicon translates together (물리 | 학, 법무 | 부), the longest first. One piece
   * when there is none. The whole wins even where the pieces translate alone: 대사 | 관 is an embassy,
   * not an ambassador's tube, and 일 | 요일 is Sunday, not work and Wednesday (Tatoeba Korean→English
   * accuracy@1 0.576 → 0.593, KorQuAD R@1 0.924 → 0.923).
   */
  private static List<Analysis.TermSpan> compoundAt(
      List<Analysis.TermSpan> spans, int from, String text, Lexicon lexicon) {
    for (int end = Math.min(from + Lexicon.MAX_COMPOUND, spans.size()); end > from + 1; end--) {
      List<Analysis.TermSpan> pieces = spans.subList(from, end);
      if (oneWordApart(pieces, text) && !lexicon.english(QuestionGroups.stems(pieces)).isEmpty()) {
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

  /** Whether the pieces follow each other with nothing or one space between them. */
  private static boolean oneWordApart(List<Analysis.TermSpan> pieces, String text) {
    for (int i = 1; i < pieces.size(); i++) {
      int gap = pieces.get(i).start() - pieces.get(i - 1).end();
      if (gap > 1 || gap == 1 && text.charAt(pieces.get(i - 1).end()) != ' ') {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the run of pieces from {@code from} ends that the lexicon translates none of and that
   * follow each other without a gap: a loanword Nori may have cut up (메소스피어 as 메소 | 스피어).
   * Sino-Korean compounds make no such run: their parts have translations.
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
   * A run of pieces that writes a name: where it ends among the pieces, and the Hangul it writes
   * the name in.
   */
  private record NameRun(int end, String written) {}

  /**
   * The longest run of two pieces or more from {@code from} that is written as one word and writes
   * a name of the index's English text in Hangul (쿠베콘 for KubeCon, which Nori reads as 쿠 | 베다 | 콘);
   * empty when none does.
   */
  private static Optional<NameRun> nameRun(
      List<Analysis.TermSpan> spans, int from, String text, QuestionGroups.CorpusWords corpus) {
    for (int end = Math.min(from + MAX_NAME_PIECES, spans.size()); end > from + 1; end--) {
      List<Analysis.TermSpan> pieces = spans.subList(from, end);
      int nextPiece = end == spans.size() ? text.length() : spans.get(end).start();
      Optional<String> written =
          adjacent(pieces) ? writtenName(pieces, nextPiece, text, corpus) : Optional.empty();
      if (written.isPresent()) {
        return Optional.of(new NameRun(end, written.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * The Hangul the pieces write a name of the index's English text in: as the pieces are written,
   * or through the rest of their written word before {@code nextPiece}, which Nori read as an
   * ending (메소스피어? as 메소 | 스피다, a verb's stem and its 어, where 메소스피어는 is 메소 | 스피어).
   */
  private static Optional<String> writtenName(
      List<Analysis.TermSpan> pieces,
      int nextPiece,
      String text,
      QuestionGroups.CorpusWords corpus) {
    String written = written(pieces, text);
    if (!corpus.englishNames(written).isEmpty()) {
      return Optional.of(written);
    }
    int wordEnd = pieces.getLast().end();
    while (wordEnd < nextPiece && QuestionGroups.isHangulChar(text.charAt(wordEnd))) {
      wordEnd++;
    }
    String word = text.substring(pieces.getFirst().start(), wordEnd);
    return wordEnd > pieces.getLast().end() && !corpus.englishNames(word).isEmpty()
        ? Optional.of(word)
        : Optional.empty();
  }

  /**
   * One group for a name written in Hangul ({@code whole}) that Nori cut into pieces ({@link
   * #nameRun}): the pieces, which the lexicon may translate as words of their own ("cut" for 베다),
   * name nothing there. It is one word, so it weighs as one.
   */
  private static Group splitName(
      List<Analysis.TermSpan> pieces,
      String whole,
      Analysis analysis,
      QuestionGroups.CorpusWords corpus) {
    Set<Alternative> found = new LinkedHashSet<>(latinKeys(whole, analysis));
    found.addAll(englishNames(whole, analysis, corpus));
    return oneWord(pieces, whole, found);
  }

  /**
   * The group of a word Nori cut into pieces: the pieces as they are, and what the whole is {@code
   * found} as.
   */
  private static Group oneWord(
      List<Analysis.TermSpan> pieces, String whole, Set<Alternative> found) {
    Set<Alternative> alternatives = new LinkedHashSet<>();
    alternatives.add(Alternative.direct(Fields.KOREAN, QuestionGroups.stems(pieces)));
    alternatives.addAll(found);
    return new Group(whole, alternatives, false, 1, NumberCue.NONE, false, 1);
  }

  /** The pieces as the question writes them, from the first one's start to the last one's end. */
  private static String written(List<Analysis.TermSpan> pieces, String text) {
    return text.substring(pieces.getFirst().start(), pieces.getLast().end());
  }

  /**
   * One group for a loanword Nori cut into pieces, when the whole has a phonetic key: a passage
   * that spells it the same way holds the same pieces, and one that writes it in English
   * (Mesosphere for 메소스피어) is found by the whole word's key, which its pieces' keys would miss. It
   * is one word, so it weighs as one.
   */
  private static Optional<Group> splitLoanword(
      List<Analysis.TermSpan> pieces, int nextPiece, String text, Analysis analysis) {
    String whole = written(pieces, text);
    Set<Alternative> found = latinKeys(whole, analysis);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    if (endsWithParticle(pieces, nextPiece, text)) {
      found.add(
          Alternative.direct(
              Fields.KOREAN, QuestionGroups.stems(pieces.subList(0, pieces.size() - 1))));
    }
    return Optional.of(oneWord(pieces, whole, found));
  }

  /**
   * Whether the last piece is a particle written onto the word that Nori read as a word of its own:
   * in 리프킨이 한 말은? it read 이 as the numeral two beside 한 as one, where a sentence's 리프킨이 말한 has 이 as
   * the particle it drops. Before a space or a mark, or before another word that Nori read, as in a
   * question typed without spaces (제러미리프킨이한말은?).
   */
  private static boolean endsWithParticle(
      List<Analysis.TermSpan> pieces, int nextPiece, String text) {
    Analysis.TermSpan last = pieces.getLast();
    String written = text.substring(last.start(), last.end());
    return pieces.size() > 1
        && written.length() == 1
        && written.equals(last.term())
        && KoreanEndings.isEnding(written)
        && (last.end() == text.length()
            || last.end() == nextPiece
            || !Character.isLetterOrDigit(text.charAt(last.end())));
  }

  /**
   * Whether a word is the person the question asks for, at its end after what the person did (설립한
   * 사람은 누구야?, 파견된 인물은?): it asks who, as "Who founded…" does, and the answer names the person
   * without calling them 사람 or 인물, so the word is no word of the answer, as who is not. A question
   * about the person (이 사람은 누구야?) has no modifier before it, which ends in -ㄴ or -ㄹ (설립한, 파견된, 만든,
   * 세울), and keeps it.
   */
  private static boolean isPersonAskedFor(Analysis.TermSpan span, String text) {
    if (!PERSONS.contains(span.term())
        || !PERSON_ASKED_FOR_END.matcher(text.substring(span.end())).matches()) {
      return false;
    }
    int before = span.start();
    while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
      before--;
    }
    if (before == span.start()
        || before == 0
        || !HangulSyllables.isSyllable(text.charAt(before - 1))) {
      return false;
    }
    int finalConsonant = HangulSyllables.last(text.charAt(before - 1));
    return finalConsonant == HangulSyllables.FINAL_NIEUN
        || finalConsonant == HangulSyllables.FINAL_RIEUL;
  }

  /**
   * The names of the index's English text that a Hangul word may write, each as its English stems,
   * and as the word Nori reads in a Korean sentence that writes the name with its particle (첫
   * KubeCon은), which the English field keeps with the particle.
   */
  private static Set<Alternative> englishNames(
      String hangul, Analysis analysis, QuestionGroups.CorpusWords corpus) {
    Set<Alternative> names = new LinkedHashSet<>();
    for (String name : corpus.englishNames(hangul)) {
      List<String> stems = List.copyOf(analysis.indexTerms(Fields.ENGLISH, name));
      if (!stems.isEmpty()) {
        names.add(Alternative.transliteration(Fields.ENGLISH, stems));
        names.add(Alternative.transliteration(Fields.TRANSLATION, stems));
      }
      names.add(Alternative.transliteration(Fields.KOREAN, List.of(name)));
    }
    return names;
  }

  /**
   * A name the lexicon translates, as a Korean sentence writes it in Latin letters with its
   * particle (Prometheus는), which the English field keeps whole (prometheus는) and the Korean field
   * reads as the name: the index's names whose Hangul form the word is and whose English stems are
   * the lexicon's translation. "프로메테우스는 언제 졸업했어?" met no sentence of "…Prometheus는 2018년 8월 두 번째 졸업
   * 프로젝트가 되었다.", whose names the synonyms do not spell, as they spell Docker's (도커, docker).
   */
  private static Set<Alternative> namesWrittenInKorean(
      String hangul, Set<String> english, Analysis analysis, QuestionGroups.CorpusWords corpus) {
    Set<Alternative> names = new LinkedHashSet<>();
    if (english.isEmpty()) {
      return names;
    }
    for (String name : corpus.englishNames(hangul)) {
      Set<String> stems = analysis.indexTerms(Fields.ENGLISH, name);
      if (!stems.isEmpty() && english.containsAll(stems)) {
        names.add(Alternative.translation(Fields.KOREAN, List.of(name)));
      }
    }
    return names;
  }

  /** The phonetic keys of a Hangul word, searched in the keys of the passages' English words. */
  private static Set<Alternative> latinKeys(String hangul, Analysis analysis) {
    Set<Alternative> keys = new LinkedHashSet<>();
    for (String key : analysis.queryTerms(Fields.TRANSLITERATION_LATIN, hangul)) {
      keys.add(Alternative.translation(Fields.TRANSLITERATION_LATIN, List.of(key)));
    }
    return keys;
  }

  private static boolean hasHangul(String term) {
    return term.chars().anyMatch(QuestionGroups::isHangulChar);
  }
}
