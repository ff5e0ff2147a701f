package dev.gwanyong.search;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which grammatical persons a text names by pronoun (I, you, he; 나는, 너를, 그녀가), read from its surface: the
 * analysis drops pronouns as stop words, yet "He shook his head." is not what 나는 머리를 흔들었다 says. A question and a
 * sentence that both name someone, and never the same person, are a reason to doubt the sentence; one that names no
 * one (Korean often leaves the subject out) says nothing either way. Korean 그 is "he" only with a particle (그는,
 * 그를), and 저 "I" only with one (저는), as bare they are "that".
 */
final class Persons {

  /** Grammatical person. */
  enum Person { FIRST, SECOND, THIRD }

  private static final String PARTICLE = "(?:는|은|가|이|를|을|의|도|에게|한테|랑|와|과|만)";
  private static final String END = "(?=[\\s.,!?;:\"'’”)…]|$)";

  private static final Pattern ENGLISH =
      Pattern.compile(
          "\\b(?:(i|me|my|mine|myself|we|us|our|ours|ourselves)|(you|your|yours|yourself|yourselves)"
              + "|(he|him|his|himself|she|her|hers|herself|they|them|their|theirs|themselves))\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern KOREAN =
      Pattern.compile(
          "(?:^|[\\s\"'‘“(])(?:((?:나|내|우리|저희)" + PARTICLE + "?|(?:저|제)" + PARTICLE + ")"
              + "|((?:너|너희|당신|자네)" + PARTICLE + "?|네가|니가)"
              + "|((?:그녀|그들|그분)" + PARTICLE + "?|그" + PARTICLE + "))" + END);

  private Persons() {}

  static Set<Person> named(String text) {
    Set<Person> persons = EnumSet.noneOf(Person.class);
    collect(ENGLISH.matcher(text), persons);
    collect(KOREAN.matcher(text), persons);
    return persons;
  }

  /** Whether both name someone and never the same person. */
  static boolean clash(Set<Person> question, Set<Person> sentence) {
    return !question.isEmpty() && !sentence.isEmpty() && question.stream().noneMatch(sentence::contains);
  }

  private static void collect(Matcher matcher, Set<Person> into) {
    while (matcher.find()) {
      for (Person person : Person.values()) {
        if (matcher.group(person.ordinal() + 1) != null) {
          into.add(person);
        }
      }
    }
  }
}
