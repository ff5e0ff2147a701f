package dev.gwanyong.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * One typing slip per question: in one long enough word, one edit, the rest of the question as it
 * was.
 */
class TyposTest {

  private static final List<String> QUESTIONS =
      IntStream.range(0, 200)
          .mapToObj(
              i ->
                  i % 2 == 0
                      ? "Where did the founders of Mesosphere work in " + (2000 + i) + "?"
                      : "쿠버네티스는 클라우드 커뮤니티에서 " + i + "년 만에 최강자가 되었나?")
          .toList();

  @Test
  void aQuestionWithoutALongEnoughWordGetsNoSlip() {
    Typos typos = new Typos(1);
    assertEquals(Optional.empty(), typos.make("Is it ok?"));
    assertEquals(Optional.empty(), typos.make("뭐야 이거?"));
  }

  @Test
  void anEnglishSlipIsOneEditInOneWord() {
    Typos typos = new Typos(7);
    for (String question : QUESTIONS.stream().filter(q -> q.startsWith("Where")).toList()) {
      Typos.Typo typo = typos.make(question).orElseThrow();
      assertTrue(typo.word().length() >= 4, typo.toString());
      assertNotEquals(typo.word().toLowerCase(), typo.typed().toLowerCase(), typo.toString());
      assertTrue(oneEditApart(typo.word(), typo.typed()), typo.toString());
      assertEquals(
          question,
          typo.question().replaceFirst(typo.typed(), typo.word()),
          "the rest is as written");
    }
  }

  @Test
  void aKoreanSlipChangesOneJamoOfOneSyllable() {
    Typos typos = new Typos(7);
    for (String question : QUESTIONS.stream().filter(q -> q.startsWith("쿠")).toList()) {
      Typos.Typo typo = typos.make(question).orElseThrow();
      assertEquals(typo.word().length(), typo.typed().length(), typo.toString());
      List<Integer> changed =
          IntStream.range(0, typo.word().length())
              .filter(i -> typo.word().charAt(i) != typo.typed().charAt(i))
              .boxed()
              .toList();
      assertEquals(1, changed.size(), typo.toString());
      int at = changed.getFirst();
      assertEquals(2, sharedJamo(typo.word().charAt(at), typo.typed().charAt(at)), typo.toString());
      assertEquals(
          question,
          typo.question().replaceFirst(typo.typed(), typo.word()),
          "the rest is as written");
    }
  }

  @Test
  void theSameSeedMakesTheSameSlips() {
    Typos first = new Typos(3);
    Typos again = new Typos(3);
    Typos other = new Typos(4);
    List<Optional<Typos.Typo>> slips = QUESTIONS.stream().map(first::make).toList();
    assertEquals(slips, QUESTIONS.stream().map(again::make).toList());
    assertNotEquals(slips, QUESTIONS.stream().map(other::make).toList());
  }

  /** One letter dropped, added, replaced, or two neighbours swapped, ignoring case. */
  private static boolean oneEditApart(String word, String typed) {
    String a = word.toLowerCase();
    String b = typed.toLowerCase();
    int p = 0;
    while (p < Math.min(a.length(), b.length()) && a.charAt(p) == b.charAt(p)) {
      p++;
    }
    boolean swapped =
        a.length() == b.length()
            && p + 1 < a.length()
            && a.charAt(p) == b.charAt(p + 1)
            && a.charAt(p + 1) == b.charAt(p)
            && tail(a, p + 2).equals(tail(b, p + 2));
    return tail(a, p + 1).equals(tail(b, p + 1))
        || tail(a, p + 1).equals(tail(b, p))
        || tail(a, p).equals(tail(b, p + 1))
        || swapped;
  }

  private static String tail(String s, int from) {
    return from >= s.length() ? "" : s.substring(from);
  }

  /** How many of the initial, vowel and final of two syllables are the same. */
  private static int sharedJamo(char a, char b) {
    int x = a - 0xAC00;
    int y = b - 0xAC00;
    return (x / 588 == y / 588 ? 1 : 0)
        + (x / 28 % 21 == y / 28 % 21 ? 1 : 0)
        + (x % 28 == y % 28 ? 1 : 0);
  }
}
