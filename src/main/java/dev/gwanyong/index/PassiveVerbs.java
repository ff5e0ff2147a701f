package dev.gwanyong.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The verb a Korean passive or causative is derived from: 바뀌다 from 바꾸다 (change), 열리다 from 열다 (open,
 * hold), 닫히다 from 닫다, 쓰이다 from 쓰다, 안기다 from 안다. A question asks in one voice what a text writes in
 * the other (어떤 라이선스로 바뀌었어? of "…라이선스를 … BSL 1.1로 바꿨다"), and each is a verb of its own to the
 * analysis and to the lexicon. Read from the form alone, the suffix -이-, -히-, -리-, -기- (or ㅣ joined
 * onto the vowel, 바꾸 + 이 → 바뀌) also ends verbs that derive from nothing (달리다, run, is not from 달다),
 * so a caller keeps only the verbs the lexicon knows, and weighs them as derived words.
 */
public final class PassiveVerbs {

  /** The vowels ㅜ, ㅟ and ㅣ by index: ㅣ joined onto ㅜ (바꾸 + 이 → 바뀌) is the passive's contraction. */
  private static final int WU = 13;

  private static final int WI = 16;
  private static final int I = 20;

  /** The suffixes as syllables of their own, after a stem (쓰 | 이, 닫 | 히, 열 | 리, 안 | 기). */
  private static final String SUFFIXES = "이히리기";

  /** A stem ending in 르 takes -리- with ㄹ on the syllable before it (부르 → 불리). */
  private static final char REU = '르';

  /** The suffixes' initial consonants (-이-, -히-, -리-, -기-). */
  private static final String SUFFIX_INITIALS = "ㅇㅎㄹㄱ";

  private PassiveVerbs() {}

  /**
   * The verb {@code verb} may be the passive or causative of, in its dictionary form; empty when
   * its form says it is neither. A stem of one syllable (쉬다, 뛰다) is left alone: too many plain
   * verbs look so.
   */
  public static Optional<String> base(String verb) {
    if (!verb.endsWith("다") || verb.length() < 3) {
      return Optional.empty();
    }
    String before = verb.substring(0, verb.length() - 2);
    char last = verb.charAt(verb.length() - 2);
    if (!HangulSyllables.isSyllable(last) || HangulSyllables.last(last) != 0) {
      return Optional.empty();
    }
    int medial = HangulSyllables.medial(last);
    int initial = HangulSyllables.initial(last);
    if (medial == I && SUFFIX_INITIALS.indexOf(HangulSyllables.INITIAL_JAMO.charAt(initial)) >= 0) {
      return Optional.of(before + "다");
    }
    if (medial == WI) {
      return Optional.of(before + HangulSyllables.compose(initial, WU, 0) + "다");
    }
    return Optional.empty();
  }

  /**
   * The passives and causatives a verb may have, in their dictionary form: its stem with each
   * suffix (쓰이다, 닫히다, 열리다, 안기다), ㅣ joined onto a stem's ㅜ (바뀌다), and 르 as ㄹ before -리- (불리다). Read
   * from the form alone, most of them are no words, and some are other verbs, so a caller keeps
   * only those its index has and weighs them as derived words. None for a 하다 verb, whose passive in
   * 되다 Nori reads as the same noun.
   */
  public static List<String> forms(String verb) {
    if (!verb.endsWith("다") || verb.length() < 2 || verb.endsWith("하다")) {
      return List.of();
    }
    String stem = verb.substring(0, verb.length() - 1);
    char last = stem.charAt(stem.length() - 1);
    if (!HangulSyllables.isSyllable(last)) {
      return List.of();
    }
    List<String> forms = new ArrayList<>();
    for (char suffix : SUFFIXES.toCharArray()) {
      forms.add(stem + suffix + "다");
    }
    String before = stem.substring(0, stem.length() - 1);
    int initial = HangulSyllables.initial(last);
    if (HangulSyllables.last(last) == 0 && HangulSyllables.medial(last) == WU) {
      forms.add(before + HangulSyllables.compose(initial, WI, 0) + "다");
    }
    if (last == REU && !before.isEmpty()) {
      char previous = before.charAt(before.length() - 1);
      if (HangulSyllables.isSyllable(previous) && HangulSyllables.last(previous) == 0) {
        char withRieul =
            HangulSyllables.compose(
                HangulSyllables.initial(previous),
                HangulSyllables.medial(previous),
                HangulSyllables.FINAL_RIEUL);
        forms.add(before.substring(0, before.length() - 1) + withRieul + "리다");
      }
    }
    return forms;
  }
}
