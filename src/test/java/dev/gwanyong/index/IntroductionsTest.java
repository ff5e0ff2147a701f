package dev.gwanyong.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntroductionsTest {

  @Test
  void aNameBesideAParenthesisIsIntroduced() {
    assertTrue(
        Introductions.introduces(
            "The Cloud Native Computing Foundation (CNCF) has surveyed", "cncf"));
    assertTrue(Introductions.introduces("클라우드 네이티브 컴퓨팅 재단(CNCF)은 2015년에", "CNCF"));
    assertTrue(
        Introductions.introduces("아파치 애틱(Apache Attic)으로 옮겨지는데", "애틱"),
        "the name before its gloss");
    assertTrue(Introductions.introduces("아파치 애틱(Apache Attic)으로 옮겨지는데", "apache"), "the gloss");
    assertTrue(
        Introductions.introduces("Kubernetes (K8s) is", "kubernet"),
        "a stem, to the end of its word");
    assertFalse(
        Introductions.introduces(
            "It was the eighth time the CNCF had assessed the market (again).", "CNCF"));
    assertFalse(Introductions.introduces("CNCF", ""));
    assertFalse(Introductions.introduces("DevOps (a culture)", "ops"), "only a whole word");
    assertFalse(
        Introductions.introduces("남쪽의 GP-슈트레케(GP-Strecke)로", "GP"), "a part of a hyphenated name");
    assertFalse(Introductions.introduces("(GP-Strecke) 구간", "strecke"), "its other part");
    assertTrue(
        Introductions.introduces("뿌리는 구글의 클러스터 관리 시스템 Borg다.", "Borg"),
        "what a sentence ends in being");
    assertTrue(Introductions.introduces("Omega는 크다. 그 뿌리는 Borg이다", "borg"));
    assertFalse(Introductions.introduces("구글은 Borg를 썼다.", "Borg"), "an object is not defined");
    assertTrue(
        Introductions.introduces("Borg is a cluster manager.", "Borg"),
        "what a sentence opens by saying");
    assertTrue(Introductions.introduces("It ran. Borg was the first.", "Borg"));
    assertFalse(
        Introductions.introduces("Google said Borg is a success.", "Borg"),
        "not what the sentence is about");
    assertTrue(
        Introductions.introduces("Mesosphere was founded in San Francisco in 2013.", "Mesosphere"),
        "how an organisation came to be");
    assertFalse(Introductions.introduces("Mesosphere was renamed D2iQ.", "Mesosphere"));
  }

  @Test
  void aNameTheTextCallsSoIsIntroduced() {
    assertTrue(Introductions.introduces("이 포크는 OpenTofu라는 이름을 얻었다.", "OpenTofu"));
    assertTrue(Introductions.introduces("그야말로 ‘관용’이라고 해야 옳다.", "관용"), "beyond its closing quote");
    assertTrue(Introductions.introduces("구글은 Omega라는 차세대 클러스터 관리 시스템을 개발했다.", "omega"));
    assertTrue(Introductions.introduces("The fork was named OpenTofu in September.", "OpenTofu"));
    assertTrue(
        Introductions.introduces("a period the press called the \"container wars\"", "container"));
    assertTrue(Introductions.introduces("a tool named \u2018Swarm\u2019", "swarm"));
    assertTrue(Introductions.introduces("renamed Google Kubernetes Engine, known as GKE", "GKE"));
    assertTrue(
        Introductions.introduces(
            "Mesosphere released that platform under the name DC/OS.", "DC/OS"));
    assertTrue(Introductions.introduces("a company that went by the name of Acme", "acme"));
    assertFalse(
        Introductions.introduces("OpenTofu의 첫 안정 버전은 1.6이다.", "OpenTofu"),
        "a particle names nothing");
    assertFalse(
        Introductions.introduces("Terraform was called by OpenTofu.", "OpenTofu"),
        "not right after");
  }

  @Test
  void aNameTheTextSaysIsShortForSomethingIsIntroduced() {
    assertTrue(
        Introductions.introduces(
            "In 2019 Mesosphere renamed itself D2iQ, short for Day 2 IQ.", "D2iQ"));
    assertTrue(
        Introductions.introduces(
            "KEP (which stands for Kubernetes Enhancement Proposal) is", "KEP"));
    assertTrue(Introductions.introduces("the SIG, an acronym of special interest group", "sig"));
    assertTrue(Introductions.introduces("GP는 그랑프리의 약자로 자동차 경주를 뜻한다.", "GP"));
    assertTrue(Introductions.introduces("K8s는 흔히 쓰는 쿠버네티스의 줄임말이다.", "K8s"));
    assertFalse(
        Introductions.introduces("D2iQ later announced the end of DC/OS, short of funds.", "D2iQ"),
        "short of");
    assertFalse(Introductions.introduces("D2iQs, short for nothing", "D2iQ"), "another word");
    assertFalse(Introductions.introduces("GP는 경주다. 그랑프리의 약자를 쓴다.", "GP"), "another sentence");
  }
}
