package dev.gwanyong.search;

import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.Fields;
import dev.gwanyong.index.NumberCue;
import dev.gwanyong.index.PassiveVerbs;
import dev.gwanyong.index.PhoneticKey;
import dev.gwanyong.index.RomanisedKorean;
import dev.gwanyong.lexicon.Lexicon;
import dev.gwanyong.lexicon.WrittenWords;
import dev.gwanyong.search.QuestionGroups.Alternative;
import dev.gwanyong.search.QuestionGroups.CorpusWords;
import dev.gwanyong.search.QuestionGroups.Group;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@link QuestionGroups} of a question's Latin-script words, in an English, Korean or mixed
 * question: English words and lexicon phrases with their Korean translations, loanword forms and
 * phonetic keys, and Korean names written romanised.
 */
final class LatinGroups {

  /**
   * Fewer initials than this make no acronym worth searching: two letters stand for too many
   * things.
   */
  private static final int MIN_INITIALS = 3;

  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

  /**
   * The most words of a Chinese name in pinyin: a family name and a given name of two (Sima Xiang
   * Ru).
   */
  private static final int MAX_CHINESE_NAME = 3;

  private LatinGroups() {}

  /**
   * The groups of the question's Latin-script words: romanised Korean names whole, then the longest
   * lexicon phrases, then word by word.
   */
  static List<Group> of(String text, Analysis analysis, Lexicon lexicon, CorpusWords corpus) {
    // Hangul is blanked out (offsets kept) so that "k8s가" yields the English word k8s.
    String latinOnly = LatinCapitals.capitaliseNames(blankHangul(text), analysis, corpus);
    List<Analysis.TermSpan> words = analysis.termSpans(Fields.ENGLISH, latinOnly);
    WrittenWords written = WrittenWords.of(latinOnly);
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
      int length = longestPhrase(words, i, written, lexicon);
      Optional<Group> chinese =
          length == 1 ? chineseNameFrom(latinOnly, words, i, analysis, corpus) : Optional.empty();
      if (chinese.isPresent()) {
        groups.add(chinese.get());
        int nameEnd = words.get(i).start() + chinese.get().word().length();
        while (i < words.size() && words.get(i).start() < nameEnd) {
          i++;
        }
        continue;
      }
      List<Analysis.TermSpan> phrase = words.subList(i, i + length);
      if (!isFunctionWord(latinOnly, phrase, analysis, lexicon)) {
        Optional<String> compound =
            length == 1 ? compoundEndingAt(latinOnly, words, i) : Optional.empty();
        groups.add(english(text, phrase, compound, written, analysis, lexicon, corpus));
      }
      i += length;
    }
    return groups;
  }

  /**
   * Whether a phrase says nothing a passage could be searched for: every translation of it is a
   * word Korean analysis drops (again, 다시), or it is one word the lexicon does not translate and
   * the Snowball list names (under, against), which would otherwise be searched by its sound alone.
   */
  private static boolean isFunctionWord(
      String text, List<Analysis.TermSpan> phrase, Analysis analysis, Lexicon lexicon) {
    List<String> stems = QuestionGroups.stems(phrase);
    if (lexicon.isFunctionWord(stems)) {
      return true;
    }
    String written =
        text.substring(phrase.getFirst().start(), phrase.getLast().end()).toLowerCase(Locale.ROOT);
    return phrase.size() == 1
        && analysis.isEnglishFunctionWord(written)
        && lexicon.lookup(stems).isEmpty();
  }

  /**
   * The first letters of the words a phrase is written in, function words too: bdfl, benevolent
   * dictator for life.
   */
  private static String initials(String phrase) {
    StringBuilder initials = new StringBuilder();
    for (String word : WORD_BREAK.split(phrase.strip())) {
      if (!word.isEmpty()) {
        initials.appendCodePoint(Character.toLowerCase(word.codePointAt(0)));
      }
    }
    return initials.toString();
  }

  private static Optional<RomanisedKorean.Name> nameAt(
      List<RomanisedKorean.Name> names, Analysis.TermSpan word) {
    return names.stream().filter(n -> n.covers(word.start())).findFirst();
  }

  /**
   * A Korean name written romanised (Park Chung-hee) is one name, not three English words (park,
   * 공원): it is found by the keys of its Hangul spelling (박정희) among the keys of the index's names,
   * or as written in an English source.
   */
  private static Group koreanName(
      RomanisedKorean.Name name, List<Analysis.TermSpan> words, Analysis analysis) {
    Set<Alternative> alternatives = new LinkedHashSet<>();
    alternatives.add(Alternative.direct(Fields.ENGLISH, QuestionGroups.stems(words)));
    alternatives.add(Alternative.direct(Fields.TRANSLATION, QuestionGroups.stems(words)));
    List<String> asWritten = List.copyOf(analysis.indexTerms(Fields.KOREAN, name.text()));
    if (!asWritten.isEmpty()) {
      alternatives.add(Alternative.direct(Fields.KOREAN, asWritten));
    }
    for (String key : RomanisedKorean.nameKeys(name.text())) {
      alternatives.add(
          Alternative.translation(Fields.TRANSLITERATION, List.of(PhoneticKey.asName(key))));
    }
    return new Group(name.text(), alternatives, false, 1, NumberCue.NONE, false, 1);
  }

  /**
   * A Chinese name in pinyin from word {@code from}: two or three capitalised words one space or
   * hyphen apart that the index has as one Hangul word read by their characters' Korean readings
   * (Hua Yuan 화원, Zheng Chenggong 정성공), the longest first, where no lexicon phrase starts (Hong
   * Kong is the names tier's 홍콩). It is one name, not the English words its syllables may be (Song,
   * Ping).
   */
  private static Optional<Group> chineseNameFrom(
      String text, List<Analysis.TermSpan> words, int from, Analysis analysis, CorpusWords corpus) {
    for (int length = Math.min(MAX_CHINESE_NAME, words.size() - from); length >= 2; length--) {
      List<Analysis.TermSpan> run = words.subList(from, from + length);
      if (!LatinCapitals.isWrittenAsOneName(text, run)) {
        continue;
      }
      String name =
          WrittenWords.withoutPossessive(
              text.substring(run.getFirst().start(), run.getLast().end()));
      Set<Alternative> alternatives = new LinkedHashSet<>();
      for (String hangul : corpus.hangulWords(name)) {
        alternatives.add(
            Alternative.transliteration(
                Fields.KOREAN, List.copyOf(analysis.indexTerms(Fields.KOREAN, hangul))));
      }
      if (!alternatives.isEmpty()) {
        alternatives.add(Alternative.direct(Fields.ENGLISH, QuestionGroups.stems(run)));
        alternatives.add(Alternative.direct(Fields.TRANSLATION, QuestionGroups.stems(run)));
        return Optional.of(new Group(name, alternatives, false, 1, NumberCue.NONE, false, 1));
      }
    }
    return Optional.empty();
  }

  /**
   * How many words from {@code from} make the longest phrase the lexicon translates; 1 when none
   * does. A phrase only the Hanja tier has is not one: its rare compounds ("invite to dinner" 청객)
   * would swallow words that the hand-written tier translates one by one as sentences say them (초대,
   * 저녁 식사).
   */
  private static int longestPhrase(
      List<Analysis.TermSpan> words, int from, WrittenWords written, Lexicon lexicon) {
    int longest = Math.min(lexicon.longestPhraseFrom(words.get(from).term()), Lexicon.MAX_PHRASE);
    for (int length = Math.min(longest, words.size() - from); length > 1; length--) {
      if (lexicon
          .lookup(words.subList(from, from + length), written)
          .filter(t -> t.tier() != Lexicon.Tier.HANJA)
          .isPresent()) {
        return length;
      }
    }
    return 1;
  }

  /**
   * The hyphenated compound (play-off, e-mail, Migeun-dong) whose last word the search keeps is
   * word {@code i}, written without its hyphens; empty when the word ends none. Korean writes many
   * such compounds as one word (플레이오프, 이메일, 미근동), where their parts translated one by one say
   * something else (play is 연극, off 떨어지다).
   */
  private static Optional<String> compoundEndingAt(
      String text, List<Analysis.TermSpan> words, int i) {
    int start = words.get(i).start();
    while (start > 0 && isCompoundChar(text.charAt(start - 1))) {
      start--;
    }
    int end = words.get(i).end();
    while (end < text.length() && isCompoundChar(text.charAt(end))) {
      end++;
    }
    String written = text.substring(start, end);
    boolean hyphenated =
        written.indexOf('-') > 0
            && !written.endsWith("-")
            && written.chars().allMatch(c -> c == '-' || Character.isLetter(c));
    boolean last = i + 1 == words.size() || words.get(i + 1).start() >= end;
    return hyphenated && last ? Optional.of(written.replace("-", "")) : Optional.empty();
  }

  private static boolean isCompoundChar(char c) {
    return c == '-' || Character.isLetterOrDigit(c);
  }

  /** The index's Hangul words an English word may be written as, at a transliteration's weight. */
  private static void addHangulForms(
      String english, Set<Alternative> alternatives, Analysis analysis, CorpusWords corpus) {
    for (String hangul : corpus.hangulWords(english)) {
      List<String> terms = List.copyOf(analysis.indexTerms(Fields.KOREAN, hangul));
      if (!terms.isEmpty()) {
        alternatives.add(Alternative.transliteration(Fields.KOREAN, terms));
      }
    }
  }

  private static Group english(
      String text,
      List<Analysis.TermSpan> phrase,
      Optional<String> compound,
      WrittenWords written,
      Analysis analysis,
      Lexicon lexicon,
      CorpusWords corpus) {
    List<String> stems = QuestionGroups.stems(phrase);
    // A possessive's ending is no part of the word: Joseon's is sought by Joseon's sound and
    // spellings, 조선.
    String surface =
        WrittenWords.withoutPossessive(
            text.substring(phrase.getFirst().start(), phrase.getLast().end()));
    Set<Alternative> alternatives = new LinkedHashSet<>();
    alternatives.add(Alternative.direct(Fields.ENGLISH, stems));
    // The aligned translation is the source's own English: a match there is as direct as one in an
    // English source.
    alternatives.add(Alternative.direct(Fields.TRANSLATION, stems));
    if (stems.size() == 1) {
      // English text may say what a noun names with its verb: "Mesosphere's founder?", "was founded
      // by".
      for (String verb : analysis.verbsOf(surface.toLowerCase(Locale.ROOT))) {
        alternatives.add(Alternative.direct(Fields.ENGLISH, List.of(verb)));
        alternatives.add(Alternative.direct(Fields.TRANSLATION, List.of(verb)));
      }
    }
    List<String> asKorean = List.copyOf(analysis.indexTerms(Fields.KOREAN, surface));
    if (!asKorean.isEmpty()) {
      // Names, acronyms and numbers (CNCF, AWS, 2014) stand as they are in Korean text too.
      alternatives.add(Alternative.direct(Fields.KOREAN, asKorean));
    }
    if (stems.size() == 1 && surface.chars().allMatch(Character::isDigit)) {
      // English text writes a small number as a word (five), and Korean text as a native numeral
      // before a native counter (다섯 명): a question's 5 is sought as those the number tier spells it
      // as too.
      for (String word : lexicon.english(surface)) {
        alternatives.add(Alternative.translation(Fields.ENGLISH, List.of(word)));
        alternatives.add(Alternative.translation(Fields.TRANSLATION, List.of(word)));
        for (List<String> korean : lexicon.korean(List.of(word))) {
          if (!korean.equals(asKorean)) {
            alternatives.add(Alternative.translation(Fields.KOREAN, korean));
          }
        }
      }
    }
    Optional<Lexicon.Translations> found = lexicon.lookup(phrase, written);
    Set<List<String>> translations = found.map(Lexicon.Translations::korean).orElse(Set.of());
    for (List<String> korean : translations) {
      alternatives.add(Alternative.translation(Fields.KOREAN, korean));
      if (korean.size() == 1) {
        // A translation brings its Korean synonyms along: cost → 값, and 값 → 가격.
        for (List<String> synonym : analysis.queryPaths(Fields.KOREAN, korean.getFirst())) {
          alternatives.add(Alternative.translation(Fields.KOREAN, synonym));
        }
        // And a verb its passive or causative, a verb of its own in Korean where English has one
        // verb in two voices: "What is Grafana used for?" of 쓰인다 (쓰이다), as 쓰다 translates use.
        for (String derived : PassiveVerbs.forms(korean.getFirst())) {
          if (corpus.hasKoreanWord(derived)) {
            alternatives.add(Alternative.derived(Fields.KOREAN, List.of(derived)));
          }
        }
      }
    }
    if (found.filter(t -> t.tier() == Lexicon.Tier.HAND_WRITTEN).isPresent()) {
      // A Korean text may say the word in Sino-Korean the hand-written tier does not list: mother
      // as 모친.
      for (List<String> korean : lexicon.korean(stems, Lexicon.Tier.HANJA)) {
        if (!translations.contains(korean)) {
          alternatives.add(Alternative.hanja(Fields.KOREAN, korean));
        }
      }
      // Or a number word the hand-written tier knows as another word only: second, the time, as 두
      // 번째.
      for (List<String> korean : lexicon.korean(stems, Lexicon.Tier.NUMBERS)) {
        alternatives.add(Alternative.translation(Fields.KOREAN, korean));
      }
    }
    boolean everydayWords = stems.stream().allMatch(lexicon::isEveryday);
    // A capitalised everyday word the lexicon translates that stands before another capitalised
    // word is a title (President Roh, Prime Minister Han, Mount Kumgang), which Korean writes as a
    // common noun (노무현 대통령).
    boolean title =
        everydayWords
            && !translations.isEmpty()
            && LatinCapitals.isCapitalisedWordAfter(text, phrase.getLast().end());
    boolean capitalised =
        LatinCapitals.isCapitalisedInside(text, phrase.getFirst().start()) && !title;
    boolean unknown = found.filter(t -> t.tier() != Lexicon.Tier.HANJA).isEmpty();
    boolean namesTier = found.filter(t -> t.tier() == Lexicon.Tier.NAMES).isPresent();
    if (unknown) {
      // A word the lexicon does not know, or knows only through a Hanja gloss, may be a loanword:
      // Mesosphere is found as 메조스피어 by its phonetic key, and accordion as 아코디언 though 風琴 (풍금) is
      // glossed accordion.
      for (String key : analysis.queryTerms(Fields.TRANSLITERATION, surface)) {
        alternatives.add(Alternative.translation(Fields.TRANSLITERATION, List.of(key)));
      }
    }
    if (stems.size() == 1 && (unknown || capitalised && !namesTier)) {
      // And by its Hangul forms, matched by jamo against the index's words: message as 메시지 or 메세지.
      // So is a word the lexicon translates as vocabulary that the question writes as a name, as
      // Korean text writes a name by its sound: the probe Mariner 6 is 매리너 6호, not 해병대, and a film
      // called Umbrella 엄브렐러, not 우산. A names tier's Korean is already the name's spelling (Spain
      // is 스페인, Chicago 시카고).
      addHangulForms(surface, alternatives, analysis, corpus);
    }
    // And the last word of a hyphenated compound by the whole compound's Hangul forms.
    compound.ifPresent(joined -> addHangulForms(joined, alternatives, analysis, corpus));
    String lower = surface.toLowerCase(Locale.ROOT);
    if (stems.size() == 1
        && !lexicon.isEnglishWord(lower)
        && RomanisedKorean.isRomanisedWord(lower)) {
      // A Korean place written romanised in one word, as English text writes them, is found by the
      // keys of its Hangul spelling among those the index has for Nori's proper nouns: Tongyeong as
      // 통영, Gyeongju as 경주.
      for (String key : RomanisedKorean.nameKeys(lower)) {
        alternatives.add(
            Alternative.translation(Fields.TRANSLITERATION, List.of(PhoneticKey.asName(key))));
      }
    }
    if (stems.size() > 1) {
      // A phrase is also found through the translation of its last word, its head: "vendor lock-in"
      // by 종속. At the weight of a derived word: the head alone may name another of its kind (위원회
      // for any committee).
      String head = surface.substring(surface.lastIndexOf(' ') + 1);
      for (List<String> korean : lexicon.korean(List.of(stems.getLast()))) {
        alternatives.add(Alternative.head(Fields.KOREAN, korean, head));
      }
      // And as its initials, where a text writes the name so: benevolent dictator for life as BDFL,
      // Technical Oversight Committee as TOC.
      String initials = initials(surface);
      if (initials.length() >= MIN_INITIALS) {
        for (String field : List.of(Fields.KOREAN, Fields.ENGLISH, Fields.TRANSLATION)) {
          List<String> terms = List.copyOf(analysis.indexTerms(field, initials));
          if (!terms.isEmpty()) {
            alternatives.add(Alternative.direct(field, terms));
          }
        }
      }
    }
    for (List<String> synonym : analysis.queryPaths(Fields.KOREAN, surface)) {
      alternatives.add(Alternative.direct(Fields.KOREAN, synonym));
    }
    Optional<String> ordinal =
        stems.size() == 1
            ? LatinNumbers.regnalNumber(text, phrase.getFirst())
                .or(() -> LatinNumbers.ordinalNumber(surface))
            : Optional.empty();
    ordinal.ifPresent(
        digits -> {
          // Louis XV is 루이 15세 in Korean text, World War II 제2차 세계 대전, the 17th election 제17대 선거.
          alternatives.add(Alternative.direct(Fields.KOREAN, List.of(digits)));
          alternatives.add(Alternative.direct(Fields.ENGLISH, List.of(digits)));
        });
    NumberCue numberCue = stems.size() == 1 ? analysis.numberCue(stems.getFirst()) : NumberCue.NONE;
    // A bare number ("3", "2020") is as unspecific as an everyday word; a capitalised word inside
    // the sentence (Kubernetes, CNCF), one the corpus writes as a name (mesosphere, typed in lower
    // case), one of the names tier (Switzerland) or one whose Korean is its own transliteration
    // (google → 구글) is a name. An everyday word is a loanword, not a name, however Korean spells
    // it: service is 서비스 and coffee 커피. Nor is a title (above).
    boolean number =
        surface.chars().allMatch(c -> Character.isDigit(c) || c == '.') || ordinal.isPresent();
    boolean name =
        capitalised
            || phrase.size() == 1 && corpus.writesAsName(surface.toLowerCase(Locale.ROOT))
            || namesTier
            || !everydayWords && isLoanword(surface, translations, analysis)
            || isWrittenAsName(surface, translations, lexicon);
    // A word of the English word list that no tier translates is vocabulary the lexicon lacks
    // (regency, hijacked), not a name, unless it is written or used as one: its absence is the
    // question's phrasing missing, not its topic.
    boolean vocabulary =
        !translations.isEmpty() || stems.size() == 1 && lexicon.isEnglishWord(lower);
    boolean general = number || (vocabulary && !name);
    float weight = found.filter(t -> t.tier() == Lexicon.Tier.HANJA).isPresent() ? Group.HANJA : 1;
    boolean everyday = !name && everydayWords;
    return new Group(surface, alternatives, general, stems.size(), numberCue, everyday, weight);
  }

  /**
   * Whether a word no tier translates is written capitalised and SCOWL writes it so: a name at the
   * start of a sentence too (Tom, John), though the word list also has it in lower case (a tom
   * cat).
   */
  private static boolean isWrittenAsName(
      String surface, Set<List<String>> translations, Lexicon lexicon) {
    return translations.isEmpty()
        && Character.isUpperCase(surface.charAt(0))
        && lexicon.isEnglishName(surface.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a Korean translation of the word sounds like the word itself: a loanword or a name, not
   * vocabulary.
   */
  private static boolean isLoanword(
      String surface, Set<List<String>> translations, Analysis analysis) {
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

  private static String blankHangul(String text) {
    StringBuilder out = new StringBuilder(text);
    for (int i = 0; i < out.length(); i++) {
      if (QuestionGroups.isHangulChar(out.charAt(i))) {
        out.setCharAt(i, ' ');
      }
    }
    return out.toString();
  }
}
