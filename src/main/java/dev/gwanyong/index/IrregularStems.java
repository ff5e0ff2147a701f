package dev.gwanyong.index;

import java.util.Optional;

/**
 * How a Korean verb stem changes its last consonant before some endings, and only those: a stem
 * loses its ㄹ before ㄴ, ㄹ, ㅂ or ㅅ (살- in 사는, 사세요), its ㅅ before a vowel (짓- in 지어), its ㅂ before a
 * vowel (돕- in 도와), and its ㄷ becomes ㄹ before a vowel (듣- in 들어); and a stem that ends in a vowel
 * takes the ending -ㄹ as its final consonant (쓰- in 쓸 수). Nori's dictionary spells such stems as
 * written too (쓰 is also 쓸-, 들 is also 듣-, 날 is also 나-), so the written stem alone does not say
 * which verb it is.
 */
public final class IrregularStems {

  private static final int NO_FINAL = 0;

  /** First syllables of endings that come straight after a stem and never after the ending -ㄹ. */
  private static final String STEM_ENDINGS = "고기다며면아어았었는니";

  private IrregularStems() {}

  /**
   * The kind of change that turns a stem into its written form, or {@link Change#NONE} when they do
   * not differ by their last consonant alone (or do not differ at all).
   *
   * @param stem a stem as Nori gives it, without 다 (쓸)
   * @param written the word as written from the stem's first syllable on (쓰, 쓰는, 새로운)
   */
  static Change change(CharSequence stem, CharSequence written) {
    int length = stem.length();
    if (length == 0
        || length > written.length()
        || CharSequence.compare(stem.subSequence(0, length - 1), written.subSequence(0, length - 1))
            != 0) {
      return Change.NONE;
    }
    char last = stem.charAt(length - 1);
    char spelled = written.charAt(length - 1);
    if (!HangulSyllables.isSyllable(last)
        || !HangulSyllables.isSyllable(spelled)
        || HangulSyllables.initial(last) != HangulSyllables.initial(spelled)
        || HangulSyllables.medial(last) != HangulSyllables.medial(spelled)) {
      return Change.NONE;
    }
    int lastFinal = HangulSyllables.last(last);
    int spelledFinal = HangulSyllables.last(spelled);
    if (lastFinal == HangulSyllables.FINAL_RIEUL && spelledFinal == NO_FINAL) {
      return Change.RIEUL_DROPPED;
    }
    if ((lastFinal == HangulSyllables.FINAL_SIOS || lastFinal == HangulSyllables.FINAL_PIEUP)
            && spelledFinal == NO_FINAL
        || lastFinal == HangulSyllables.FINAL_TIKEUT
            && spelledFinal == HangulSyllables.FINAL_RIEUL) {
      return Change.BEFORE_VOWEL;
    }
    if (lastFinal == NO_FINAL && spelledFinal == HangulSyllables.FINAL_RIEUL) {
      return Change.RIEUL_ENDING;
    }
    if (lastFinal == HangulSyllables.FINAL_RIEUL && spelledFinal == HangulSyllables.FINAL_TIKEUT) {
      return Change.NEVER;
    }
    return Change.NONE;
  }

  /**
   * The verb a word read as an irregular stem could equally be as written, in its dictionary form:
   * 쓰다 for 쓸다 written 쓰는 (sweeping or using), 들다 for 듣다 written 들어 (hearing or holding). Empty when
   * the stem is written as it is, or changes in another way.
   *
   * @param verb the dictionary form Nori's stem is indexed as (쓸다)
   * @param written the word as written from the stem's first syllable on
   */
  public static Optional<String> writtenVerb(String verb, String written) {
    if (!verb.endsWith("다") || verb.length() < 2) {
      return Optional.empty();
    }
    String stem = verb.substring(0, verb.length() - 1);
    boolean ambiguous =
        switch (change(stem, written)) {
          case RIEUL_DROPPED -> true;
          case BEFORE_VOWEL ->
              HangulSyllables.last(stem.charAt(stem.length() - 1)) == HangulSyllables.FINAL_TIKEUT;
          case RIEUL_ENDING, NEVER, NONE -> false;
        };
    return ambiguous ? Optional.of(written.substring(0, stem.length()) + "다") : Optional.empty();
  }

  /**
   * Whether the ending after the stem allows the change.
   *
   * @param ending the ending as written or as Nori gives it, empty when no ending follows
   */
  static boolean allows(Change change, CharSequence ending) {
    char sound = firstSound(ending);
    return switch (change) {
      case RIEUL_DROPPED -> sound == 'ㄴ' || sound == 'ㄹ' || sound == 'ㅂ' || sound == 'ㅅ';
      case BEFORE_VOWEL -> sound == 'ㅇ';
      // -ㄹ begins endings of its own (-ㄹ까, -ㄹ지, -ㄹ게), but not those that only a stem in ㄹ takes so
      // (날고, 날다).
      case RIEUL_ENDING -> ending.isEmpty() || STEM_ENDINGS.indexOf(ending.charAt(0)) < 0;
      case NEVER -> false;
      case NONE -> true;
    };
  }

  /**
   * A morpheme's first sound as a compatibility jamo, ㅇ for a vowel; Nori writes some endings from
   * a bare jamo.
   */
  private static char firstSound(CharSequence morpheme) {
    if (morpheme.isEmpty()) {
      return 0;
    }
    char first = morpheme.charAt(0);
    if (HangulSyllables.isSyllable(first)) {
      return HangulSyllables.INITIAL_JAMO.charAt(HangulSyllables.initial(first));
    }
    // Leading and trailing jamo as Nori writes them (ᆫ다, ᄇ니다, ᆯ), and compatibility jamo.
    return switch (first) {
      case '\u1102', '\u11AB', 'ㄴ' -> 'ㄴ';
      case '\u1105', '\u11AF', 'ㄹ' -> 'ㄹ';
      case '\u1107', '\u11B8', 'ㅂ' -> 'ㅂ';
      case '\u1109', '\u11BA', 'ㅅ' -> 'ㅅ';
      default -> first;
    };
  }

  /** How a stem's last consonant changed in writing. */
  enum Change {
    NONE,
    /** ㄹ dropped before ㄴ, ㄹ, ㅂ or ㅅ. */
    RIEUL_DROPPED,
    /** ㅅ or ㅂ dropped, or ㄷ become ㄹ, before a vowel. */
    BEFORE_VOWEL,
    /**
     * An ㄹ the stem lacks, which is then the ending -ㄹ itself (쓸 수 for 쓰-), after which no other
     * comes.
     */
    RIEUL_ENDING,
    /** No ending turns the stem's ㄹ into the ㄷ written (듣 read as 들-). */
    NEVER
  }
}
