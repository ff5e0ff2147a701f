package dev.gwanyong.search;

import static dev.gwanyong.search.Persons.Person.FIRST;
import static dev.gwanyong.search.Persons.Person.SECOND;
import static dev.gwanyong.search.Persons.Person.THIRD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonsTest {

  @Test
  void englishPronounsNameTheirPerson() {
    assertEquals(Set.of(THIRD), Persons.named("He shook his head."));
    assertEquals(Set.of(FIRST, SECOND), Persons.named("I'll call you when I get to Boston."));
    assertEquals(Set.of(), Persons.named("It is raining in Boston."), "it names no one");
    assertEquals(Set.of(), Persons.named("Hello, Iowa: the hymn."), "only whole words");
  }

  @Test
  void koreanPronounsNameTheirPersonAndTheDemonstrativesThatLookLikeThemDoNot() {
    assertEquals(Set.of(FIRST), Persons.named("나는 머리를 흔들었다."));
    assertEquals(Set.of(FIRST), Persons.named("내 생일은 11월 10일이다."));
    assertEquals(Set.of(FIRST), Persons.named("제가 할게요."));
    assertEquals(Set.of(SECOND), Persons.named("너는 표준영어를 배워야 한다."));
    assertEquals(Set.of(THIRD), Persons.named("그는 머리를 좌우로 흔들었다."));
    assertEquals(Set.of(THIRD), Persons.named("그녀는 힘든 삶을 살았다."));
    assertEquals(Set.of(), Persons.named("그 책을 다시 보고 싶다."), "그 before a noun is that");
    assertEquals(Set.of(), Persons.named("저 사람은 누구예요?"), "저 before a noun is that");
    assertEquals(Set.of(), Persons.named("그건 어려워요. 내일 봐요. 네, 알겠습니다."));
  }

  @Test
  void aClashIsWhenBothNameSomeoneAndNeverTheSamePerson() {
    assertTrue(Persons.clash(Persons.named("He missed the train."), Persons.named("나는 기차를 놓쳤다.")));
    assertFalse(Persons.clash(Persons.named("I missed the train."), Persons.named("나는 기차를 놓쳤다.")));
    assertFalse(Persons.clash(Persons.named("He missed the train."), Persons.named("기차를 놓쳤다.")),
        "Korean leaves the subject out");
    assertFalse(Persons.clash(Persons.named("Please take me to the hospital."), Persons.named("내가 데려다 줄게요.")));
  }
}
