package dev.gwanyong.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean names as English text writes them (Park Chung-hee, Kim Young-sam, Lee Myung-bak): a family name and a given
 * name of two syllables joined by a hyphen, one romanised syllable a part; or, as some news styles write them, three
 * capitalised words (Kim Jong Un), when the family name and a syllable of the given name are no English words (The
 * Big Bang is no name). Each syllable is read by the letter values
 * the Revised Romanization and McCune–Reischauer systems give Korean sounds, into the {@link PhoneticKey} alphabet,
 * so that the name meets the key of its Hangul spelling (박정희 {@code paksaga}). English spelling rules read these
 * names wrongly (Lee as {@code la}, Heung with an English vowel), which is why they get a reader of their own.
 */
public final class RomanisedKorean {

  /**
   * One romanised syllable: initial consonants, a vowel with its glides, a final consonant, which a family name's
   * customary form may write after a silent h (Sohn 손, Ahn 안).
   */
  private static final String SYLLABLE = "[bcdghjklmnprst]{0,3}[aeiouwy]{1,4}(?:ng|hn|[hklmnprt])?";

  private static final Pattern NAME =
      Pattern.compile("\\b([A-Z][a-z]{0,5}) ([A-Z][a-z]{0,5})(-[a-z]{1,5}| [A-Z][a-z]{0,4})\\b(?!-)");

  private static final Pattern ONE_SYLLABLE = Pattern.compile(SYLLABLE, Pattern.CASE_INSENSITIVE);
  /** A given name alone (Sook-hee, Do-jeon), as a text that has named the person writes it. */
  private static final Pattern GIVEN_NAME = Pattern.compile("\\b([A-Z][a-z]{0,5})-([a-z]{1,5})\\b(?!-)");

  private static final int MAX_KEYS = 16;

  /** The Revised Romanization's letters for each initial consonant, by jamo index (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ … ㅎ). */
  private static final String[] RR_INITIALS = {
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"
  };
  /** The initial ㄹ, which the Revised Romanization writes l after a final ㄹ (막걸리 makgeolli). */
  private static final int INITIAL_RIEUL = 5;
  /** Its letters for each vowel, by jamo index (ㅏ ㅐ ㅑ … ㅣ). */
  private static final String[] RR_VOWELS = {
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu",
    "ui", "i"
  };
  /**
   * Its letters for the common final consonants, with their jamo index: as written before a consonant (k, t, p) and
   * before a vowel, where the consonant is read into the next syllable (한국어 hangugeo, 볶이 bokki, 불어 bureo).
   */
  private static final String[][] RR_FINALS = {
    {"k", "1"}, {"g", "1"}, {"kk", "2"}, {"n", "4"}, {"t", "7"}, {"d", "7"}, {"l", "8"}, {"r", "8"}, {"m", "16"},
    {"p", "17"}, {"b", "17"}, {"t", "19"}, {"s", "19"}, {"ss", "20"}, {"ng", "21"}, {"t", "22"}, {"j", "22"},
    {"t", "23"}, {"ch", "23"}, {"t", "25"}, {"p", "26"}
  };
  /** Most Hangul spellings tried for one romanised word; the index keeps those it has. */
  private static final int MAX_SPELLINGS = 256;
  /** The final ㄹ's jamo index. */
  private static final int FINAL_RIEUL = 8;

  /** A romanised Korean name in a text, where it stands. */
  public record Name(String text, int start, int end) {

    /** Whether the name spans the character at {@code offset} of the text. */
    public boolean covers(int offset) {
      return start <= offset && offset < end;
    }
  }

  private RomanisedKorean() {}

  /**
   * The romanised Korean names of a text, in order, and the given names written alone with their hyphen (Sook-hee);
   * {@code isEnglishWord} reads a lower-case word. Without a hyphen the family name must be no English word either, or
   * the word before a name would be taken for one (Can Kim Jong); a given name alone must be none when joined (Go-on).
   */
  public static List<Name> names(String text, Predicate<String> isEnglishWord) {
    List<Name> names = new ArrayList<>();
    Matcher matcher = NAME.matcher(text);
    int from = 0;
    while (matcher.find(from)) {
      String family = matcher.group(1);
      String first = matcher.group(2);
      String second = matcher.group(3).substring(1);
      boolean hyphenated = matcher.group(3).startsWith("-");
      boolean name = ONE_SYLLABLE.matcher(first).matches() && ONE_SYLLABLE.matcher(second).matches()
          && (hyphenated || !isEnglishWord.test(lower(family))
              && !(isEnglishWord.test(lower(first)) && isEnglishWord.test(lower(second))));
      if (name) {
        names.add(new Name(matcher.group(), matcher.start(), matcher.end()));
      }
      from = name ? matcher.end() : matcher.start() + 1;
    }
    Matcher given = GIVEN_NAME.matcher(text);
    while (given.find()) {
      int at = given.start();
      if (names.stream().noneMatch(n -> n.covers(at)) && ONE_SYLLABLE.matcher(given.group(1)).matches()
          && ONE_SYLLABLE.matcher(given.group(2)).matches()
          && !isEnglishWord.test(lower(given.group(1) + given.group(2)))) {
        names.add(new Name(given.group(), given.start(), given.end()));
      }
    }
    names.sort(Comparator.comparingInt(Name::start));
    return names;
  }

  /**
   * Whether a word reads as two romanised syllables or more, as English text writes Korean places in one word
   * (Tongyeong 통영, Gyeongju 경주). An English word may read so too (Banana): the caller asks only of words no English
   * word list has.
   */
  public static boolean isRomanisedWord(String word) {
    return syllables(word.toLowerCase(Locale.ROOT)).size() >= 2;
  }

  /**
   * A word's romanised syllables, each as long as it can be (tong | yeong, cheon | an); the word whole when it does
   * not read so. Where a consonant goes (cheon | an or cheo | nan) the key does not care: it joins the syllables.
   */
  private static List<String> syllables(String word) {
    List<String> syllables = new ArrayList<>();
    Matcher syllable = ONE_SYLLABLE.matcher(word);
    int at = 0;
    while (at < word.length()) {
      syllable.region(at, word.length());
      if (!syllable.lookingAt() || syllable.end() == at) {
        return List.of(word);
      }
      syllables.add(syllable.group());
      at = syllable.end();
    }
    return syllables;
  }

  /**
   * The Hangul words of two syllables or more that a word may write by the Revised Romanization, as English text
   * writes Korean food, dress and places (bulgogi 불고기, makgeolli 막걸리, hanok 한옥); none when it reads as no
   * run of romanised syllables. Where the romanisation is ambiguous (hanok as 한옥 or 하녹, bokki as 볶이, 복키 or 보끼)
   * every reading is given, at most {@value #MAX_SPELLINGS}, for the index to say which it has.
   */
  public static List<String> hangulSpellings(String word) {
    Speller speller = new Speller(word.toLowerCase(Locale.ROOT));
    speller.spell(0, 0, new StringBuilder());
    return speller.spellings.stream().filter(w -> w.length() >= 2).toList();
  }

  /**
   * Reads a word into Hangul syllables, depth first, into only the readings that can be finished: whether the rest of
   * the word from a letter on reads as syllables is remembered, so a word that reads no way (or reads many ways and
   * then no more) costs a few steps a letter, not one for every way its start reads.
   */
  private static final class Speller {
    private final String word;
    private final List<String> spellings = new ArrayList<>();
    /** Whether the word from a letter on reads as syllables, after a final ㄹ or not; null until known. */
    private final Boolean[][] finishes;

    Speller(String word) {
      this.word = word;
      this.finishes = new Boolean[word.length() + 1][2];
    }

    /** Reads syllables from {@code at} onto {@code hangul}, after a syllable whose final is {@code previousFinal}. */
    void spell(int at, int previousFinal, StringBuilder hangul) {
      if (spellings.size() >= MAX_SPELLINGS || !finishes(at, previousFinal)) {
        return;
      }
      if (at == word.length()) {
        spellings.add(hangul.toString());
        return;
      }
      forEachSyllable(at, previousFinal, (syllable, next, finalIndex) -> {
        hangul.append((char) syllable);
        spell(next, finalIndex, hangul);
        hangul.setLength(hangul.length() - 1);
        return false;
      });
    }

    private boolean finishes(int at, int previousFinal) {
      int afterRieul = previousFinal == FINAL_RIEUL ? 1 : 0;
      if (finishes[at][afterRieul] == null) {
        finishes[at][afterRieul] = at == word.length()
            || forEachSyllable(at, previousFinal, (syllable, next, finalIndex) -> finishes(next, finalIndex));
      }
      return finishes[at][afterRieul];
    }

    /** Calls {@code step} with each syllable the word may read from {@code at}, until it returns true. */
    private boolean forEachSyllable(int at, int previousFinal, SyllableStep step) {
      for (int initial = 0; initial < RR_INITIALS.length; initial++) {
        String letters = initial == INITIAL_RIEUL && previousFinal == FINAL_RIEUL ? "l" : RR_INITIALS[initial];
        if (!word.startsWith(letters, at)) {
          continue;
        }
        int afterInitial = at + letters.length();
        for (int vowel = 0; vowel < RR_VOWELS.length; vowel++) {
          if (!word.startsWith(RR_VOWELS[vowel], afterInitial)) {
            continue;
          }
          int afterVowel = afterInitial + RR_VOWELS[vowel].length();
          int syllable = 0xAC00 + (initial * RR_VOWELS.length + vowel) * 28;
          if (step.take(syllable, afterVowel, 0)) {
            return true;
          }
          for (String[] last : RR_FINALS) {
            int finalIndex = Integer.parseInt(last[1]);
            if (word.startsWith(last[0], afterVowel)
                && step.take(syllable + finalIndex, afterVowel + last[0].length(), finalIndex)) {
              return true;
            }
          }
        }
      }
      return false;
    }
  }

  /** One syllable read: the Hangul syllable, where the word goes on, and the syllable's final. */
  @FunctionalInterface
  private interface SyllableStep {
    boolean take(int syllable, int next, int finalIndex);
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  /**
   * The keys a romanised name (or a place, written as one word) may stand for, of three consonants or more, at most
   * sixteen, as the index keeps the keys of Nori's proper nouns ({@link PhoneticKey#ofName}). A syllable's l or r at
   * the start of the name may be silent or n (Lee and Rhee for 이, Roh for 노, as Korean drops or changes an initial
   * ㄹ), a later syllable's n may be ㄹ (Gangneung for 강릉), and a lone u may be ㅡ, which the key drops (Jong-un for
   * 정은). A syllable's initial h is ㅎ, which both romanisations write: read as nothing, as the loanword keys read it, a
   * name whose other syllables start with vowels is too short a key to find (Lee Hoi-chang 이회창 {@code asag}, with
   * it {@code ahasag}), and one with other consonants meets names without the ㅎ (Jeon Ji-hyun 전지현 and Cho Won-jin
   * 조원진, both {@code sansan} without it).
   */
  public static List<String> keys(String name) {
    return joined(syllablesOf(name), false).stream().filter(PhoneticKey::isSpecific).toList();
  }

  /**
   * The keys with vowels a romanised name may stand for ({@link PhoneticKey#ofNameWithVowels}), long enough to find a
   * name by, at most sixteen: for the names whose keys of consonants alone are too short (Roh Tae-woo {@code nOtEO},
   * Yoo Ah-in {@code OAIn}), read as {@link #keys} reads them but for each vowel's class.
   */
  public static List<String> keysWithVowels(String name) {
    return joined(syllablesOf(name), true).stream().filter(PhoneticKey::isSpecificWithVowels).toList();
  }

  private static List<String> syllablesOf(String name) {
    List<String> syllables = new ArrayList<>();
    for (String part : name.toLowerCase(Locale.ROOT).split("[ -]")) {
      syllables.addAll(syllables(part));
    }
    return syllables;
  }

  /** The syllables' readings joined into keys, with each vowel's class or with the one vowel slot. */
  private static List<String> joined(List<String> syllables, boolean withVowels) {
    List<String> keys = List.of("");
    boolean first = true;
    for (String syllable : syllables) {
      List<String> longer = new ArrayList<>();
      for (String reading : readings(syllable, first, withVowels)) {
        for (String key : keys) {
          StringBuilder joined = new StringBuilder(key);
          PhoneticKey.append(joined, reading);
          longer.add(joined.toString());
        }
      }
      keys = longer.stream().distinct().limit(MAX_KEYS).toList();
      first = false;
    }
    return keys;
  }

  /** A syllable's readings in key symbols, its initial h as ㅎ, and its vowels as their class or as the vowel slot. */
  private static List<String> readings(String syllable, boolean startOfName, boolean withVowels) {
    int vowel = 0;
    while (vowel < syllable.length() && "aeiouwy".indexOf(syllable.charAt(vowel)) < 0) {
      vowel++;
    }
    int coda = vowel;
    while (coda < syllable.length() && "aeiouwy".indexOf(syllable.charAt(coda)) >= 0) {
      coda++;
    }
    String initial = syllable.substring(0, vowel);
    String vowels = syllable.substring(vowel, coda);
    String last = syllable.substring(coda);
    List<String> initials;
    if (startOfName && (initial.equals("l") || initial.equals("r") || initial.equals("rh"))) {
      initials = List.of("l", "", "n");
    } else if (!startOfName && initial.equals("n")) {
      // Written for the ㄹ Korean pronounces n after ㅇ or ㅁ (Gangneung 강릉, Jongno 종로).
      initials = List.of("n", "l");
    } else {
      initials = List.of(initial.equals("h") ? "h" : initial(initial));
    }
    // ㅡ is written eu, or u alone (McCune–Reischauer's ŭ): the key drops it, as it does in Hangul.
    List<String> nuclei = withVowels ? List.of(vowelClass(vowels))
        : vowels.equals("eu") ? List.of("") : vowels.equals("u") ? List.of("a", "") : List.of("a");
    List<String> readings = new ArrayList<>();
    for (String start : initials) {
      for (String nucleus : nuclei) {
        readings.add(start + nucleus + coda(last));
      }
    }
    return readings;
  }

  /**
   * The class of a romanised syllable's vowels, as {@link PhoneticKey#ofNameWithVowels} classes Hangul's: glides
   * aside (ya, yeo, wa), ae, ai, oe and oi are e (애, 최), ee and ui are i (Lee 이, 의), and eo, eu, o, oo and u are
   * one class.
   */
  private static String vowelClass(String vowels) {
    String vowel = vowels.replaceFirst("^[yw]+(?=[aeiou])", "");
    return switch (vowel) {
      case "ae", "ai", "e", "oe", "oi" -> "E";
      case "i", "ee", "ui", "y" -> "I";
      default -> vowel.startsWith("a") ? "A" : "O";
    };
  }

  private static String initial(String letters) {
    return switch (letters) {
      case "g", "k", "kk", "kh" -> "k";
      case "n" -> "n";
      case "d", "t", "tt", "th" -> "t";
      case "l", "r" -> "l";
      case "m" -> "m";
      case "b", "p", "pp", "ph" -> "p";
      case "s", "ss", "sh", "j", "jj", "ch", "tch", "c" -> "s";
      default -> ""; // h, and a syllable that starts with its vowel
    };
  }

  private static String coda(String letters) {
    return switch (letters) {
      case "k", "g", "rk" -> "k";
      case "n", "hn" -> "n";
      case "ng" -> "g";
      case "l", "r" -> "l";
      case "m" -> "m";
      case "p", "b" -> "p";
      case "t", "d", "s" -> "t";
      default -> ""; // h (Roh, Oh), or none
    };
  }
}
