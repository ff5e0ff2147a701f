package dev.gwanyong.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BackReferencesTest {

  @Test
  void aSentenceRefersBackWhenItOpensWithAPronounDemonstrativeOrConnective() {
    for (String back :
        List.of(
            "It found that 78% used it.",
            "\"They are the openness of open source.\"",
            "These changed everything.",
            "However, Google was different.",
            "그 비결은 무엇일까.",
            "이를 두고 전문가들은 부재라고 했다.",
            "그는 재단을 세웠다.",
            "이들 역시 오픈소스다.",
            "그해 7월 1.0이 나왔다.",
            "그러나 구글은 달랐다.",
            "같은 날 구글은 재단 설립을 발표했다.",
            "다음 해에 졸업했다.",
            "The same day it was renamed.",
            "The following year, Docker sold it.")) {
      assertTrue(BackReferences.refersBack(back), back);
    }
    for (String own :
        List.of(
            "Kubernetes is open source.",
            "Items were sold.",
            "Thereafter it grew.",
            "이번 조사에서 78%가 답했다.",
            "그림은 남았다.",
            "그러나구글은 달랐다.",
            "같은 회사가 만들었다.",
            "The same team built it.",
            "")) {
      assertFalse(BackReferences.refersBack(own), own);
    }
  }
}
