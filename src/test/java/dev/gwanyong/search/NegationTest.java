package dev.gwanyong.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NegationTest {

  @Test
  void englishNegatorsAndContractionsNegate() {
    assertTrue(Negation.negates("I don't like eggs."));
    assertTrue(Negation.negates("I DON’T like eggs."));
    assertTrue(Negation.negates("Bush is not an idiot."));
    assertTrue(Negation.negates("Nothing is free."));
    assertTrue(Negation.negates("There are no jobs in this country."));
    assertFalse(Negation.negates("I like eggs."));
    assertFalse(Negation.negates("Notice the knot in the nothingness-free note."), "only whole words negate");
  }

  @Test
  void koreanNegatorsNegateAndTheWordsThatOnlyLookLikeThemDoNot() {
    assertTrue(Negation.negates("나는 계란을 좋아하지 않아."));
    assertTrue(Negation.negates("이 나라에는 일자리가 없다."));
    assertTrue(Negation.negates("그것은 나의 의도가 아니었다."));
    assertTrue(Negation.negates("나는 그를 자주 보지 못한다."));
    assertTrue(Negation.negates("무슨 말인지 모르겠어요."));
    assertTrue(Negation.negates("돈 잊지 말고 챙겨가."));
    assertTrue(Negation.negates("너 결혼한 거 톰한테 말 안 했구나."));
    assertTrue(Negation.negates("완전 말도 안돼!"));
    assertFalse(Negation.negates("안녕하세요, 예약을 했는데요."), "안녕 is a greeting");
    assertFalse(Negation.negates("상자 안에 고양이가 있다."), "안에 is inside");
    assertFalse(Negation.negates("오늘 갈래, 아니면 내일 갈래?"), "아니면 is or");
    assertFalse(Negation.negates("이 나라에는 일자리가 적다."));
  }

  @Test
  void mixedTextIsReadInBothLanguagesAtOnce() {
    assertTrue(Negation.negates("k8s가 없이 cloud를 쓸 수 있을까?"));
    assertTrue(Negation.negates("Can we do it without 쿠버네티스?"));
  }
}
