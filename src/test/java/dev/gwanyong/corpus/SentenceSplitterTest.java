package dev.gwanyong.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.corpus.SentenceSplitter.Sentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> texts(String paragraph) {
    return splitter.split(paragraph).stream().map(Sentence::text).toList();
  }

  @Test
  void koreanEndingsCloseSentences() {
    assertEquals(
        List.of("좋아요?", "네, 좋습니다.", "정말 그래요!", "그렇다면 가자."),
        texts("좋아요? 네, 좋습니다. 정말 그래요! 그렇다면 가자."));
  }

  @Test
  void curlyQuotesInsideASentenceDoNotSplitIt() {
    String paragraph =
        "공급자인 구글의 존재는 아예 쿠버네티스의 어떤 행간에도 보이지 않았다. "
            + "이를 두고 예리한 IT전문가들은 ‘구글의 상대적인 부재’라고 했다. 그야말로 ‘관용’이라고 해야 옳다.";
    assertEquals(
        List.of(
            "공급자인 구글의 존재는 아예 쿠버네티스의 어떤 행간에도 보이지 않았다.",
            "이를 두고 예리한 IT전문가들은 ‘구글의 상대적인 부재’라고 했다.",
            "그야말로 ‘관용’이라고 해야 옳다."),
        texts(paragraph));
  }

  @Test
  void closingQuoteStaysWithItsSentence() {
    assertEquals(List.of("그녀가 말했다.", "“정말 좋다.”", "그리고 웃었다."), texts("그녀가 말했다. “정말 좋다.” 그리고 웃었다."));
    assertEquals(List.of("‘관용이다.’", "다음 문장."), texts("‘관용이다.’ 다음 문장."));
  }

  @Test
  void quotedSentenceFollowedByAParticleGoesOn() {
    assertEquals(List.of("그는 “좋다.”라고 말했다.", "다음 문장이다."), texts("그는 “좋다.”라고 말했다. 다음 문장이다."));
  }

  @Test
  void ellipsesEndSentencesOnlyWhereTheSentenceEnds() {
    assertEquals(List.of("기다렸다…", "그리고 갔다."), texts("기다렸다… 그리고 갔다."));
    assertEquals(List.of("그런데… 아무도 없었다."), texts("그런데… 아무도 없었다."));
    assertEquals(List.of("It was late...", "Then he left."), texts("It was late... Then he left."));
    assertEquals(List.of("He paused... and then left."), texts("He paused... and then left."));
  }

  @Test
  void threeDotEllipsisInsideAKoreanSentenceDoesNotSplitIt() {
    assertEquals(List.of("그런데... 아무도 없었다."), texts("그런데... 아무도 없었다."));
  }

  @Test
  void noBreakSpacesCountAsWhiteSpace() {
    assertEquals(List.of("첫 문장이다.", "둘째 문장이다."), texts("첫 문장이다.\u00a0둘째 문장이다."));
    assertEquals(List.of("첫 문장이다.", "둘째 문장이다."), texts("\u00a0첫 문장이다. 둘째 문장이다.\u00a0"));
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    assertEquals(
        List.of(
            "Tools, e.g. Kubernetes, are used in the U.S. by many.",
            "Dr. Kim founded Acme Inc. in 2014.",
            "It grew."),
        texts(
            "Tools, e.g. Kubernetes, are used in the U.S. by many. Dr. Kim founded Acme Inc. in"
                + " 2014. It grew."));
  }

  @Test
  void decimalsDoNotEndSentences() {
    assertEquals(
        List.of("Version 1.12 shipped.", "Share rose 3.5% in 2020.", "버전 1.24에서 제거되었다."),
        texts("Version 1.12 shipped. Share rose 3.5% in 2020. 버전 1.24에서 제거되었다."));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "  앞뒤 공백.   다음 문장.  ",
        "\t줄 바꿈 없이 탭.\u3000다음?  끝!",
        "no terminal at all",
        "“인용으로 시작한다.” 그리고… 끝난다... Then A. B. Smith left.",
        "..."
      })
  void spansPointAtTheTextWithoutSurroundingWhiteSpace(String paragraph) {
    List<Sentence> sentences = splitter.split(paragraph);
    assertFalse(sentences.isEmpty());
    int previousEnd = 0;
    for (Sentence s : sentences) {
      assertEquals(s.text(), paragraph.substring(s.start(), s.end()));
      assertEquals(s.text().strip(), s.text());
      assertTrue(s.start() >= previousEnd, "sentences are in order and do not overlap");
      assertTrue(
          paragraph.substring(previousEnd, s.start()).isBlank(),
          "nothing but white space is skipped");
      previousEnd = s.end();
    }
    assertTrue(paragraph.substring(previousEnd).isBlank());
  }

  @Test
  void theEssaySplitsIntoItsSentences() throws IOException {
    // Counted by hand from the essay, where every sentence ends with a full stop.
    List<Integer> expected = List.of(9, 7, 9, 7, 8, 10);
    List<String> paragraphs = body(Path.of("index", "kubernetes-tolerance.txt"));
    assertEquals(expected.size(), paragraphs.size());
    for (int p = 0; p < paragraphs.size(); p++) {
      String paragraph = paragraphs.get(p);
      List<Sentence> sentences = splitter.split(paragraph);
      assertEquals(expected.get(p), sentences.size(), "sentences of paragraph " + (p + 1));
      for (Sentence s : sentences) {
        assertTrue(s.text().endsWith("."), s.text());
        assertEquals(s.text(), paragraph.substring(s.start(), s.end()));
      }
    }
  }

  /**
   * The paragraphs of a corpus file, read without the production parser: the lines after the second
   * fence.
   */
  static List<String> body(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int fence = lines.subList(1, lines.size()).indexOf("---") + 1;
    return lines.subList(fence + 1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
  }
}
