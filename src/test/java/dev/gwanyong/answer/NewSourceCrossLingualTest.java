package dev.gwanyong.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.BundledCorpus;
import dev.gwanyong.config.ConfigLoader;
import dev.gwanyong.config.GwanyongConfig;
import dev.gwanyong.index.Analysis;
import dev.gwanyong.index.Fields;
import dev.gwanyong.lexicon.Lexicon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Korean source a moderator adds tomorrow, about a topic the bundled corpus never mentions, is
 * cited for English questions in everyday words and loanwords, with the bundled lexicon as it is:
 * nothing is added for the new text.
 */
class NewSourceCrossLingualTest {

  static final String NEW_ID = "haetsal-village-library";

  /**
   * Written for this test: a neighbourhood library with a bakery and a bicycle workshop. Everyday
   * Korean.
   */
  static final String NEW_SOURCE =
      """
      ---
      id: haetsal-village-library
      title: 햇살마을 도서관 이용 안내
      lang: ko
      licence: written for the Gwanyong tests
      ---
      햇살마을 도서관은 매일 아침 아홉 시에 문을 열고 저녁 여섯 시에 문을 닫는다. 월요일은 쉬는 날이다.
      도서관 일 층에는 작은 빵집이 있다. 빵집에서는 아침마다 갓 구운 빵과 따뜻한 커피를 판다.
      빵집에서 가장 인기 있는 샌드위치의 가격은 삼천오백 원이다. 커피는 이천 원이다.
      주민은 도서관 앞 보관소에서 자전거를 무료로 빌릴 수 있다. 자전거는 저녁 여섯 시까지 돌려주어야 한다.
      토요일 오후에는 자원봉사자들이 고장 난 자전거를 고쳐 준다. 바퀴에 바람을 넣는 일도 도와준다.
      어린이들은 방학 동안 카메라로 사진을 찍는 법을 배운다. 수업은 이 층 강의실에서 열린다.
      스마트폰을 잃어버린 사람은 안내 데스크에 물어보면 된다. 주운 물건은 한 달 동안 보관한다.
      책은 한 번에 다섯 권까지 빌릴 수 있고 이 주 뒤에 반납해야 한다.
      빵집의 베이글은 오전 열한 시면 다 팔린다. 일 층 로비의 키오스크에서는 책을 직접 빌리고 반납할 수 있다.
      삼 층 자료실의 스캐너는 누구나 무료로 쓸 수 있다.
      도서관 앞마당에는 고양이 두 마리가 산다. 뒷마당에는 고양이 세 마리가 산다.
      """;

  @TempDir static Path corpus;
  @TempDir static Path data;
  private static AnswerService service;

  @BeforeAll
  static void open() throws IOException {
    BundledCorpus.copyTo(corpus);
    Files.writeString(corpus.resolve(NEW_ID + ".txt"), NEW_SOURCE, StandardCharsets.UTF_8);
    service = AnswerService.open(config());
  }

  private static GwanyongConfig config() {
    Map<String, Object> flags = Map.of("corpus", corpus.toString(), "data", data.toString());
    return new ConfigLoader(Map.of()).load(flags);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  @Test
  void theNewSourceIsServedWithTheBundledLexiconUnchanged() throws IOException {
    assertEquals(
        Path.of("config", "lexicon").toAbsolutePath(),
        config().lexicon(),
        "the test adds nothing to the lexicon");
    try (Stream<Path> files = Files.list(Path.of("index"))) {
      long bundled = files.filter(f -> !f.getFileName().toString().endsWith(".en.txt")).count();
      assertEquals(bundled + 1, service.indexInfo().sources());
    }
  }

  /**
   * Questions a newcomer would ask, in everyday English and loanwords (sandwich, camera, bicycle):
   * none of the new source's Korean was added to the lexicon, so each is found through the everyday
   * vocabulary already there.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          When does the library open?                            | 아홉 시에 문을 열고
          Which day is the library closed?                       | 월요일은 쉬는
          What is the price of a sandwich?                       | 샌드위치의 가격
          Does the bakery sell bread and coffee?                 | 빵과 따뜻한 커피
          Can residents borrow bicycles?                         | 자전거를 무료로 빌릴
          When must I return the bicycle?                        | 돌려주어야
          Who repairs broken bicycles?                           | 고장 난 자전거를 고쳐
          When do volunteers fix bicycles?                       | 고장 난 자전거를 고쳐
          Where can children learn to take photos with a camera? | 카메라로 사진을
          How many books can I borrow at once?                   | 다섯 권까지
          Where do the two cats live?                            | 고양이 두 마리
          Where do the three cats live?                          | 고양이 세 마리
          """)
  void englishQuestionsCiteTheNewSourceFirst(String question, String evidence) {
    assertCitedFirst(question, evidence);
  }

  /**
   * Loanwords the lexicon does not have, or has only as a Hanja gloss: the new source's Hangul
   * spelling is found through transliteration alone, and confidently enough to answer.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Are there bagels at the bakery?             | bagel   | 베이글
          Can I borrow books at the kiosk?            | kiosk   | 키오스크
          Where is the scanner?                       | scanner | 스캐너
          """)
  void loanwordsTheLexiconLacksFindTheirHangulSpelling(
      String question, String word, String hangul) {
    Analysis analysis = Analysis.load(Path.of("config", "analysis"));
    Lexicon lexicon = Lexicon.load(Path.of("config", "lexicon"), analysis);
    List<String> stems =
        analysis.termSpans(Fields.ENGLISH, word).stream().map(Analysis.TermSpan::term).toList();
    // Only a Hanja gloss may have it (scanner → 주사장치, 走査裝置, from JMdict): such a word is
    // transliterated too.
    assertTrue(
        lexicon.lookup(stems).filter(t -> t.tier() != Lexicon.Tier.HANJA).isEmpty(),
        word + " must not be in the lexicon, but for a Hanja gloss, for this test");
    assertCitedFirst(question, hangul);
  }

  @Test
  void aKoreanQuestionFindsItToo() {
    assertCitedFirst("샌드위치는 얼마인가요? 가격이 궁금해요", "샌드위치의 가격");
    assertCitedFirst("도서관 자전거는 언제까지 돌려줘야 하나요?", "돌려주어야");
  }

  @Test
  void anOffTopicQuestionIsStillRefusedWithTheNewSourceInTheCorpus() {
    Answer answer = service.ask("How do I change the oil in my car?");
    assertFalse(answer.answered(), "confidence " + answer.confidence());
  }

  @Test
  void aQuestionWithFreeFindsTheFreeBicycles() {
    assertCitedFirst("Can I borrow a bicycle for free?", "자전거를 무료로 빌릴");
  }

  /**
   * The candidate the bot would cite first is the new source's sentence. Whether it answers at the
   * default risk budget is the answer model's call, measured by {@code bench selective} rather than
   * asserted here.
   */
  private static void assertCitedFirst(String question, String evidence) {
    Candidate first = service.candidates(question).getFirst();
    assertEquals(NEW_ID, first.hit().sourceId(), question + " ranked first " + first.quote());
    assertTrue(first.quote().contains(evidence), question + " would quote " + first.quote());
    assertTrue(first.hit().translation().isEmpty(), "the new source has no translation");
    Answer answer = service.ask(question);
    assertEquals(
        answer.confidence(),
        first.confidence(),
        1e-12,
        "the answer's confidence is its first candidate's");
    if (answer.answered()) {
      assertEquals(first.quote(), answer.citations().getFirst().quote());
    }
  }
}
