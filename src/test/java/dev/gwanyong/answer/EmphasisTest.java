package dev.gwanyong.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Emphasis in real answers over the bundled corpus: whole written words, only for words that
 * carried weight.
 */
class EmphasisTest {

  /** A risk budget loose enough that the rendering tests' questions are answered. */
  static final double RENDERING_BUDGET = 0.5;

  @TempDir static Path data;
  private static AnswerService service;

  @BeforeAll
  static void open() {
    // How a citation is rendered is tested here, not whether to answer (that is bench selective's,
    // on thousands of questions): a generous risk budget lets every question show its best
    // candidate as the default would if sure.
    service =
        AnswerService.open(
            new ConfigLoader(Map.of())
                .load(Map.of("data", data.toString(), "answer.max_risk", RENDERING_BUDGET)));
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  /** The emphasised words of every citation, as written. */
  private static List<String> emphasised(Citation citation) {
    return citation.highlights().stream()
        .map(s -> citation.quote().substring(s.start(), s.end()))
        .toList();
  }

  private static Citation citing(String question, String quoteFragment) {
    return service.ask(question).citations().stream()
        .filter(c -> c.quote().contains(quoteFragment))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no citation quoting " + quoteFragment + " for " + question));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "When was Kubernetes 1.0 released?",
        "어떤 기업이 쿠버네티스를 사용하나?",
        "Apache License 2.0",
        "CNCF 설문조사에서 프로덕션 사용 비율",
        "구글이 쿠버네티스를 만든 이유는?"
      })
  void emphasisCoversWholeWordsNeverPiecesOfOne(String question) {
    Answer answer = service.ask(question);
    assertFalse(answer.citations().isEmpty(), question);
    for (Citation c : answer.citations()) {
      for (Citation.Span span : c.highlights()) {
        String quote = c.quote();
        assertFalse(
            span.start() > 0 && Character.isLetterOrDigit(quote.charAt(span.start() - 1)), quote);
        assertFalse(
            span.end() < quote.length() && Character.isLetterOrDigit(quote.charAt(span.end())),
            quote);
      }
    }
  }

  @Test
  void aKoreanWordIsEmphasisedWithItsParticle() {
    Citation survey = citing("어떤 기업이 쿠버네티스를 사용하나?", "78%");
    assertTrue(
        emphasised(survey).containsAll(List.of("기업의", "쿠버네티스를", "활용하고")),
        emphasised(survey).toString());
  }

  @Test
  void aVersionNumberIsEmphasisedWholeAndOnlyWhenEveryPartMatched() {
    Citation history = citing("When was Kubernetes 1.0 released?", "OSCON");
    assertTrue(emphasised(history).contains("1.0은"), emphasised(history).toString());

    Citation rancher = citing("When was Kubernetes 1.0 released?", "Rancher");
    assertTrue(rancher.quote().contains("2.0"), rancher.quote());
    assertFalse(
        emphasised(rancher).contains("2.0"),
        "2.0 shares only its 0 with 1.0: " + emphasised(rancher));
    assertFalse(
        emphasised(rancher).contains("1.x"),
        "1.x shares only its 1 with 1.0: " + emphasised(rancher));
  }

  @Test
  void everydayWordsFoundOnlyThroughATranslationAreNotEmphasised() {
    Citation survey = citing("CNCF 설문조사에서 프로덕션 사용 비율", "respondents reported using");
    List<String> words = emphasised(survey);
    assertTrue(words.contains("CNCF"), "a name is emphasised: " + words);
    assertFalse(words.contains("using"), "사용's many English senses are not: " + words);
    assertFalse(words.contains("survey"), words.toString());
  }

  @Test
  void anEnglishReaderOfAnUntranslatedKoreanQuoteGetsAGlossOfTheMatchedWords() {
    Citation history = citing("When was Kubernetes 1.0 released?", "OSCON");
    assertTrue(history.translation().isEmpty());
    assertEquals(
        List.of(new Citation.Gloss("쿠버네티스", "Kubernetes"), new Citation.Gloss("발표", "released")),
        history.glosses());
    assertEquals("쿠버네티스 = Kubernetes · 발표 = released", history.glossLine());

    Citation english = citing("When was Kubernetes 1.0 released?", "Rancher");
    assertTrue(english.glosses().isEmpty(), "an English quote needs no gloss");
    Citation translated = citing("What share of companies use Kubernetes?", "78%");
    assertTrue(
        translated.translation().isPresent() && translated.glosses().isEmpty(),
        "its translation says more");
    Citation korean = citing("쿠버네티스 1.0은 언제 발표되었나?", "OSCON");
    assertTrue(korean.glosses().isEmpty(), "a Korean reader needs no gloss");
  }

  @Test
  void wordsInARowThatMatchedOneQuestionWordAreOneGloss() {
    Citation foundation = citing("What is CNCF?", "재단(CNCF)");
    assertEquals(List.of(new Citation.Gloss("클라우드 네이티브 컴퓨팅 재단", "CNCF")), foundation.glosses());
    // The 자 of 창시자, earlier in the quote, says nothing that the phrase it also stands in does not.
    Citation model = citing("Who is the benevolent dictator for life?", "BDFL");
    assertEquals(
        List.of(new Citation.Gloss("자비 종신 독재 자", "benevolent dictator for life")), model.glosses());
  }

  @Test
  void wordsAreWrittenWordsWithTheirJoiningPunctuation() {
    String text = "Google's 1,000 nodes (CNCF) 쿠버네티스를, 2.0은. cloud-native";
    List<String> words =
        Emphasis.words(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    assertEquals(
        List.of("Google's", "1,000", "nodes", "CNCF", "쿠버네티스를", "2.0은", "cloud", "native"), words);
  }

  @Test
  void initialsAskedFindAndEmphasiseTheNameTheSourceWritesOut() {
    // The container orchestration source writes Hewlett Packard Enterprise out and never as HPE.
    Answer answer = service.ask("How much did HPE invest in Mesosphere?");
    Citation first = answer.citations().getFirst();
    assertTrue(
        first
            .quote()
            .contains("Hewlett Packard Enterprise had led a 73.5 million dollar investment round"),
        first.quote());
    assertTrue(
        emphasised(first).containsAll(List.of("Hewlett", "Packard", "Enterprise")),
        emphasised(first).toString());
  }
}
