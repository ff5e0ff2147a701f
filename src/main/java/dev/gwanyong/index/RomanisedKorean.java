package dev.gwanyong.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean names as English text writes them (Park Chung-hee, Kim Young-sam, Lee Myung-bak): a family
 * name and a given name of two syllables joined by a hyphen, one romanised syllable a part; or, as
 * some news styles write them, three capitalised words (Kim Jong Un), when the family name and a
 * syllable of the given name are no English words (The Big Bang is no name). Each syllable is read
 * by the letter values the Revised Romanization and McCune–Reischauer systems give Korean sounds,
 * into the {@link PhoneticKey} alphabet, so that the name meets the key of its Hangul spelling (박정희
 * {@code paksaga}). English spelling rules read these names wrongly (Lee as {@code la}, Heung with
 * an English vowel), which is why they get a reader of their own.
 */
public final class RomanisedKorean {

  /**
   * One romanised syllable: initial consonants, a vowel with its glides, a final consonant, which a
   * family name's customary form may write after a silent h (Sohn 손, Ahn 안).
   */
  private static final String SYLLABLE = "[bcdghjklmnprst]{0,3}[aeiouwy]{1,4}(?:ng|hn|[hklmnprt])?";

  private static final Pattern NAME =
      Pattern.compile(
          "\\b([A-Z][a-z]{0,5}) ([A-Z][a-z]{0,5})(-[a-z]{1,5}| [A-Z][a-z]{0,4})\\b(?!-)");

  private static final Pattern ONE_SYLLABLE = Pattern.compile(SYLLABLE, Pattern.CASE_INSENSITIVE);

  /** A given name alone (Sook-hee, Do-jeon), as a text that has named the person writes it. */
  private static final Pattern GIVEN_NAME =
      Pattern.compile("\\b([A-Z][a-z]{0,5})-([a-z]{1,5})\\b(?!-)");

  private static final int MAX_KEYS = 16;

  /** A romanised Korean name in a text, where it stands. */
  public record Name(String text, int start, int end) {

    /** Whether the name spans the character at {@code offset} of the text. */
    public boolean covers(int offset) {
      return start <= offset && offset < end;
    }
  }

  private RomanisedKorean() {}

  /**
   * The romanised Korean names of a text, in order, and the given names written alone with their
   * hyphen (Sook-hee); {@code isEnglishWord} reads a lower-case word. Without a hyphen the family
   * name must be no English word either, or the word before a name would be taken for one (Can Kim
   * Jong); a given name alone must be none when joined (Go-on).
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
      boolean name =
          ONE_SYLLABLE.matcher(first).matches()
              && ONE_SYLLABLE.matcher(second).matches()
              && (hyphenated
                  || !isEnglishWord.test(lower(family))
                      && !(isEnglishWord.test(lower(first)) && isEnglishWord.test(lower(second))));
      if (name) {
        names.add(new Name(matcher.group(), matcher.start(), matcher.end()));
      }
      from = name ? matcher.end() : matcher.start() + 1;
    }
    Matcher given = GIVEN_NAME.matcher(text);
    while (given.find()) {
      int at = given.start();
      if (names.stream().noneMatch(n -> n.covers(at))
          && ONE_SYLLABLE.matcher(given.group(1)).matches()
          && ONE_SYLLABLE.matcher(given.group(2)).matches()
          && !isEnglishWord.test(lower(given.group(1) + given.group(2)))) {
        names.add(new Name(given.group(), given.start(), given.end()));
      }
    }
    names.sort(Comparator.comparingInt(Name::start));
    return names;
  }

  /**
   * Whether a word reads as two romanised syllables or more, as English text writes Korean places
   * in one word (Tongyeong 통영, Gyeongju 경주). An English word may read so too (Banana): the caller
   * asks only of words no English word list has.
   */
  public static boolean isRomanisedWord(String word) {
    return syllables(word.toLowerCase(Locale.ROOT)).size() >= 2;
  }

  /**
   * A word's romanised syllables, each as long as it can be (tong | yeong, cheon | an); the word
   * whole when it does not read so. Where a consonant goes (cheon | an or cheo | nan) the key does
   * not care: it joins the syllables.
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

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  /**
   * The keys a romanised name (or a place, written as one word) may stand for, of three consonants
   * or more, at most sixteen, as the index keeps the keys of Nori's proper nouns ({@link
   * PhoneticKey#ofName}). A syllable's l or r at the start of the name may be silent or n (Lee and
   * Rhee for 이, Roh for 노, as Korean drops or changes an initial ㄹ), a later syllable's n may be ㄹ
   * (Gangneung for 강릉), and a lone u may be ㅡ, which the key drops (Jong-un for 정은). A syllable's
   * initial h is ㅎ, which both romanisations write: read as nothing, as the loanword keys read it,
   * a name whose other syllables start with vowels is too short a key to find (Lee Hoi-chang 이회창
   * {@code asag}, with it {@code ahasag}), and one with other consonants meets names without the ㅎ
   * (Jeon Ji-hyun 전지현 and Cho Won-jin 조원진, both {@code sansan} without it).
   */
  public static List<String> keys(String name) {
    return joined(syllablesOf(name), false).stream().filter(PhoneticKey::isSpecific).toList();
  }

  /**
   * The keys with vowels a romanised name may stand for ({@link PhoneticKey#ofNameWithVowels}),
   * long enough to find a name by, at most sixteen: for the names whose keys of consonants alone
   * are too short (Roh Tae-woo {@code nOtEO}, Yoo Ah-in {@code OAIn}), read as {@link #keys} reads
   * them but for each vowel's class.
   */
  public static List<String> keysWithVowels(String name) {
    return joined(syllablesOf(name), true).stream()
        .filter(PhoneticKey::isSpecificWithVowels)
        .toList();
  }

  /**
   * Every key a romanised Korean name or place is looked up by among the index's names: its {@link
   * #keys}, and its {@link #keysWithVowels}, which the index keeps instead for the names whose
   * consonants are too few (노태우).
   */
  public static List<String> nameKeys(String name) {
    List<String> keys = new ArrayList<>(keys(name));
    keys.addAll(keysWithVowels(name));
    return keys;
  }

  private static List<String> syllablesOf(String name) {
    List<String> syllables = new ArrayList<>();
    for (String part : name.toLowerCase(Locale.ROOT).split("[ -]")) {
      syllables.addAll(syllables(part));
    }
    return syllables;
  }

  /**
   * The syllables' readings joined into keys, with each vowel's class or with the one vowel slot.
   */
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

  /**
   * A syllable's readings in key symbols, its initial h as ㅎ, and its vowels as their class or as
   * the vowel slot.
   */
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
    List<String> nuclei =
        withVowels
            ? List.of(vowelClass(vowels))
            : vowels.equals("eu")
                ? List.of("")
                : vowels.equals("u") ? List.of("a", "") : List.of("a");
    List<String> readings = new ArrayList<>();
    for (String start : initials) {
      for (String nucleus : nuclei) {
        readings.add(start + nucleus + coda(last));
      }
    }
    return readings;
  }

  /**
   * The class of a romanised syllable's vowels, as {@link PhoneticKey#ofNameWithVowels} classes
   * Hangul's: glides aside (ya, yeo, wa), ae, ai, oe and oi are e (애, 최), ee and ui are i (Lee 이,
   * 의), and eo, eu, o, oo and u are one class.
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
