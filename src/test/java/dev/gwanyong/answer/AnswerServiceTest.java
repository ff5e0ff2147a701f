package dev.gwanyong.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.HostileInputs;
import dev.gwanyong.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Asking end to end over the bundled corpus: answers with quotes, refusals, and text that is not a
 * question.
 */
class AnswerServiceTest {

  private static final String SURVEY_QUESTION = "쿠버네티스를 활용하는 기업 비율은?";

  @TempDir static Path data;
  private static AnswerService service;

  @BeforeAll
  static void open() {
    service = open(Map.of());
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  private static AnswerService open(Map<String, Object> extraFlags) {
    Map<String, Object> flags = new HashMap<>(extraFlags);
    flags.put("data", data.toString());
    return AnswerService.open(new ConfigLoader(Map.of()).load(flags));
  }

  @Test
  void answersTheSurveyQuestionWithTheSeventyEightPercentQuote() {
    Answer answer = service.ask(SURVEY_QUESTION);
    assertEquals("answered", answer.status());
    assertTrue(
        answer.citations().getFirst().quote().contains("78%"),
        answer.citations().getFirst().quote());
    assertTrue(answer.citations().size() <= 3, "three citations by default");
    assertEquals(Language.KOREAN, answer.language());
    assertEquals(SURVEY_QUESTION, answer.question());
    assertTrue(answer.closestSource().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"김치찌개 끓이는 법", "내일 서울 날씨는 어때?", "What is the capital of France?"})
  void outOfScopeQuestionsAreRefusedWithoutCitations(String question) {
    Answer answer = service.ask(question);
    assertEquals("abstained", answer.status());
    assertEquals(List.of(), answer.citations());
    assertEquals(Language.of(question), answer.language());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "What were the Kubernetes steering committee election rules in 1850?",
        "쿠버네티스 운영위원회 선거 규칙은 1850년에 어땠나?"
      })
  void aRefusalNamesTheClosestSourceAndTheQuestionsWordsItMentionsInTheirOrder(String question) {
    Answer answer = service.ask(question);

    assertEquals("abstained", answer.status(), "confidence " + answer.confidence());
    ClosestSource closest = answer.closestSource().orElseThrow();
    assertEquals("오픈소스의 벤더 중립성과 개방형 거버넌스", closest.title());
    assertFalse(closest.mentions().isEmpty());
    assertTrue(closest.mentions().size() <= 3, closest.mentions().toString());
    int from = 0;
    for (String word : closest.mentions()) {
      int at = question.indexOf(word, from);
      assertTrue(at >= from, closest.mentions() + " in the order of " + question);
      from = at + word.length();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        SURVEY_QUESTION,
        "김치찌개 끓이는 법",
        "How do I cook kimchi stew?",
        "Why did Kubernetes win?"
      })
  void theAnswerSpeaksTheLanguageOfTheQuestion(String question) {
    assertEquals(Language.of(question), service.ask(question).language());
  }

  @ParameterizedTest
  @MethodSource("dev.gwanyong.HostileInputs#all")
  void hostileTextGetsAnAnswerOrARefusalNeverAnError(String question) {
    Answer answer = service.ask(question);
    assertEquals(question, answer.question());
    answer.citations().forEach(c -> assertFalse(c.quote().isBlank()));
  }

  @Test
  void hostileSyntaxIsJudgedLikeItsPlainWords() {
    // The operators are words to the bot: stop words, and NOT a negation, as "not" is.
    Answer plain = service.ask("쿠버네티스 and or not");
    Answer hostile = service.ask(HostileInputs.OPERATORS_AROUND_A_WORD);
    assertEquals(plain.status(), hostile.status());
    assertEquals(plain.confidence(), hostile.confidence(), 1e-9);
    assertEquals(plain.closestSource(), hostile.closestSource());
  }

  @Test
  void hostileSyntaxAroundAQuestionStillAnswersIt() {
    Answer answer = service.ask(SURVEY_QUESTION + " AND OR NOT ((( *:* \"");
    assertTrue(answer.answered(), "confidence " + answer.confidence());
    assertTrue(
        answer.citations().getFirst().quote().contains("78%"),
        answer.citations().getFirst().quote());
  }

  @Test
  void matchAllSyntaxAloneIsRefused() {
    Answer answer = service.ask("*:*");
    assertFalse(answer.answered());
    assertEquals(0.0, answer.confidence());
  }

  /**
   * The example a member is shown after sending an empty question must itself be answered at the
   * default budget.
   */
  @ParameterizedTest
  @EnumSource(Language.class)
  void theSuggestedExampleQuestionIsAnswered(Language language) {
    Phrases phrases = Phrases.of(language);
    for (String help : List.of(phrases.emptyQuestion(), phrases.remarkReply())) {
      String example = help.substring(help.lastIndexOf(':') + 1).strip();
      Answer answer = service.ask(example);
      assertTrue(answer.answered(), example + " refused at confidence " + answer.confidence());
    }
  }

  @Test
  void theRiskBudgetDecidesBetweenAnswerAndRefusal() throws IOException {
    Answer reference = service.ask(SURVEY_QUESTION);
    assertTrue(reference.answered(), "answered at confidence " + reference.confidence());
    double previous = Double.NEGATIVE_INFINITY;
    for (double budget : new double[] {1.0, 0.1, 0.03, 0.0}) {
      try (AnswerService budgeted = open(Map.of("answer.max_risk", budget))) {
        assertTrue(
            budgeted.threshold() >= previous, "a stricter budget never lowers the threshold");
        previous = budgeted.threshold();
        Answer answer = budgeted.ask(SURVEY_QUESTION);
        assertEquals(
            reference.confidence(),
            answer.confidence(),
            1e-12,
            "the budget changes the decision only");
        assertEquals(
            answer.confidence() >= budgeted.threshold(), answer.answered(), "budget " + budget);
      }
    }
  }

  @Test
  void theConfiguredCitationCountIsTheMost() throws IOException {
    try (AnswerService one = open(Map.of("answer.max_citations", 1))) {
      assertEquals(1, one.ask(SURVEY_QUESTION).citations().size());
      assertFalse(one.builtAtOpen(), "the index built by the first service is reused");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"k8s 활용하는 기업 비율은?", "kubernetes 활용하는 기업 비율은?", "쿠버 활용하는 기업 비율은?"})
  void synonymsAndShortFormsAnswerLikeKubernetes(String question) {
    Answer answer = service.ask(question);
    assertTrue(answer.answered(), "confidence " + answer.confidence());
    assertTrue(
        answer.citations().getFirst().quote().contains("78%"),
        answer.citations().getFirst().quote());
  }

  @ParameterizedTest
  @ValueSource(strings = {"k8s를 활용하는 기업 비율은?", "kubernetes를 활용하는 기업 비율은?"})
  void latinWordWithAParticleAnswersLikeKubernetes(String question) {
    Answer answer = service.ask(question);
    assertTrue(answer.answered(), "confidence " + answer.confidence());
    assertTrue(answer.citations().getFirst().quote().contains("78%"));
  }

  /**
   * 크레딧, which Nori reads as 크 | 레딧 (Reddit), is searched as the word it is, not as a name that
   * sounds like Red Hat.
   */
  @Test
  void aLoanwordNoriDoesNotKnowIsFoundAsAWhole() {
    Candidate first = service.candidates("구글이 CNCF에 준 크레딧은 얼마야?").getFirst();
    assertTrue(first.quote().contains("900만 달러 규모의 Google Cloud 크레딧"), first.quote());
  }

  /**
   * A slipped syllable in a question typed without spaces (떄 for 때) no longer takes the rest of the
   * question with it as one unknown word.
   */
  @Test
  void aQuestionTypedWithoutSpacesIsReadPastASyllableNoDictionaryHas() {
    Answer answer = service.ask("쿠버네티스1.0이나왔을떄구글이함께설립을발표한재단은?");
    assertTrue(answer.answered(), "confidence " + answer.confidence());
    assertTrue(
        answer.citations().getFirst().quote().contains("OSCON"),
        answer.citations().getFirst().quote());
  }

  @Test
  void citationsNeverQuoteTheSameCharactersTwice() {
    assertNoOverlap(service.ask("구글은 쿠버네티스 사용자들에게 간섭했나?"));
    assertNoOverlap(service.ask("IT 전문가들이 말한 구글의 상대적인 부재란?"));
  }

  /**
   * The ranking picks the paragraph and the quote step its sentence: the first candidate is the
   * sentence of its paragraph most likely to hold the answer among those that say as much of the
   * time or count asked (the 2021 survey's 5.6 million developers, not its 3,829 responses) and,
   * for a term asked alone, that introduce it, with the paragraph's confidence, and no candidate is
   * lost or repeated.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "쿠버네티스를 활용하는 기업 비율은?",
        "Why did Mesosphere and Docker end up as half-open source?",
        "How many developers were using Kubernetes according to the 2021 CNCF survey?",
        "구글은 쿠버네티스 사용자들에게 간섭했나?",
        "What does D2iQ stand for?"
      })
  void theFirstCandidateQuotesTheSentenceOfItsParagraphLikeliestToHoldTheAnswer(String question) {
    List<Candidate> candidates = service.candidates(question);
    Candidate first = candidates.getFirst();
    for (Candidate c : candidates.subList(1, candidates.size())) {
      if (c.hit().sourceId().equals(first.hit().sourceId())
          && c.hit().paragraph() == first.hit().paragraph()) {
        assertTrue(first.timeShortfall() <= c.timeShortfall(), question + ": " + c.quote());
        assertTrue(first.countShortfall() <= c.countShortfall(), question + ": " + c.quote());
        if (first.timeShortfall() == c.timeShortfall()
            && first.countShortfall() == c.countShortfall()) {
          assertTrue(
              first.introducesLoneTerm() || !c.introducesLoneTerm(), question + ": " + c.quote());
          if (first.introducesLoneTerm() == c.introducesLoneTerm()) {
            assertTrue(first.holdsAnswer() >= c.holdsAnswer(), question + ": " + c.quote());
          }
        }
      }
    }
    assertEquals(
        candidates.size(), candidates.stream().map(c -> c.hit().passageId()).distinct().count());
    assertEquals(service.ask(question).confidence(), first.confidence(), 1e-12);
  }

  private static void assertNoOverlap(Answer answer) {
    List<Citation> cs = answer.citations();
    for (int i = 0; i < cs.size(); i++) {
      for (int j = i + 1; j < cs.size(); j++) {
        Citation a = cs.get(i);
        Citation b = cs.get(j);
        boolean samePlace = a.sourceId().equals(b.sourceId()) && a.paragraph() == b.paragraph();
        assertFalse(
            samePlace && a.start() < b.end() && b.start() < a.end(),
            "citations overlap: ¶%d %d-%d and %d-%d"
                .formatted(a.paragraph(), a.start(), a.end(), b.start(), b.end()));
      }
    }
  }
}
