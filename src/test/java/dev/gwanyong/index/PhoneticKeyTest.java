package dev.gwanyong.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhoneticKeyTest {

  @Test
  void hangulKeysFoldVowelsAndDropTheInsertedEu() {
    assertEquals("aklat", PhoneticKey.ofHangul("워크로드"));
    assertEquals("anplamas", PhoneticKey.ofHangul("온프레미스"));
    assertEquals("akastlasan", PhoneticKey.ofHangul("오케스트레이션"));
    assertEquals("santpaks", PhoneticKey.ofHangul("샌드박스"));
    assertEquals("plamatas", PhoneticKey.ofHangul("프로메테우스"));
    assertEquals("klasta", PhoneticKey.ofHangul("클러스터"));
    assertEquals("lagk", PhoneticKey.ofHangul("링크"), "final ㅇ is ng");
  }

  @Test
  void latinKeysReadEnglishSpelling() {
    assertEquals("aklat", PhoneticKey.ofLatin("workload"), "r before a consonant is silent");
    assertEquals("santpaks", PhoneticKey.ofLatin("sandbox"), "x is ks");
    assertEquals("klasta", PhoneticKey.ofLatin("cluster"));
    assertEquals("sapa", PhoneticKey.ofLatin("server"), "r after a vowel is silent");
    assertEquals(
        "stalasa",
        PhoneticKey.ofLatin("storage"),
        "a final ge is soft, and Korean gives it a vowel: 스토리지");
    assertEquals("kasa", PhoneticKey.ofLatin("cache"), "캐시");
    assertEquals("lagk", PhoneticKey.ofLatin("link"), "n before k is ng");
  }

  @Test
  void ambiguousSpellingsGiveSeveralKeys() {
    assertEquals(
        List.of("plamatas", "plamasas", "plamtas", "plamsas"), PhoneticKey.latinKeys("prometheus"));
    assertEquals(List.of("asastlasan", "akastlasan"), PhoneticKey.latinKeys("orchestration"));
    assertEquals(
        List.of("anplamasas", "anplamas"),
        PhoneticKey.latinKeys("on-premises"),
        "with and without plural s");
  }

  @Test
  void loanwordsMatchTheirEnglishSpelling() {
    assertTrue(PhoneticKey.matches("오케스트레이션", "orchestration"));
    assertTrue(PhoneticKey.matches("쿠버네티스", "kubernetes"));
    assertTrue(PhoneticKey.matches("파이프라인", "pipeline"));
    assertTrue(PhoneticKey.matches("텔레메트리", "telemetry"));
    assertTrue(PhoneticKey.matches("스토리지", "storage"));
  }

  @Test
  void keysOfFewerThanThreeConsonantsAreNotUsed() {
    assertEquals("kat", PhoneticKey.ofHangul("코드"));
    assertFalse(PhoneticKey.isSpecific("kat"), "code, coat, cord, cat, kid");
    assertFalse(PhoneticKey.matches("서버", "server"), "sapa: also 소파, 자바, 바다");
    assertTrue(PhoneticKey.isSpecific("klasta"));
  }
}
