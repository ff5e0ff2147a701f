package dev.gwanyong.index;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a text says beside its words, read from its surface: whether it negates, which grammatical persons it names
 * by pronoun, and which numbers it writes. The analysis drops the first two kinds of word (stop words, and Nori's
 * auxiliaries, copulas and pronouns), yet "I like eggs" does not answer "I don't like eggs", 일자리가 없다 does not say
 * there are few jobs, and "He shook his head." is not what 나는 머리를 흔들었다 says. A number the sentence lacks only
 * counts as a missing word, yet a sentence that writes other numbers (내 생일은 11월 10일이다 for "born on October 10,
 * 1972") says something else. A question and a sentence that differ so are a reason to doubt the sentence (the
 * answer model's {@code polarity_differs}, {@code persons_clash} and {@code numbers_clash}), as is a sentence that is
 * itself a question where the question is not ({@code asks_back}). A sentence that writes a question's name beside a
 * parenthesis introduces it ({@code introduces}).
 *
 * <p>Negators are the closed class: English not, n't, no, never and their kin; Korean 않다, 없다, 못, 아니다 (not 아니면,
 * "or"), 모르다, a prohibition's -지 마/말, and 안 standing before its verb. Not what only sets one thing against
 * another, as the sentence goes on to say what is so: "not only", "not just", and 아니라 ending its word ("A가 아니라
 * B다", "A뿐 아니라 B도", a sentence in a hundred of KorQuAD's), though 아니라고 and 아니라서 negate.
 *
 * <p>Pronouns: I, you, he, she, they and their forms; 나, 내, 우리, 저희, 너, 너희, 당신, 자네, 그녀, 그들, 그분 with or without a
 * particle, and 저, 제 and 그 only with one, as bare they are "that" (저 사람, 그 책). A sentence's marks are read once,
 * when the index is built, and kept with it ({@link Marks#bits}); a question's are read as it is asked. One scan of
 * the characters and a few set lookups, not regular expressions (which took about 30 µs a sentence); the digits are
 * scanned for apart, and only when the question writes any.
 */
public final class SentenceMarks {

  /**
   * Grammatical person, and for a third person its sex where the pronoun says it: "He lived a hard life." is not
   * 그녀는 힘든 삶을 살았다.
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

    /** Whether both may name the same person: the same, or a third person of no stated sex and another. */
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

    /** The marks as the bits the index keeps with each sentence (StoredPassages), as they depend on its text alone. */
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
      Set.of("not", "no", "never", "nobody", "nothing", "none", "nowhere", "nor", "neither", "cannot", "without");
  /** What "not" before them introduces: more, not less ("not only the code but its governance"). */
  private static final Set<String> ENGLISH_ADDING = Set.of("only", "just", "merely", "simply");
  private static final Set<String> ENGLISH_FIRST =
      Set.of("i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves");
  private static final Set<String> ENGLISH_SECOND = Set.of("you", "your", "yours", "yourself", "yourselves");
  private static final Set<String> ENGLISH_HE = Set.of("he", "him", "his", "himself");
  private static final Set<String> ENGLISH_SHE = Set.of("she", "her", "hers", "herself");
  private static final Set<String> ENGLISH_THIRD = Set.of("they", "them", "their", "theirs", "themselves");

  /** The copula that ends a sentence saying what something is: …시스템 Borg다, …독재자이다. */
  private static final Set<String> COPULAS = Set.of("다", "이다", "였다", "이었다", "입니다", "이에요", "예요");
  /**
   * What follows a name that an English sentence opens by saying what it is ("Borg is a …", "CNCF was the …") or how
   * it came to be, as a source introduces an organisation or a person ("Mesosphere was founded in …", "… was born in").
   */
  private static final Pattern DEFINES = Pattern.compile(
      "\\s+(?:is|was)\\s+(?:a|an|the)\\s|\\s+(?:was|were)\\s+(?:founded|established|created|formed|born)\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * What names the word before it, as a text names what it introduces: OpenTofu라는 이름, ‘관용’이라는 말, Omega라는 차세대
   * 시스템 ("called").
   */
  private static final Set<String> NAMING = Set.of("라는", "이라는", "라고", "이라고");
  /**
   * What names the word after it: "a fork called OpenTofu", "named Project Seven", "known as GKE", "what the press
   * called the container orchestration wars".
   */
  private static final Pattern NAMED = Pattern.compile("(?:called|named|known\\s+as)\\s+(?:the\\s+)?[\"“‘']?$",
      Pattern.CASE_INSENSITIVE);
  /** How far before a name {@link #NAMED} looks: "known as the “" and a little more. */
  private static final int NAMED_REACH = 24;
  /** Quotation marks that close a name a text introduces: ‘관용’이라는. */
  private static final String CLOSING_QUOTES = "’”'\"」』";

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
  private static final Set<String> KOREAN_NEGATOR_PAIRS = Set.of("아냐", "아닌", "아닙", "모르", "몰라", "몰랐");

  /** English words that, opening a sentence, point back at the sentence before it: pronouns and connectives. */
  private static final Set<String> ENGLISH_BACK =
      Set.of("it", "its", "they", "their", "them", "this", "these", "that", "those", "he", "his", "she", "her", "such",
          "however", "but", "so", "therefore", "thus", "also", "yet", "instead", "meanwhile");
  /**
   * Korean demonstratives and connectives that, as a word of their own, open a sentence that goes on from the one
   * before: 그 비결은, 이 회사는, 그러나 구글은 달랐다.
   */
  private static final Set<String> KOREAN_BACK_WORDS = Set.of("이", "그", "저", "그러나", "하지만", "그런데", "그래서",
      "따라서", "그리고", "또한", "게다가", "반면", "결국", "즉");
  /** Korean words opening a sentence that points back, by how they start: 이를 두고, 그는, 이들 역시, 그해. */
  private static final List<String> KOREAN_BACK_STARTS = List.of("이는", "이를", "이에", "이로", "이와", "이것", "이들",
      "이런", "이러한", "이처럼", "이곳", "그는", "그가", "그를", "그의", "그에", "그와", "그녀", "그들", "그것", "그런",
      "그러한", "그처럼", "그곳", "그해");

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
        negates |= ENGLISH_NEGATORS.contains(word) && !(word.equals("not") && adds(text, end))
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
   * A question's marks: as {@link #of}'s, but a question that ends in no mark at all asks, as chat leaves the mark
   * off ("who founded mesosphere", "쿠버네티스 출시일은"); only a full stop or an exclamation mark says it asks
   * nothing ("The bag is full.", "What a day!"). Tatoeba's statements as questions end in a mark.
   */
  public static Marks ofQuestion(String text) {
    Marks marks = of(text);
    char last = lastMark(text);
    return marks.asks() || Character.isLetterOrDigit(last) ? new Marks(marks.negates(), marks.persons(), true) : marks;
  }

  /**
   * Whether the text ends in a question mark, or in the ending of a Korean question before a full stop, as an essay
   * writes the question it goes on to answer (그 비결은 무엇일까., 무엇이 다른가.): -ㄹ까, -ㅂ니까, -ㄴ가, -는가 and -던가,
   * not -니까 (because) or 가 itself (집에 가.). A sentence that asks back seldom answers a question that asks nothing
   * (이 가방은 누구 것이지? for "The bag is full."), while a question that asks meets statements all the time, so only
   * the first is a sign ({@code asks_back}).
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
          || before == '니' && end > 2 && finalConsonant(text.charAt(end - 3)) == HangulSyllables.FINAL_PIEUP;
    }
    return ending == '가' && (before == '는' || before == '던' || finalConsonant(before) == HangulSyllables.FINAL_NIEUN);
  }

  /** The index of a Hangul syllable's final consonant (0 for none, 4 ㄴ, 8 ㄹ, 17 ㅂ); -1 for any other character. */
  private static int finalConsonant(char c) {
    return HangulSyllables.isSyllable(c) ? HangulSyllables.last(c) : -1;
  }

  /**
   * Whether the text opens with a pronoun, demonstrative or connective that points back at the sentence before it:
   * "It found that 78%…", "However, …", 그 비결은…, 이를 두고…, 그러나 구글은 달랐다; or with a time that the sentence
   * before tells (같은 날, "The next year": {@link TimeMarks#opensRelative}). Quoted alone, such a sentence leaves out
   * what it is about, what it sets itself against, or when.
   */
  public static boolean refersBack(String text) {
    int start = firstLetter(text);
    int end = start;
    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    String first = text.substring(start, end);
    if (ENGLISH_BACK.contains(first.toLowerCase(Locale.ROOT))) {
      return true;
    }
    return KOREAN_BACK_WORDS.contains(first) || KOREAN_BACK_STARTS.stream().anyMatch(first::startsWith)
        || TimeMarks.opensRelative(text, start);
  }

  /** Whether the text opens with a time that the sentence before tells (같은 해 10월 …, "The next year"). */
  public static boolean opensWithRelativeTime(String text) {
    return TimeMarks.opensRelative(text, firstLetter(text));
  }

  /** Where the text's first letter or digit is, past opening quotes, brackets and spaces. */
  private static int firstLetter(String text) {
    int start = 0;
    while (start < text.length() && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    return start;
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
    return !question.isEmpty() && !sentence.isEmpty()
        && question.stream().noneMatch(q -> sentence.stream().anyMatch(q::agreesWith));
  }

  /**
   * Whether the sentence writes numbers and lacks one of the question's ({@link #numbers}) that its paragraph does not
   * write either: a year the sentence before gives ("In the 2021 survey… Data from SlashData in the same report
   * counted 5.6 million") is context, not another date. Read only for a question that writes any, as most do not.
   */
  public static boolean numbersClash(Set<String> questionNumbers, String sentence, String paragraph) {
    if (questionNumbers.isEmpty()) {
      return false;
    }
    Set<String> written = numbers(sentence);
    // The paragraph holds the sentence, so it is read only when the sentence lacks a number, as few do.
    return !written.isEmpty() && !written.containsAll(questionNumbers)
        && !numbers(paragraph).containsAll(questionNumbers);
  }

  /**
   * The runs of digits in a text (1972; the 1 and 0 of 1.0), also where a word goes on after them (10월, 1990s), but
   * not those a Latin letter comes just before: they are part of a name (k8s, EC2, log4j), not a number.
   */
  public static Set<String> numbers(String text) {
    Set<String> numbers = new HashSet<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean digit = i < text.length() && Character.isDigit(text.charAt(i));
      if (digit && start < 0) {
        start = i;
      } else if (!digit && start >= 0) {
        if (start == 0 || !isLatinLetter(text.charAt(start - 1))) {
          numbers.add(text.substring(start, i));
        }
        start = -1;
      }
    }
    return numbers;
  }

  private static boolean isLatinLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
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
    return start > end && ENGLISH_ADDING.contains(text.substring(start, wordEnd).toLowerCase(Locale.ROOT));
  }

  /** Whether 아니 is the contrasting 아니라 that ends its word (before a space or comma) at {@code at}. */
  private static boolean contrasts(String text, int at) {
    return text.startsWith("라", at)
        && at + 1 < text.length()
        && (isSpace(text.charAt(at + 1)) || text.charAt(at + 1) == ',');
  }

  /** A pronoun, with its particle where it takes one, standing as a word of its own at {@code start}. */
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

  /** Whether {@code text} has a hyphen at {@code at} and a letter or digit beyond it, a step in {@code direction}. */
  private static boolean hyphenated(String text, int at, int direction) {
    int beyond = at + direction;
    return at >= 0 && at < text.length() && text.charAt(at) == '-'
        && beyond >= 0 && beyond < text.length() && Character.isLetterOrDigit(text.charAt(beyond));
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isAsciiWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  /**
   * Whether a text writes a word beside a parenthesis, before it or after the rest of its word: "Foundation (CNCF)",
   * 재단(CNCF)은, 애틱(Apache Attic), Kubernetes (K8s); or ends a sentence with it and the copula (…클러스터 관리 시스템
   * Borg다.), or opens one with it, is or was, and an article ("Borg is a cluster manager") or was founded, established,
   * created, formed or born ("Mesosphere was founded in 2013"); or calls it so (OpenTofu라는 이름, ‘관용’이라고, "a fork
   * named OpenTofu"). A text that introduces a name so says what it stands for or what it is. Compared ignoring case;
   * {@code word} as the question writes it.
   */
  public static boolean introduces(String text, String word) {
    if (word.isEmpty()) {
      return false;
    }
    for (int at = indexOfIgnoringCase(text, word, 0); at >= 0; at = indexOfIgnoringCase(text, word, at + 1)) {
      int before = at - 1;
      if (before >= 0 && Character.isLetterOrDigit(text.charAt(before)) || hyphenated(text, before, -1)) {
        continue; // inside another word: the ops of DevOps, the Strecke of GP-Strecke
      }
      while (before >= 0 && text.charAt(before) == ' ') {
        before--;
      }
      int end = at + word.length();
      if (NAMED.matcher(text).region(Math.max(0, at - NAMED_REACH), at).find()) {
        return true;
      }
      while (end < text.length() && CLOSING_QUOTES.indexOf(text.charAt(end)) >= 0) {
        end++;
      }
      int after = end;
      while (after < text.length() && Character.isLetterOrDigit(text.charAt(after))) {
        after++;
      }
      if (hyphenated(text, after, 1)) {
        continue; // the GP of (GP-Strecke)
      }
      String rest = text.substring(end, after);
      while (after < text.length() && text.charAt(after) == ' ') {
        after++;
      }
      if (before >= 0 && text.charAt(before) == '(' || after < text.length() && text.charAt(after) == '(') {
        return true;
      }
      boolean endsSentence = after == text.length() || text.charAt(after) == '.';
      boolean opensSentence = before < 0 || ".!?".indexOf(text.charAt(before)) >= 0;
      if (NAMING.contains(rest)
          || COPULAS.contains(rest) && endsSentence
          || rest.isEmpty() && opensSentence && DEFINES.matcher(text).region(end, text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text introduces, as {@link #introduces} reads it, the first word it writes that {@code stem} begins,
   * ignoring case: an English stem begins the word a sentence writes (mesospher, Mesosphere).
   */
  public static boolean introducesWordBeginning(String text, String stem) {
    for (int at = indexOfIgnoringCase(text, stem, 0); at >= 0; at = indexOfIgnoringCase(text, stem, at + 1)) {
      if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
        int end = at + stem.length();
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
          end++;
        }
        return introduces(text, text.substring(at, end));
      }
    }
    return false;
  }

  private static int indexOfIgnoringCase(String text, String word, int from) {
    for (int at = from; at + word.length() <= text.length(); at++) {
      if (text.regionMatches(true, at, word, 0, word.length())) {
        return at;
      }
    }
    return -1;
  }
}
