package dev.gwanyong.index;

import static dev.gwanyong.index.SentenceMarks.Person.FIRST;
import static dev.gwanyong.index.SentenceMarks.Person.HE;
import static dev.gwanyong.index.SentenceMarks.Person.SECOND;
import static dev.gwanyong.index.SentenceMarks.Person.SHE;
import static dev.gwanyong.index.SentenceMarks.Person.THIRD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceMarksTest {

  private static boolean negates(String text) {
    return SentenceMarks.of(text).negates();
  }

  private static Set<SentenceMarks.Person> persons(String text) {
    return SentenceMarks.of(text).persons();
  }

  @Test
  void theMarksTheIndexKeepsAreTheMarksOfTheText() {
    for (String text :
        List.of(
            "I don't like eggs.",
            "그녀는 우리에게 오지 않았다.",
            "너는 왜 그랬을까?",
            "They and you, he and I?",
            "쿠버네티스는 2014년에 공개되었다.",
            "")) {
      SentenceMarks.Marks marks = SentenceMarks.of(text);
      assertEquals(marks, SentenceMarks.Marks.ofBits(marks.bits()), text);
    }
  }

  @Test
  void englishNegatorsAndContractionsNegate() {
    assertTrue(negates("I don't like eggs."));
    assertTrue(negates("I DON’T like eggs."));
    assertTrue(negates("Bush is not an idiot."));
    assertTrue(negates("Nothing is free."));
    assertTrue(negates("There are no jobs in this country."));
    assertFalse(negates("I like eggs."));
    assertFalse(
        negates("Notice the knot in the nothingness-free note."), "only whole words negate");
  }

  @Test
  void koreanNegatorsNegateAndTheWordsThatOnlyLookLikeThemDoNot() {
    assertTrue(negates("나는 계란을 좋아하지 않아."));
    assertTrue(negates("이 나라에는 일자리가 없다."));
    assertTrue(negates("그것은 나의 의도가 아니었다."));
    assertTrue(negates("나는 그를 자주 보지 못한다."));
    assertTrue(negates("무슨 말인지 모르겠어요."));
    assertTrue(negates("돈 잊지 말고 챙겨가."));
    assertTrue(negates("너 결혼한 거 톰한테 말 안 했구나."));
    assertTrue(negates("완전 말도 안돼!"));
    assertFalse(negates("안녕하세요, 예약을 했는데요."), "안녕 is a greeting");
    assertFalse(negates("상자 안에 고양이가 있다."), "안에 is inside");
    assertFalse(negates("오늘 갈래, 아니면 내일 갈래?"), "아니면 is or");
    assertFalse(negates("이 나라에는 일자리가 적다."));
  }

  @Test
  void whatOnlySetsOneThingAgainstAnotherDoesNotNegate() {
    assertFalse(negates("Google gave away not only the code but its governance."));
    assertFalse(negates("It is not just a scheduler."));
    assertTrue(negates("It is not a scheduler."));
    assertTrue(negates("Not everyone agrees, only some."), "only after another word");
    assertFalse(negates("회사 대표가 아니라 개인 자격으로 참여하는 것이 원칙이다."));
    assertFalse(negates("코드뿐 아니라, 거버넌스도 재단에 넘겼다."));
    assertTrue(negates("그는 자기 책임이 아니라고 말했다."), "아니라고 reports a negation");
    assertTrue(negates("회원이 아니라서 돌아갔다."));
    assertTrue(negates("그건 사실이 아니라."), "only a contrast goes on after 아니라");
  }

  @Test
  void mixedTextIsReadInBothLanguagesAtOnce() {
    assertTrue(negates("k8s가 없이 cloud를 쓸 수 있을까?"));
    assertTrue(negates("Can we do it without 쿠버네티스?"));
  }

  @Test
  void englishPronounsNameTheirPerson() {
    assertEquals(Set.of(HE), persons("He shook his head."));
    assertEquals(Set.of(SHE, THIRD), persons("She told them."));
    assertEquals(Set.of(FIRST, SECOND), persons("I'll call you when I get to Boston."));
    assertEquals(Set.of(), persons("It is raining in Boston."), "it names no one");
    assertEquals(Set.of(), persons("Hello, Iowa: the hymn."), "only whole words");
  }

  @Test
  void koreanPronounsNameTheirPersonAndTheDemonstrativesThatLookLikeThemDoNot() {
    assertEquals(Set.of(FIRST), persons("나는 머리를 흔들었다."));
    assertEquals(Set.of(FIRST), persons("내 생일은 11월 10일이다."));
    assertEquals(Set.of(FIRST), persons("제가 할게요."));
    assertEquals(Set.of(SECOND), persons("너는 표준영어를 배워야 한다."));
    assertEquals(Set.of(HE), persons("그는 머리를 좌우로 흔들었다."));
    assertEquals(Set.of(SHE), persons("그녀는 힘든 삶을 살았다."));
    assertEquals(Set.of(THIRD), persons("그분은 선생님이다."));
    assertEquals(Set.of(), persons("그 책을 다시 보고 싶다."), "그 before a noun is that");
    assertEquals(Set.of(), persons("저 사람은 누구예요?"), "저 before a noun is that");
    assertEquals(Set.of(), persons("그건 어려워요. 내일 봐요. 네, 알겠습니다."));
  }

  @Test
  void aTextAsksWhenItEndsInAQuestionMarkBeforeAnyClosingQuoteOrBracket() {
    assertTrue(SentenceMarks.of("이 가방은 누구 것이지?").asks());
    assertTrue(SentenceMarks.of("He asked, \"Is it yours?\" ").asks());
    assertTrue(SentenceMarks.of("(정말?)").asks());
    assertFalse(SentenceMarks.of("Is it? It is.").asks(), "only the end counts");
    assertFalse(SentenceMarks.of("The bag is full.").asks());
    assertFalse(SentenceMarks.of("").asks());
    assertFalse(SentenceMarks.of(" \" ").asks());
  }

  @Test
  void aKoreanSentenceAsksByItsEndingToo() {
    for (String asking :
        List.of("그 비결은 무엇일까.", "왜 그랬을까", "이것은 무엇입니까.", "무엇이 다른가.", "누가 옳았는가.", "그는 어디로 갔던가.")) {
      assertTrue(SentenceMarks.asks(asking), asking);
    }
    for (String telling : List.of("비싸니까.", "집에 가.", "그것이 비결이다.", "하나.", "까.", "가")) {
      assertFalse(SentenceMarks.asks(telling), telling);
    }
  }

  @Test
  void aQuestionAlsoAsksWhenItEndsInNoMarkAtAll() {
    assertTrue(SentenceMarks.ofQuestion("who founded mesosphere").asks());
    assertTrue(SentenceMarks.ofQuestion("쿠버네티스 출시일은").asks());
    assertTrue(SentenceMarks.ofQuestion("쿠버네티스 1.24").asks());
    assertTrue(SentenceMarks.ofQuestion("Who founded Mesosphere?").asks());
    assertFalse(SentenceMarks.ofQuestion("The bag is full.").asks());
    assertFalse(SentenceMarks.ofQuestion("What a day!").asks());
    assertFalse(SentenceMarks.ofQuestion("").asks());
    assertFalse(
        SentenceMarks.of("who founded mesosphere").asks(),
        "a sentence without a mark asks nothing");
  }

  @Test
  void aClashIsWhenBothNameSomeoneAndNeverTheSamePerson() {
    assertTrue(SentenceMarks.clash(persons("He missed the train."), persons("나는 기차를 놓쳤다.")));
    assertFalse(SentenceMarks.clash(persons("I missed the train."), persons("나는 기차를 놓쳤다.")));
    assertFalse(
        SentenceMarks.clash(persons("He missed the train."), persons("기차를 놓쳤다.")),
        "Korean leaves the subject out");
    assertFalse(
        SentenceMarks.clash(persons("Please take me to the hospital."), persons("내가 데려다 줄게요.")));
  }

  @Test
  void heAndSheClashWhileAThirdPersonOfNoStatedSexMayBeEither() {
    assertTrue(SentenceMarks.clash(persons("He lived a hard life."), persons("그녀는 힘든 삶을 살았다.")));
    assertTrue(SentenceMarks.clash(persons("She's had a hard life."), persons("그는 힘든 삶을 살았다.")));
    assertFalse(SentenceMarks.clash(persons("He lived a hard life."), persons("그는 힘든 삶을 살았다.")));
    assertFalse(SentenceMarks.clash(persons("They say she is ill."), persons("그녀는 아프다.")));
    assertFalse(SentenceMarks.clash(persons("Is he your teacher?"), persons("그분은 선생님이다.")));
    assertTrue(
        SentenceMarks.clash(persons("They left."), persons("나는 떠났다.")), "still a third person");
  }

  @Test
  void wordsAtTheEdgesOfTheTextAndBesideQuotesAreRead() {
    assertTrue(negates("않"));
    assertTrue(negates("안 돼"));
    assertFalse(negates("안"), "안 must stand before its verb");
    assertTrue(negates("isn't"));
    assertFalse(negates("n'tx"));
    assertEquals(Set.of(FIRST, SECOND, SHE), persons("\"나는\" 너는 (그녀가)"));
    assertEquals(Set.of(FIRST), persons(" 제가"));
    assertEquals(Set.of(), persons("제 이름"), "bare 제 is not read: 제 1장 is a chapter");
  }
}
