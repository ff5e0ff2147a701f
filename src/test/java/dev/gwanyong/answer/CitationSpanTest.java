package dev.gwanyong.answer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.config.ConfigLoader;
import dev.gwanyong.eval.EvalQuestion;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every quote is the source's own characters at the cited span, checked against the file itself.
 */
class CitationSpanTest {

  private static final Pattern LINE_ANCHOR = Pattern.compile("#L(\\d+)$");

  @TempDir Path data;

  private static final String LINK_BASE = "https://example.org/gwanyong/blob/main/";

  private AnswerService open(Path corpus) {
    return open(corpus, "");
  }

  private AnswerService open(Path corpus, String linkBase) {
    Map<String, Object> flags =
        Map.of("corpus", corpus.toString(), "data", data.toString(), "answer.link_base", linkBase);
    return AnswerService.open(new ConfigLoader(Map.of()).load(flags));
  }

  @Test
  void bundledCorpusQuotesAreExactSpansOfTheirSourceFiles() throws IOException {
    List<String> questions = new ArrayList<>(List.of("쿠버네티스를 활용하는 기업 비율은?", "구글의 상대적인 부재란?"));
    EvalQuestion.read(Path.of("src", "test", "resources", "eval", "related-sources.jsonl"))
        .forEach(q -> questions.add(q.question()));
    int checked = 0;
    try (AnswerService service = open(Path.of("index"), LINK_BASE)) {
      for (String question : questions) {
        for (Citation c : service.ask(question).citations()) {
          assertCitesTheFile(c);
          checked++;
        }
      }
    }
    assertTrue(checked >= 20, "only " + checked + " citations checked");
  }

  private static void assertCitesTheFile(Citation c) throws IOException {
    List<String> lines =
        Files.readAllLines(Path.of("index", c.sourceId() + ".txt"), StandardCharsets.UTF_8);
    int bodyStart = lines.subList(1, lines.size()).indexOf("---") + 2;
    String paragraph = lines.get(bodyStart + c.paragraph() - 1);
    assertEquals(
        c.quote(), paragraph.substring(c.start(), c.end()), c.sourceId() + " ¶" + c.paragraph());
    assertEquals(paragraph, c.context());
    assertTrue(c.quote().length() <= Citation.MAX_QUOTE_CHARS, c.quote());
    assertEquals(c.quote().strip(), c.quote());
    Matcher anchor = LINE_ANCHOR.matcher(c.url());
    assertTrue(anchor.find(), "a source without a URL links to its file's line: " + c.url());
    assertEquals(paragraph, lines.get(Integer.parseInt(anchor.group(1)) - 1), c.url());
    assertTrue(c.url().startsWith(LINK_BASE + "index/" + c.sourceId() + ".txt#L"), c.url());
  }

  @Test
  void linksAreMadeWhenAnsweringSoTheLinkBaseNeedsNoRebuild() {
    String essay = "쿠버네티스를 활용하는 기업 비율은?";
    String survey = "How many responses did the CNCF survey in late 2019 draw?";
    try (AnswerService service = open(Path.of("index"))) {
      assertEquals(
          "index/kubernetes-tolerance.txt#L7",
          first(service, essay).url(),
          "no link base and no public address: the file's line, for the command line");
      assertEquals(
          "https://www.cncf.io/reports/cncf-annual-survey-2021/",
          first(service, survey).url(),
          "no link base: the first public reference the source was written from");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try (AnswerService service = open(Path.of("index"), "https://example.org/gwanyong/blob/main")) {
      assertFalse(service.builtAtOpen(), "the same index serves the new link base");
      assertEquals(LINK_BASE + "index/kubernetes-tolerance.txt#L7", first(service, essay).url());
      assertEquals(
          LINK_BASE + "index/cncf-survey.txt#L" + lineOf("cncf-survey", first(service, survey)),
          first(service, survey).url(),
          "a link to the quote's own line comes before a reference");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int lineOf(String id, Citation c) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("index", id + ".txt"), StandardCharsets.UTF_8);
    return lines.indexOf(c.context()) + 1;
  }

  /** A sentence far over the quote limit, with distinctive words at its start and near its end. */
  private static final String LONG_SENTENCE =
      "하시코프의 노마드는 작은 팀도 운영하기 쉬운 스케줄러로 알려져 있으며 "
          + "여러 데이터센터에 걸친 배치와 단일 바이너리 설치, 컨테이너가 아닌 작업까지 함께 다루는 유연함을 갖추었고 ".repeat(6)
          + "마지막으로 콘술과 볼트와의 긴밀한 연동이 가장 큰 장점으로 꼽힌다.";

  private static final String PARAGRAPH = LONG_SENTENCE + " 다른 문장은 짧다.";

  @Test
  void anOverlongSentenceIsCutAtSpacesToTheLimit(@TempDir Path corpus) throws IOException {
    assertTrue(LONG_SENTENCE.length() > Citation.MAX_QUOTE_CHARS + 100);
    Files.writeString(
        corpus.resolve("nomad.txt"),
        "---\nid: nomad\ntitle: 노마드\nlang: ko\nlicence: test\n---\n" + PARAGRAPH + "\n");
    try (AnswerService service = open(corpus)) {
      Citation early = first(service, "노마드는 어떤 스케줄러인가?");
      assertCutAtSpaces(early);
      assertTrue(early.quote().contains("스케줄러"), early.quote());
      assertEquals(
          0, early.start(), "a quote starts at its sentence when the match is near the start");
      assertTrue(early.end() < LONG_SENTENCE.length(), "the sentence is cut");

      Citation late = first(service, "콘술과 볼트와의 연동");
      assertCutAtSpaces(late);
      assertTrue(
          late.quote().contains("콘술"), "the window moves to the matched words: " + late.quote());
      assertTrue(late.start() > 0, "the start is cut");
    }
  }

  @Test
  void aPublishedSourceIsLinkedWithATextFragmentOfTheParagraph(@TempDir Path corpus)
      throws IOException {
    String url = "https://example.org/essay?lang=ko";
    Files.writeString(
        corpus.resolve("web.txt"),
        "---\nid: web\ntitle: 웹\nlang: ko\nurl: "
            + url
            + "#top\nlicence: test\n---\n"
            + PARAGRAPH
            + "\n");
    try (AnswerService service = open(corpus)) {
      Citation c = first(service, "노마드는 어떤 스케줄러인가?");
      assertTrue(c.url().startsWith(url + "#:~:text="), c.url());
      String fragment =
          URLDecoder.decode(c.url().substring(c.url().indexOf("=", url.length()) + 1), UTF_8);
      assertTrue(PARAGRAPH.startsWith(fragment), fragment);
      assertTrue(
          fragment.length() <= 60 && PARAGRAPH.charAt(fragment.length()) == ' ',
          "cut at a space: " + fragment);
    }
  }

  private static Citation first(AnswerService service, String question) {
    Answer answer = service.ask(question);
    assertTrue(answer.answered(), question + ": confidence " + answer.confidence());
    return answer.citations().getFirst();
  }

  private static void assertCutAtSpaces(Citation c) {
    assertTrue(c.quote().length() <= Citation.MAX_QUOTE_CHARS, "length " + c.quote().length());
    assertEquals(c.quote(), PARAGRAPH.substring(c.start(), c.end()));
    assertTrue(c.end() <= LONG_SENTENCE.length(), "stays within the sentence");
    assertTrue(
        c.start() == 0 || PARAGRAPH.charAt(c.start() - 1) == ' ',
        "starts after a space: " + c.quote());
    assertTrue(
        c.end() == LONG_SENTENCE.length() || PARAGRAPH.charAt(c.end()) == ' ',
        "ends before a space: " + c.quote());
  }
}
