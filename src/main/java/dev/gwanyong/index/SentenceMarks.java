package dev.gwanyong.index;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a text says beside its words, read from its surface: whether it negates, and which
 * grammatical persons it names by pronoun. The analysis drops such words (stop words, and Nori's
 * auxiliaries, copulas and pronouns), yet "I like eggs" does not answer "I don't like eggs", 일자리가
 * 없다 does not say there are few jobs, and "He shook his head." is not what 나는 머리를 흔들었다 says. A
 * question and a sentence that differ so are a reason to doubt the sentence (the answer model's
 * {@code polarity_differs} and {@code persons_clash}), as is a sentence that is itself a question
 * where the question is not ({@code asks_back}). The numbers a text writes are {@link
 * WrittenNumbers}'s, the names it introduces {@link Introductions}', and whether it opens by
 * pointing back {@link BackReferences}'.
 *
 * <p>Negators are the closed class: English not, n't, no, never and their kin; Korean 않다, 없다, 못,
 * 아니다 (not 아니면, "or"), 모르다, a prohibition's -지 마/말, and 안 standing before its verb. Not what only
 * sets one thing against another, as the sentence goes on to say what is so: "not only", "not
 * just", and 아니라 ending its word ("A가 아니라 B다", "A뿐 아니라 B도", a sentence in a hundred of KorQuAD's),
 * though 아니라고 and 아니라서 negate.
 *
 * <p>Pronouns: I, you, he, she, they and their forms; 나, 내, 우리, 저희, 너, 너희, 당신, 자네, 그녀, 그들, 그분 with
 * or without a particle, and 저, 제 and 그 only with one, as bare they are "that" (저 사람, 그 책). A
 * sentence's marks are read once, when the index is built, and kept with it ({@link Marks#bits}); a
 * question's are read as it is asked. One scan of the characters and a few set lookups, not regular
 * expressions (which took about 30 µs a sentence).
 */
public final class SentenceMarks {

  /**
   * Grammatical person, and for a third person its sex where the pronoun says it: "He lived a hard
   * life." is not 그녀는 힘든 삶을 살았다.
   */
  public enum Person {
    FIRST,
    SECOND,
    /** He, 그. */
    HE,
    /** She, 그녀. */
    SHE,
    /** A third person of no stated sex: they, 그들, 그분. */
    THIRD;

    /**
     * Whether both may name the same person: the same, or a third person of no stated sex and
     * another.
     */
    boolean agreesWith(Person other) {
      return this == other || third() && other.third() && (this == THIRD || other == THIRD);
    }

    private boolean third() {
      return this == HE || this == SHE || this == THIRD;
    }
  }

  /** What a text marks: negation, the persons it names, and whether it is itself a question. */
  public record Marks(boolean negates, Set<Person> persons, boolean asks) {

    private static final int NEGATES = 1;
    private static final int ASKS = 2;
    private static final int FIRST_PERSON = 4;

    /**
     * The marks as the bits the index keeps with each sentence (StoredPassages), as they depend on
     * its text alone.
     */
    int bits() {
      int bits = (negates ? NEGATES : 0) | (asks ? ASKS : 0);
      for (Person person : persons) {
        bits |= FIRST_PERSON << person.ordinal();
      }
      return bits;
    }

    static Marks ofBits(int bits) {
      Set<Person> persons = EnumSet.noneOf(Person.class);
      for (Person person : Person.values()) {
        if ((bits & FIRST_PERSON << person.ordinal()) != 0) {
          persons.add(person);
        }
      }
      return new Marks((bits & NEGATES) != 0, persons, (bits & ASKS) != 0);
    }
  }

  private static final Set<String> ENGLISH_NEGATORS =
      Set.of(
          "not", "no", "never", "nobody", "nothing", "none", "nowhere", "nor", "neither", "cannot",
          "without");

  /** What "not" before them introduces: more, not less ("not only the code but its governance"). */
  private static final Set<String> ENGLISH_ADDING = Set.of("only", "just", "merely", "simply");

  private static final Set<String> ENGLISH_FIRST =
      Set.of("i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves");
  private static final Set<String> ENGLISH_SECOND =
      Set.of("you", "your", "yours", "yourself", "yourselves");
  private static final Set<String> ENGLISH_HE = Set.of("he", "him", "his", "himself");
  private static final Set<String> ENGLISH_SHE = Set.of("she", "her", "hers", "herself");
  private static final Set<String> ENGLISH_THIRD =
      Set.of("they", "them", "their", "theirs", "themselves");

  private static final Set<String> PARTICLES =
      Set.of("는", "은", "가", "이", "를", "을", "의", "도", "에게", "한테", "랑", "와", "과", "만");
  private static final Set<String> KOREAN_FIRST = Set.of("나", "내", "우리", "저희");
  private static final Set<String> KOREAN_FIRST_WITH_PARTICLE = Set.of("저", "제");
  private static final Set<String> KOREAN_SECOND = Set.of("너", "너희", "당신", "자네");
  private static final Set<String> KOREAN_SECOND_WHOLE = Set.of("네가", "니가");
  private static final Set<String> KOREAN_SHE = Set.of("그녀");
  private static final Set<String> KOREAN_THIRD = Set.of("그들", "그분");

  /** He, read only with a particle (그는, 그가), as bare 그 is "that". */
  private static final Set<String> KOREAN_HE_WITH_PARTICLE = Set.of("그");

  private static final Set<String> KOREAN_NEGATOR_PAIRS =
      Set.of("아냐", "아닌", "아닙", "모르", "몰라", "몰랐");

  /** The first syllables of the Korean pronouns, to pass over every other word at once. */
  private static final String PRONOUN_INITIALS = "나내우저제너당자그네니";

  /** What may stand before a Korean pronoun, and after it. */
  private static final String BEFORE_PRONOUN = " \t\n\u000B\f\r\"'‘“(";

  private static final String AFTER_PRONOUN = " \t\n\u000B\f\r.,!?;:\"'’”)…";

  /** What may close a text after its last mark: spaces, quotes and brackets. */
  private static final String CLOSING = " \t\n\u000B\f\r\"'’”)";

  private SentenceMarks() {}

  public static Marks of(String text) {
    Set<Person> persons = EnumSet.noneOf(Person.class);
    boolean negates = false;
    int length = text.length();
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (isAsciiWordChar(c)) {
        int end = i + 1;
        while (end < length && isAsciiWordChar(text.charAt(end))) {
          end++;
        }
        String word = text.substring(i, end).toLowerCase(Locale.ROOT);
        negates |=
            ENGLISH_NEGATORS.contains(word) && !(word.equals("not") && adds(text, end))
                || contraction(text, end);
        englishPerson(word, persons);
        i = end;
        continue;
      }
      negates |= koreanNegator(text, i);
      if (i == 0 || BEFORE_PRONOUN.indexOf(text.charAt(i - 1)) >= 0) {
        koreanPerson(text, i, persons);
      }
      i++;
    }
    return new Marks(negates, persons, asks(text));
  }

  /**
   * A question's marks: as {@link #of}'s, but a question that ends in no mark at all asks, as chat
   * leaves the mark off ("who founded mesosphere", "쿠버네티스 출시일은"); only a full stop or an
   * exclamation mark says it asks nothing ("The bag is full.", "What a day!"). Tatoeba's statements
   * as questions end in a mark.
   */
  public static Marks ofQuestion(String text) {
    Marks marks = of(text);
    char last = lastMark(text);
    return marks.asks() || Character.isLetterOrDigit(last)
        ? new Marks(marks.negates(), marks.persons(), true)
        : marks;
  }

  /**
   * Whether the text ends in a question mark, or in the ending of a Korean question before a full
   * stop, as an essay writes the question it goes on to answer (그 비결은 무엇일까., 무엇이 다른가.): -ㄹ까, -ㅂ니까,
   * -ㄴ가, -는가 and -던가, not -니까 (because) or 가 itself (집에 가.). A sentence that asks back seldom
   * answers a question that asks nothing (이 가방은 누구 것이지? for "The bag is full."), while a question
   * that asks meets statements all the time, so only the first is a sign ({@code asks_back}).
   */
  static boolean asks(String text) {
    int end = markEnd(text);
    if (end == 0) {
      return false;
    }
    char last = text.charAt(end - 1);
    if (last == '?') {
      return true;
    }
    if (last == '.') {
      end--;
    }
    char ending = end > 0 ? text.charAt(end - 1) : ' ';
    char before = end > 1 ? text.charAt(end - 2) : ' ';
    if (ending == '까') {
      return finalConsonant(before) == HangulSyllables.FINAL_RIEUL
          || before == '니'
              && end > 2
              && finalConsonant(text.charAt(end - 3)) == HangulSyllables.FINAL_PIEUP;
    }
    return ending == '가'
        && (before == '는'
            || before == '던'
            || finalConsonant(before) == HangulSyllables.FINAL_NIEUN);
  }

  /**
   * The index of a Hangul syllable's final consonant (0 for none, 4 ㄴ, 8 ㄹ, 17 ㅂ); -1 for any other
   * character.
   */
  private static int finalConsonant(char c) {
    return HangulSyllables.isSyllable(c) ? HangulSyllables.last(c) : -1;
  }

  /** The text's last character before closing quotes, brackets and spaces; a space for none. */
  private static char lastMark(String text) {
    int end = markEnd(text);
    return end > 0 ? text.charAt(end - 1) : ' ';
  }

  /** Where the text ends before closing quotes, brackets and spaces. */
  private static int markEnd(String text) {
    int end = text.length();
    while (end > 0 && CLOSING.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  /** Whether both name someone and never one who may be the same person. */
  public static boolean clash(Set<Person> question, Set<Person> sentence) {
    return !question.isEmpty()
        && !sentence.isEmpty()
        && question.stream().noneMatch(q -> sentence.stream().anyMatch(q::agreesWith));
  }

  /** n't: a word ending in n, an apostrophe, and a t that ends a word. */
  private static boolean contraction(String text, int end) {
    char last = text.charAt(end - 1);
    return (last == 'n' || last == 'N')
        && end + 2 <= text.length()
        && (text.charAt(end) == '\'' || text.charAt(end) == '’')
        && (text.charAt(end + 1) == 't' || text.charAt(end + 1) == 'T')
        && (end + 2 == text.length() || !isAsciiWordChar(text.charAt(end + 2)));
  }

  private static void englishPerson(String word, Set<Person> persons) {
    if (ENGLISH_FIRST.contains(word)) {
      persons.add(Person.FIRST);
    } else if (ENGLISH_SECOND.contains(word)) {
      persons.add(Person.SECOND);
    } else if (ENGLISH_HE.contains(word)) {
      persons.add(Person.HE);
    } else if (ENGLISH_SHE.contains(word)) {
      persons.add(Person.SHE);
    } else if (ENGLISH_THIRD.contains(word)) {
      persons.add(Person.THIRD);
    }
  }

  /** Whether a Korean negator starts at {@code i}. */
  private static boolean koreanNegator(String text, int i) {
    char c = text.charAt(i);
    switch (c) {
      case '않', '없', '못' -> {
        return true;
      }
      case '아' -> {
        return text.startsWith("아니", i) && !text.startsWith("면", i + 2) && !contrasts(text, i + 2)
            || KOREAN_NEGATOR_PAIRS.contains(pair(text, i));
      }
      case '모', '몰' -> {
        return KOREAN_NEGATOR_PAIRS.contains(pair(text, i));
      }
      case '지' -> {
        int next = i + 1 < text.length() && isSpace(text.charAt(i + 1)) ? i + 2 : i + 1;
        return next < text.length() && (text.charAt(next) == '마' || text.charAt(next) == '말');
      }
      case '안' -> {
        boolean standsAlone = i == 0 || isSpace(text.charAt(i - 1));
        if (!standsAlone || i + 1 >= text.length()) {
          return false;
        }
        char next = text.charAt(i + 1);
        return isSpace(next) || "되돼해했가와".indexOf(next) >= 0;
      }
      default -> {
        return false;
      }
    }
  }

  /** Whether the word after {@code end} is one that "not" only adds to: only, just. */
  private static boolean adds(String text, int end) {
    int start = end;
    while (start < text.length() && isSpace(text.charAt(start))) {
      start++;
    }
    int wordEnd = start;
    while (wordEnd < text.length() && isAsciiWordChar(text.charAt(wordEnd))) {
      wordEnd++;
    }
    return start > end
        && ENGLISH_ADDING.contains(text.substring(start, wordEnd).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether 아니 is the contrasting 아니라 that ends its word (before a space or comma) at {@code at}.
   */
  private static boolean contrasts(String text, int at) {
    return text.startsWith("라", at)
        && at + 1 < text.length()
        && (isSpace(text.charAt(at + 1)) || text.charAt(at + 1) == ',');
  }

  /**
   * A pronoun, with its particle where it takes one, standing as a word of its own at {@code
   * start}.
   */
  private static void koreanPerson(String text, int start, Set<Person> persons) {
    if (PRONOUN_INITIALS.indexOf(text.charAt(start)) < 0) {
      return;
    }
    int end = start;
    while (end < text.length() && AFTER_PRONOUN.indexOf(text.charAt(end)) < 0) {
      end++;
    }
    if (end == start || end - start > 4) {
      return;
    }
    String word = text.substring(start, end);
    if (KOREAN_SECOND_WHOLE.contains(word)) {
      persons.add(Person.SECOND);
      return;
    }
    for (int split = 1; split <= word.length(); split++) {
      String stem = word.substring(0, split);
      String rest = word.substring(split);
      boolean particle = PARTICLES.contains(rest);
      if (!rest.isEmpty() && !particle) {
        continue;
      }
      if (KOREAN_FIRST.contains(stem) || particle && KOREAN_FIRST_WITH_PARTICLE.contains(stem)) {
        persons.add(Person.FIRST);
      } else if (KOREAN_SECOND.contains(stem)) {
        persons.add(Person.SECOND);
      } else if (KOREAN_SHE.contains(stem)) {
        persons.add(Person.SHE);
      } else if (KOREAN_THIRD.contains(stem)) {
        persons.add(Person.THIRD);
      } else if (particle && KOREAN_HE_WITH_PARTICLE.contains(stem)) {
        persons.add(Person.HE);
      }
    }
  }

  private static String pair(String text, int i) {
    return i + 2 <= text.length() ? text.substring(i, i + 2) : "";
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isAsciiWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }
}
