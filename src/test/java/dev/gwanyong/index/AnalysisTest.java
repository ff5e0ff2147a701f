package dev.gwanyong.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.index.Analysis.TermSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnalysisTest {

  private static final Analysis ANALYSIS = Analysis.load(Path.of("config", "analysis"));

  private static List<String> tokens(Analysis analysis, String text) {
    return analysis.termSpans(Fields.KOREAN, text).stream().map(TermSpan::term).toList();
  }

  @Test
  void aDocumentWritesANameOfThreeToSixCapitalisedWordsAlsoAsItsInitials() {
    String text =
        "In March 2016 Hewlett Packard Enterprise led the round, backed by the United States of"
            + " America.";
    List<TermSpan> spans = ANALYSIS.analyse(Fields.ENGLISH, text).spans();
    int hewlett = text.indexOf("Hewlett");
    assertTrue(
        spans.contains(new TermSpan("hpe", hewlett, text.indexOf(" led"))), spans.toString());
    assertTrue(
        spans.contains(new TermSpan("usa", text.indexOf("United"), text.length() - 1)),
        spans.toString());
    assertEquals(
        List.of("hpe", "hewlett"),
        spans.stream().filter(s -> s.start() == hewlett).map(TermSpan::term).toList(),
        "the initials stand at the name's first word");
    assertFalse(
        ANALYSIS.termSpans(Fields.ENGLISH, text).stream().anyMatch(s -> s.term().equals("hpe")),
        "a question's words are read as written");
    assertTrue(
        ANALYSIS
            .analyse(Fields.ENGLISH, "2016년 Hewlett Packard Enterprise가 투자를 이끌었다.")
            .terms()
            .contains("hpe"),
        "a Korean particle ends the name");
    Set<String> abbreviated =
        ANALYSIS.analyse(Fields.ENGLISH, "SSPL(Server Side Public License)로 바꿨다.").terms();
    assertTrue(
        abbreviated.contains("sspl") && !abbreviated.contains("ssspl"),
        "an abbreviation opens no name");
    for (String noName :
        List.of(
            "Microsoft, Red Hat, IBM and Docker joined.",
            "At DockerCon Europe it was shown.",
            "What is The Apache Way?",
            "Tom Ken Bob Ann Sue Max Joe met.",
            "Red Hat과 IBM이 참여했다.",
            "It runs on EC2 Container Service.",
            "CNCF End User community")) {
      List<String> terms =
          ANALYSIS.analyse(Fields.ENGLISH, noName).spans().stream().map(TermSpan::term).toList();
      assertEquals(
          ANALYSIS.termSpans(Fields.ENGLISH, noName).stream().map(TermSpan::term).toList(),
          terms,
          noName);
    }
  }

  @Test
  void synonymPathsAreReadOnlyAndTheSameWhenRememberedAndAfterForgetting() {
    Analysis analysis = Analysis.load(Path.of("config", "analysis"));
    List<List<String>> openSource = List.copyOf(analysis.queryPaths(Fields.KOREAN, "오픈소스"));
    assertTrue(
        openSource.containsAll(
            List.of(List.of("오픈", "소스"), List.of("공개", "소프트웨어"), List.of("opensource"))),
        openSource.toString());
    Set<List<String>> remembered = analysis.queryPaths(Fields.KOREAN, "오픈소스");
    assertEquals(openSource, List.copyOf(remembered));
    // The threads that answer share it.
    assertThrows(UnsupportedOperationException.class, () -> remembered.add(List.of("포크")));
    for (int i = 0; i <= Analysis.PATHS_REMEMBERED; i++) {
      analysis.queryPaths(Fields.KOREAN, "단어" + i);
    }
    assertEquals(openSource, List.copyOf(analysis.queryPaths(Fields.KOREAN, "오픈소스")));
    assertEquals(Set.of(List.of("값"), List.of("가격")), analysis.queryPaths(Fields.KOREAN, "값"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          who founded Mesosphere 🤔 | who founded Mesosphere
          I'd like to know who founded Mesosphere 🤔 | who founded Mesosphere?
          ㅋㅋ 쿠버네티스 비율은?ㅠㅠ 👍🏽 | 쿠버네티스 비율은?
          Q: who founded Mesosphere? | who founded Mesosphere?
          질문: who founded Mesosphere? | who founded Mesosphere?
          ELI5: who founded Mesosphere? | who founded Mesosphere?
          Question for the channel: is Mesos still active? | is Mesos still active?
          메소스피어는 누가 세웠나요? 급해요ㅠ 도와주세요 | 메소스피어는 누가 세웠나요?
          메소스피어는 누가 세웠나요? 궁금합니다 | 메소스피어는 누가 세웠나요?
          메소스피어는 누가 세웠나요? 부탁드립니다! | 메소스피어는 누가 세웠나요?
          Hey gwanyong, who founded Mesosphere? | who founded Mesosphere?
          Morning folks, who founded Mesosphere? | who founded Mesosphere?
          Who founded Mesosphere? TIA | Who founded Mesosphere?
          혹시 아시는 분? 메소스피어는 누가 세웠나요? | 메소스피어는 누가 세웠나요?
          질문이요 메소스피어는 누가 세웠나요? | 메소스피어는 누가 세웠나요?
          Anyone here? Who founded Mesosphere? | Who founded Mesosphere?
          quick question? when was Nomad released? | when was Nomad released?
          Who founded Mesosphere? Thanks in advance! | Who founded Mesosphere?
          Who founded Mesosphere?? thank you. | Who founded Mesosphere??
          메소스피어 누가 세웠는지 아시는 분? | 메소스피어 누가 세웠는지?
          메소스피어 누가 세웠는지 아는 사람 있어? | 메소스피어 누가 세웠는지?
          CNCF 설립 연도 알아? | CNCF 설립 연도?
          쿠버네티스 로고 의미 아시는 분 계세요? | 쿠버네티스 로고 의미?
          메소스피어 창업자 혹시 알고 있어? | 메소스피어 창업자?
          can you tell me when the CNCF was founded? thanks | when the CNCF was founded?
          hi all, is Apache Mesos still active? | is Apache Mesos still active?
          quick q: does Nomad run containers? | does Nomad run containers?
          hey team, can you tell me who founded Mesosphere? | who founded Mesosphere?
          Who founded Mesosphere? Thanks in advance :) | Who founded Mesosphere?
          메소스피어는 누가 세웠나요? ^^ 답변 부탁드려요 | 메소스피어는 누가 세웠나요?
          Sorry if this is a dumb question, but is Apache Mesos still active? | is Apache Mesos still active?
          Not sure this is the right channel but who founded Mesosphere? | who founded Mesosphere?
          안녕하세요, 메소스피어는 누가 세웠나요? | 메소스피어는 누가 세웠나요?
          안녕하세요! 메소스피어는 누가 세웠나요? 감사합니다~ | 메소스피어는 누가 세웠나요?
          안녕 메소스피어는 누가 세웠나요? 미리 감사드립니다. | 메소스피어는 누가 세웠나요?
          여러분 안녕하세요! 메소스피어는 누가 세웠나요? | 메소스피어는 누가 세웠나요?
          선배님들 메소스피어는 누가 세웠나요? | 메소스피어는 누가 세웠나요?
          Hiya, who founded Mesosphere? | who founded Mesosphere?
          Good morning, who founded Mesosphere? | who founded Mesosphere?
          Noob question: who founded Mesosphere? | who founded Mesosphere?
          Newbie here - who founded Mesosphere? | who founded Mesosphere?
          고수님, 메소스피어는 누가 세웠나요? | 메소스피어는 누가 세웠나요?
          메소스피어는 누가 세웠나요? 답변 주시면 감사하겠습니다. | 메소스피어는 누가 세웠나요?
          메소스피어는 누가 세웠나요? 알려주시면 정말 고맙겠어요 | 메소스피어는 누가 세웠나요?
          """)
  void aQuestionIsAskedWithoutChatsMarkupRemarksFramesOrLabel(String message, String asked) {
    assertEquals(asked, ANALYSIS.asked(message));
  }

  @Test
  void typedJamoAreLaughterAsNormalised() {
    // NFKC makes the typed jamo conjoining ones.
    assertEquals("쿠버네티스 비율은?", ANALYSIS.asked(TextNormalizer.normalize("ㅎㅎ 쿠버네티스 비율은? ㅜㅜ")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "안녕하세요?",
        "쿠버네티스 아니?",
        "CNCF 설립 연도 알아.",
        "영어 할 줄 아세요?",
        "Is Apache Mesos still active?",
        "Mesos came first, but why did it lose?",
        "What is Kubernetes but a scheduler?",
        "He never angers, but is always smiling.",
        "Sorry, was busy.",
        "What do you eat in the morning?",
        "질문이요?",
        "Anyone else using Nomad?",
        "I think, is it?",
        "쿠버네티스가 오픈소스인 걸 알아?",
        "안녕이라는 말은 무슨 뜻이야?",
        "감사합니다는 영어로 뭐야?",
        "Who founded Mesosphere? Also, when?",
        "쿠버네티ㅅ 역사",
        "Q1 results?",
        "Quarterly: what changed?",
        "하나님은 누구야?",
        "다들 쿠버네티스 써?",
        "I am good.",
        "It'd be good if it wouldn't rain tomorrow.",
        "비가 그친 걸까? 그치면 좋겠네.",
        "Good night. Sweet dreams.",
        "사용자들 중 몇 퍼센트가 쿠버네티스를 써?",
        "메소스피어는 누가 세웠나요? 그리고 도커는?"
      })
  void aQuestionThatOnlyLooksWrappedIsAskedAsWritten(String question) {
    assertEquals(question, ANALYSIS.asked(question));
  }

  @Test
  void aMessageOfRemarksAsksNothing() {
    for (String remark :
        List.of(
            "ok",
            "OK!",
            "ok thanks",
            "Thank you very much!",
            "hi all",
            "cool, bye",
            "Good morning everyone!",
            "howdy",
            "안녕하세요",
            "감사합니다~",
            "정말 고마워요 ㅎㅎ",
            "네 알겠습니다!",
            "아 그렇군요",
            "죄송해요",
            "thanks 감사합니다 🙏",
            // Only whether anyone is there to answer.
            "혹시 아시는 분?",
            "아는 사람 있어?",
            "Anyone here?",
            "quick question?")) {
      assertEquals("", ANALYSIS.asked(remark), remark);
    }
    // A question mark, a question word or a word of its own makes it a question.
    for (String kept :
        List.of(
            "ok?",
            "I love you.",
            "ok kubernetes history",
            "hello kubernetes",
            "감사합니다?",
            "감사 보고서",
            "감사 보고서는 언제 나와")) {
      assertEquals(kept, ANALYSIS.asked(kept));
    }
    assertEquals("who founded Mesosphere?", ANALYSIS.asked("ok who founded Mesosphere"));
  }

  /**
   * Chat's 용, 염 and 당 for 요 and 다 are read as the endings they play on, which Nori's dictionary
   * lacks; the nouns that end so stay as they are, alone or after a noun, a prefix, a Latin word.
   */
  @Test
  void aKoreanQuestionWithoutItsQuestionMarkIsSearchedWithIt() {
    assertEquals("쿠버네티스 뭐임?", Analysis.searched(ANALYSIS.asked("쿠버네티스 뭐임")));
    assertEquals("첫 KubeCon 어디서 열림?", Analysis.searched(ANALYSIS.asked("첫 KubeCon 어디서 열림 ㅋㅋ")));
    // Read as the verb it ends in, not as the noun 열림 or the name 임 Nori reads at a text's end.
    assertEquals(
        Set.of("첫", "kubecon", "열리다"),
        Set.copyOf(ANALYSIS.queryTerms(Fields.KOREAN, Analysis.searched("첫 KubeCon 어디서 열림"))));
    assertFalse(ANALYSIS.queryTerms(Fields.KOREAN, Analysis.searched("쿠버네티스 뭐임")).contains("뭐임"));
    for (String kept : List.of("쿠버네티스 뭐임?", "쿠버네티스는 뭐야.", "who founded Mesosphere", "CNCF는 k8s")) {
      assertEquals(kept, Analysis.searched(kept));
    }
  }

  @Test
  void koreanPlayfulEndingsAreReadAsTheEndingsTheyPlayOn() {
    assertEquals("메소스피어는 누가 세웠나요?", ANALYSIS.asked("메소스피어는 누가 세웠나용?"));
    assertEquals("쿠버네티스는 뭐예요?", ANALYSIS.asked("쿠버네티스는 뭐예용?"));
    assertEquals("이거 맞나요", ANALYSIS.asked("이거 맞나용"));
    assertEquals("쿠버네티스 짱이다", ANALYSIS.asked("쿠버네티스 짱이당"));
    for (String thanks : List.of("고마워용", "감사합니당", "감사해염", "넵넵 감사합니당!", "“고마워용”")) {
      assertEquals("", ANALYSIS.asked(thanks), thanks);
    }
    for (String noun :
        List.of(
            "쿠버네티스 사용",
            "정당은?",
            "민주당",
            "신당",
            "구내염",
            "K8s사용",
            "AWS이용",
            "식당",
            "해당 기업은?",
            "그 기업이 해당",
            "'해당' 기업은?",
            "이용?")) {
      assertEquals(noun, ANALYSIS.asked(noun));
    }
  }

  @Test
  void koreanRemarksAroundAQuestionAreNoPartOfIt() {
    assertEquals("메소스피어는 누가 세웠나요?", ANALYSIS.asked("좋아요, 메소스피어는 누가 세웠나요?"));
    assertEquals("메소스피어는 누가 세웠나요?", ANALYSIS.asked("아 그렇군요. 메소스피어는 누가 세웠나요? 감사해요"));
    assertEquals("쿠버네티스 1.0은 언제 나왔어?", ANALYSIS.asked("네 감사합니다 쿠버네티스 1.0은 언제 나왔어?"));
    assertEquals("쿠버네티스 1.0은 언제 나왔어?", ANALYSIS.asked("고마워요 쿠버네티스 1.0은 언제 나왔어? 미리 감사!"));
    assertEquals("메소스피어는 누가 세웠나요?", ANALYSIS.asked("ok 메소스피어는 누가 세웠나요?"));
    assertEquals("메소스피어는 누가 세웠나요?", ANALYSIS.asked("hi all, 메소스피어는 누가 세웠나요?"));
    assertEquals("메소스피어는 누가 세웠나요", ANALYSIS.asked("메소스피어는 누가 세웠나요 감사합니다!"));
    assertEquals("메소스피어는 누가 세웠나요.", ANALYSIS.asked("메소스피어는 누가 세웠나요. 정말 고마워요 ㅎㅎ"));
    assertEquals("쿠버네티스 1.0은 언제 발표됐어", ANALYSIS.asked("쿠버네티스 1.0은 언제 발표됐어 thanks"));
    // Set off by neither punctuation nor a clause's end, or asked of: part of the question.
    for (String kept :
        List.of(
            "감사 보고서는 언제 나와?",
            "안녕이라는 말은 무슨 뜻이야?",
            "좋아서 쓰는 사람이 많아?",
            "네? 언제?",
            "누구에게 감사해요",
            "쿠버네티스는 정말 좋아")) {
      assertEquals(kept, ANALYSIS.asked(kept));
    }
  }

  @Test
  void anEnglishDefinitionQuestionAsksForItsTerm() {
    assertEquals("BDFL?", ANALYSIS.asked("What does BDFL stand for?"));
    assertEquals("vendor lock-in?", ANALYSIS.asked("what does vendor lock-in mean"));
    assertEquals("tolerance?", ANALYSIS.asked("What is meant by tolerance?"));
    assertEquals("BDFL?", ANALYSIS.asked("Could you tell me what BDFL stands for?"));
    for (String kept :
        List.of(
            "What do you mean?",
            "What does that mean?",
            "관용은 무슨 뜻이야?",
            "What does Google mean to developers?",
            "What it means?")) {
      assertEquals(kept, ANALYSIS.asked(kept));
    }
  }

  @Test
  void aKoreanQuestionForWhatALatinLetterTermMeansAsksForTheTerm() {
    for (String asked :
        List.of("BDFL 뜻", "BDFL은 무슨 뜻이야?", "BDFL의 의미는?", "BDFL 뜻이 뭐야?", "BDFL이 어떤 의미인가요?")) {
      assertEquals("BDFL?", ANALYSIS.asked(asked), asked);
    }
    assertEquals("vendor lock-in?", ANALYSIS.asked("vendor lock-in 뜻"));
    // A Korean term keeps its words, as Korean sources define it with them; so does a question of
    // more than the term.
    for (String kept : List.of("관용의 의미는?", "GP가 뜻하는 것은?", "BDFL 의미 있어?", "BDFL 모델에서 창시자의 의미는?")) {
      assertEquals(kept, ANALYSIS.asked(kept));
    }
  }

  @Test
  void aQuestionForWhatAnAbbreviationStandsForAsksForTheAbbreviation() {
    assertEquals("D2iQ?", ANALYSIS.asked("D2iQ stands for what?"));
    assertEquals("CNCF?", ANALYSIS.asked("What is CNCF short for?"));
    assertEquals("KEP?", ANALYSIS.asked("what's KEP an abbreviation of"));
    assertEquals("the CNCF?", ANALYSIS.asked("What is the full name of the CNCF?"));
    // The other way round, a name's abbreviation is what is asked, and its words stay; and Korean
    // sources write 약자.
    for (String kept : List.of("What is the abbreviation of the CNCF?", "GP는 무엇의 약자인가?")) {
      assertEquals(kept, ANALYSIS.asked(kept));
    }
  }

  @Test
  void aRequestToTellAboutATopicAsksForTheTopic() {
    assertEquals("Mesosphere?", ANALYSIS.asked("Tell me about Mesosphere."));
    assertEquals("vendor lock-in?", ANALYSIS.asked("Explain vendor lock-in"));
    assertEquals(
        "the Kubernetes steering committee?",
        ANALYSIS.asked("Could you please describe the Kubernetes steering committee?"));
    assertEquals("메소스피어?", ANALYSIS.asked("메소스피어에 대해 설명해 주세요"));
    assertEquals("쿠버네티스?", ANALYSIS.asked("쿠버네티스가 뭔지 알려줘"));
    assertEquals("쿠버네티스 운영위원회?", ANALYSIS.asked("쿠버네티스 운영위원회에 대해서 좀 알려줄래?"));
    for (String kept :
        List.of("Tell Tom about Mesosphere.", "Explain it to me", "쿠버네티스 역사 알려줘", "설명해 주세요")) {
      assertEquals(kept, ANALYSIS.asked(kept));
    }
  }

  @Test
  void aQuestionIsAskedWithoutTheWordsThatNameTheTextItIsAskedOf() {
    assertEquals(
        "who founded Mesosphere?",
        ANALYSIS.asked("According to the text, who founded Mesosphere?"));
    assertEquals(
        "Who founded Mesosphere?",
        ANALYSIS.asked("Who founded Mesosphere, according to the article?"));
    assertEquals(
        "why did Kubernetes win?", ANALYSIS.asked("In the essay, why did Kubernetes win?"));
    assertEquals(
        "what percentage of companies use Kubernetes?",
        ANALYSIS.asked("Based on this essay, what percentage of companies use Kubernetes?"));
    assertEquals("tolerance?", ANALYSIS.asked("What does the essay mean by tolerance?"));
    assertEquals(
        "Why does Kubernetes won?", ANALYSIS.asked("Why does the author think Kubernetes won?"));
    assertEquals(
        "What does about Google?", ANALYSIS.asked("What does the essay say about Google?"));
    assertEquals(
        "Why does praise open source?", ANALYSIS.asked("Why does the author praise open source?"));
    assertEquals(
        "What are the two main causes?",
        ANALYSIS.asked("What are the two main causes the essay gives?"));
    assertEquals("What virtues does?", ANALYSIS.asked("What virtues does the essay mention?"));
    assertEquals("What is the conclusion?", ANALYSIS.asked("What is the conclusion of the essay?"));
    assertEquals("Who is the author?", ANALYSIS.asked("Who is the author of the essay?"));
    assertEquals("관용은 무슨 뜻이야?", ANALYSIS.asked("에세이에서 관용은 무슨 뜻이야?"));
    assertEquals("쿠버네티스가 이긴 이유는?", ANALYSIS.asked("이 에세이에 따르면 쿠버네티스가 이긴 이유는?"));
    assertEquals("쿠버네티스 성공 비결을 무엇이라고 보나?", ANALYSIS.asked("글쓴이는 쿠버네티스 성공 비결을 무엇이라고 보나?"));
    assertEquals("구글의 부재란?", ANALYSIS.asked("필자가 말하는 구글의 부재란?"));
    assertEquals("관용이란?", ANALYSIS.asked("이 글에서 말하는 관용이란?"));
    assertEquals("1993년 문민 정부가 실시한 정책은?", ANALYSIS.asked("지문에 따르면 1993년 문민 정부가 실시한 정책은?"));
    for (String kept :
        List.of(
            "Who is the author of Borg, Omega, and Kubernetes?",
            "What is the source of the name Kubernetes?",
            "Does the source code matter?",
            "Did the text editor crash?",
            "What did the writer of the Apache License say?",
            "How does Kubernetes store text?",
            "What does the essay say?",
            "소설 성균관 유생들의 나날의 저자는?",
            "지문 인식 솔루션이 탑재된 곳은?",
            "이글루는 무엇으로 짓나?")) {
      assertEquals(kept, ANALYSIS.asked(kept));
    }
  }

  @Test
  void aKoreanQuestionAskedAsAWishOrWhetherOneKnowsAsksTheQuestion() {
    assertEquals("메소스피어?", ANALYSIS.asked("메소스피어에 대해 알고 싶어요"));
    assertEquals("BDFL?", ANALYSIS.asked("BDFL이 뭔지 궁금해요"));
    assertEquals("도커가 언제 나왔는지?", ANALYSIS.asked("도커가 언제 나왔는지 아세요?"));
    assertEquals("메소스피어 누가 세웠는지?", ANALYSIS.asked("메소스피어 누가 세웠는지 궁금하네요"));
    assertEquals("도커가 언제 나왔는지?", ANALYSIS.asked("도커가 언제 나왔는지 정말 궁금해요!"));
    // In the past it tells what one wondered.
    assertEquals("나는 그가 왜 왔는지 궁금했다.", ANALYSIS.asked("나는 그가 왜 왔는지 궁금했다."));
    // Without the question mark it says that one knows.
    assertEquals("나는 그가 뭘 했는지 알아.", ANALYSIS.asked("나는 그가 뭘 했는지 알아."));
  }

  @Test
  void chatOpenersAndFillersAroundAnEnglishQuestionAreNoQuestionWords() {
    assertEquals("who made kubernetes?", ANALYSIS.asked("ok but who made kubernetes"));
    assertEquals("who founded mesosphere?", ANALYSIS.asked("any idea who founded mesosphere?"));
    assertEquals(
        "when was CNCF founded?", ANALYSIS.asked("hi! quick question: when was CNCF founded?"));
    assertEquals(
        "when docker swarm came out?", ANALYSIS.asked("do u know when docker swarm came out"));
    assertEquals("vendor lock-in?", ANALYSIS.asked("pls explain vendor lock-in"));
    assertEquals("Borg?", ANALYSIS.asked("Give me a quick summary of Borg"));
    assertEquals("Omega?", ANALYSIS.asked("Any info on Omega?"));
    assertEquals("Mesosphere?", ANALYSIS.asked("What's the deal with Mesosphere?"));
    assertEquals(
        "why Docker Swarm lost?", ANALYSIS.asked("Can you summarize why Docker Swarm lost?"));
    assertEquals("메소스피어?", ANALYSIS.asked("메소스피어에 대해 간단히 요약해 줘"));
    assertEquals(
        "who founded Mesosphere?",
        ANALYSIS.asked("Hey team, quick question: who founded Mesosphere?"));
    assertEquals("who founded Mesosphere?", ANALYSIS.asked("Hi all, who founded Mesosphere?"));
    assertEquals(
        "when was CNCF founded?", ANALYSIS.asked("Sorry to bother, but when was CNCF founded?"));
    assertEquals("what is etcd?", ANALYSIS.asked("dumb question - what is etcd?"));
    assertEquals("who founded Mesosphere?", ANALYSIS.asked("@gwanyong who founded Mesosphere?"));
    assertEquals("Who founded Mesosphere?", ANALYSIS.asked("*Who* founded _Mesosphere_?"));
    assertEquals("Is max_risk a share?", ANALYSIS.asked("Is max_risk a share?"));
    assertEquals(
        "Who founded Mesosphere?",
        ANALYSIS.asked("Who founded Mesosphere? https://mesosphere.com"));
    assertEquals(
        "What is https://kubernetes.io?", ANALYSIS.asked("What is https://kubernetes.io?"));
    assertEquals("메소스피어는 누가 세웠나요?", ANALYSIS.asked("@관용봇: 메소스피어는 누가 세웠나요?"));
    assertEquals(
        "who founded Mesosphere?", ANALYSIS.asked("Hey @gwanyong, who founded Mesosphere?"));
    assertEquals("who founded Mesosphere?", ANALYSIS.asked("who founded Mesosphere @gwanyong?"));
    assertEquals("Who is admin@example.org?", ANALYSIS.asked("Who is admin@example.org?"));
    assertEquals("who founded mesosphere?", ANALYSIS.asked("hello?? who founded mesosphere"));
    assertEquals("who founded mesosphere?", ANALYSIS.asked("yo, who founded mesosphere"));
    assertEquals("why Docker lost?", ANALYSIS.asked("How come Docker lost?"));
    assertEquals(
        Set.of("cncf"), ANALYSIS.queryTerms(Fields.ENGLISH, "so what is the cncf anyway?"));
    assertEquals(Set.of("cncf"), ANALYSIS.queryTerms(Fields.ENGLISH, "what is the cncf, btw? pls"));
    // A sentence before the question is no frame: "I know." says something.
    assertEquals("I know. What is it?", ANALYSIS.asked("I know. What is it?"));
  }

  @Test
  void aMessageAsksItsLastSentenceWhenThatNamesWhatItAsksAbout() {
    assertEquals(
        "Who founded Mesosphere?",
        ANALYSIS.asked("I'm new here and trying to learn the history. Who founded Mesosphere?"));
    assertEquals(
        "Why did Docker Swarm lose?",
        ANALYSIS.asked(
            "We're evaluating orchestrators for our team! Why did Docker Swarm lose? Thanks"));
    assertEquals(
        "Who founded Mesosphere?", ANALYSIS.asked("I use Docker at work. Who founded Mesosphere?"));
    assertEquals("메소스피어는 누가 세웠나요?", ANALYSIS.asked("쿠버네티스 공부 중인데요, 메소스피어는 누가 세웠나요?"));
    assertEquals("CNCF는 언제 설립됐나요?", ANALYSIS.asked("처음 와 봤어요. CNCF는 언제 설립됐나요?"));
  }

  /**
   * A written question's facts before it are part of what it asks; so is what comes before a
   * question that points back or names nothing itself; an initial is no sentence's end, nor is a
   * question before the last.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "파이썬은 귀도 반 로섬이 만들었다. 첫 버전이 나온 해는 언제인가?",
        "메소스피어를 알아보는 중인데요, 누가 세웠나요?",
        "도커 스웜을 써 봤어요. 그건 왜 졌나요?",
        "I read about Kubernetes governance. How many members does the steering committee have?",
        "We looked at Mesosphere. Who founded it?",
        "I was told this today. Who founded the company?",
        "Which U.S. company founded Mesosphere?",
        "Who is Solomon Hykes? Who founded Docker?"
      })
  void aMessageIsAskedWholeWhenItsLastSentenceDoesNotStandAlone(String message) {
    assertEquals(message, ANALYSIS.asked(message));
  }

  @Test
  void aPlainHanaEndingAQuestionIsTheVerbNotTheNumeral() {
    // 하나 "one" is what Nori reads in 뭐라고 하나? ("what does he say?"), a question word found nowhere.
    assertEquals("리프킨은 뭐라고?", ANALYSIS.asked("리프킨은 뭐라고 하나?"));
    assertEquals("왜?", ANALYSIS.asked("왜 하나?"));
    assertEquals(Set.of("하나"), ANALYSIS.queryTerms(Fields.KOREAN, ANALYSIS.asked("그중 하나?")));
  }

  @Test
  void aQuestionIsUnframedOnlyWhenFrameAndStopWordsAloneComeBeforeTheQuestionItEmbeds() {
    assertEquals(
        "who founded Mesosphere?", ANALYSIS.asked("I'd like to know who founded Mesosphere."));
    assertEquals(
        "what percentage of companies use Kubernetes?",
        ANALYSIS.asked("Do you know what percentage of companies use Kubernetes?"));
    assertEquals(
        "why Docker lost?", ANALYSIS.asked("Hey, could you please explain why Docker lost?"));
    assertEquals("whether Mesos is retired?", ANALYSIS.asked("I wonder whether Mesos is retired!"));
    assertEquals("what's new in 1.24?", ANALYSIS.asked("Tell me what's new in 1.24?"));
    for (String kept :
        List.of(
            "What is Kubernetes?",
            "What a day!",
            "I don't know what to do.",
            "I never know when he comes.",
            "Tell Tom why he lost.",
            "Kubernetes: what is it?",
            "I want to know the truth.",
            "1.24, what changed?",
            "")) {
      assertEquals(kept, ANALYSIS.asked(kept));
    }
  }

  @Test
  void aNumberCueIsAnsweredOnlyByANumberOfItsKind() {
    assertEquals(NumberCue.PERCENTAGE, ANALYSIS.numberCue("비율"));
    assertEquals(NumberCue.YEAR, ANALYSIS.numberCue("year"));
    assertEquals(NumberCue.ANY, ANALYSIS.numberCue("수치"));
    assertEquals(NumberCue.NONE, ANALYSIS.numberCue("쿠버네티스"));
    assertTrue(NumberCue.PERCENTAGE.answeredBy("대상 기업의 78%가 활용"));
    assertTrue(NumberCue.PERCENTAGE.answeredBy("58 per cent of respondents"));
    assertFalse(NumberCue.PERCENTAGE.answeredBy("Apache 2.0을 쓴다"));
    assertTrue(NumberCue.YEAR.answeredBy("2014년 6월에 공개했다"));
    assertTrue(NumberCue.YEAR.answeredBy("in the 1990s"));
    assertFalse(NumberCue.YEAR.answeredBy("출시 6년 만에"));
    assertFalse(NumberCue.YEAR.answeredBy("version 1.2024 and 12,000 users"));
    assertTrue(NumberCue.ANY.answeredBy("세 번째로 1.18 버전"));
    assertFalse(NumberCue.NONE.answeredBy("78%"));
  }

  @Test
  void aNumberCueOfAnUnknownKindIsRefusedNamingTheFile(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("number-cues.txt"), "비율\tpercent\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Analysis.load(folder));
    assertTrue(
        e.getMessage().contains("number-cues.txt") && e.getMessage().contains("'percent'"),
        e.getMessage());
  }

  @Test
  void aNounBringsTheStemsOfTheVerbsWordNetRelatesItTo() {
    Set<String> found = ANALYSIS.indexTerms(Fields.ENGLISH, "found");
    assertEquals(found, ANALYSIS.verbsOf("founder"));
    assertEquals(found, ANALYSIS.verbsOf("founders"));
    assertEquals(ANALYSIS.indexTerms(Fields.ENGLISH, "discover"), ANALYSIS.verbsOf("discoveries"));
    assertEquals(Set.of(), ANALYSIS.verbsOf("kubernetes"));
    assertEquals(Set.of(), ANALYSIS.verbsOf("found"), "a verb brings no noun");
  }

  @Test
  void theSpellingFieldsKeepWholeWordsAsWrittenAndHangulInJamo() {
    assertEquals(
        List.of(
            new TermSpan("kubernetes", 0, 10),
            new TermSpan("history", 16, 23),
            new TermSpan("cncf", 27, 31)),
        ANALYSIS.termSpans(Fields.SPELLING_LATIN, "Kubernetes' k8s history of CNCF"));
    // 쿠버네티스를 is kept without its particle, as one word (Nori would not cut it, but cuts 메조스피어 into
    // 메조스 | 피).
    assertEquals(
        List.of(
            new TermSpan(SpellingFilter.toJamo("쿠버네티스"), 0, 6),
            new TermSpan(SpellingFilter.toJamo("메조스피어"), 7, 12)),
        ANALYSIS.termSpans(Fields.SPELLING_HANGUL, "쿠버네티스를 메조스피어 k8s"));
  }

  @Test
  void aHangulSpellingIsOneAsciiCharacterAJamoAndComposesBack() {
    // 쿠버네티즈 is one jamo from 쿠버네티스 (ㅈ for ㅅ), and so one character apart.
    String meant = SpellingFilter.toJamo("쿠버네티스");
    String slipped = SpellingFilter.toJamo("쿠버네티즈");
    assertEquals(10, meant.length());
    assertEquals(
        1,
        IntStream.range(0, meant.length())
            .filter(i -> meant.charAt(i) != slipped.charAt(i))
            .count());
    // A final consonant is not its initial: 각 is ㄱ ㅏ ㄱ, three codes, the first and the last
    // different.
    String gak = SpellingFilter.toJamo("각");
    assertEquals(3, gak.length());
    assertNotEquals(gak.charAt(0), gak.charAt(2));
    StringBuilder every = new StringBuilder();
    for (char c = '\uAC00'; c <= '\uD7A3'; c++) {
      every.append(c);
    }
    String keys = SpellingFilter.toJamo(every.toString());
    assertTrue(keys.chars().allMatch(c -> c > ' ' && c < 0x7F), "printable ASCII only");
    assertEquals(every.toString(), SpellingFilter.fromJamo(keys));
    // Keys sort as their syllables do (가 < 각 < 나), so the field's words keep their order.
    assertTrue(SpellingFilter.toJamo("가").compareTo(SpellingFilter.toJamo("각")) < 0);
    assertTrue(SpellingFilter.toJamo("각").compareTo(SpellingFilter.toJamo("나")) < 0);
  }

  @Test
  void theNameFieldKeepsWordsCapitalisedAfterTheFirstWordOrWithInnerCapitals() {
    assertEquals(
        List.of("kubernetes", "coreos"),
        terms(Fields.NAMES_LATIN, "Several reasons explain why Kubernetes and CoreOS won"));
    // A Korean sentence may start with an acronym; its inner capitals say it is one.
    assertEquals(List.of("cncf", "docker"), terms(Fields.NAMES_LATIN, "CNCF 창립 회원에는 Docker 등이 있다"));
    assertEquals(List.of(), terms(Fields.NAMES_LATIN, "Apple pie and k8s are sweet"));
  }

  /**
   * A word Nori's dictionary lacks, read as a stem or an interjection with a noun written onto it,
   * is one word: 크레딧 is 크 | 레딧 (Reddit) to Nori, after a verb's modifier as an interjection and
   * after a Latin word as an adjective.
   */
  @Test
  void aWordNoriReadsAsAStemOrInterjectionWithANounWrittenOntoItIsOneWord() {
    assertEquals(List.of("구글", "cncf", "크레딧"), terms(Fields.KOREAN, "구글이 CNCF에 준 크레딧은 얼마야?"));
    assertEquals(
        List.of("google", "cloud", "크레딧", "cncf"), terms(Fields.KOREAN, "Google Cloud 크레딧을 CNCF에"));
    assertEquals(List.of("어노테이션", "붙이다"), terms(Fields.KOREAN, "어노테이션을 붙인다"));
    assertEquals(
        List.of("크다", "건물"), terms(Fields.KOREAN, "큰 건물"), "a stem with its ending stays a word");
    assertEquals(List.of("그러다"), terms(Fields.KOREAN, "아, 그래요?"), "an interjection alone is none");
    assertEquals(
        Set.of("푸버네티스"),
        ANALYSIS.readKorean("푸버네티스").unknownWords(),
        "a word of no dictionary, which the spelling corrector may mend");
  }

  /**
   * Nori reads a syllable its dictionaries lack as an unknown word that runs on to the next space
   * or mark; in text written without spaces the rest of the sentence is read again instead, while a
   * name with its particles, as text with spaces gives it, stays one word.
   */
  @Test
  void anUnknownWordThatRunsOnOverTextWithoutSpacesIsReadAgain() {
    assertEquals(
        List.of("떄", "구글", "함께", "설립", "발표", "재단"), terms(Fields.KOREAN, "떄구글이함께설립을발표한재단은?"));
    assertTrue(
        terms(Fields.KOREAN, "므낫세와므술레멧사이에서태어난사람은?")
            .containsAll(List.of("므낫세", "사이", "태어나다", "사람")));
    assertEquals(List.of("페네르바흐체와의", "경기"), terms(Fields.KOREAN, "페네르바흐체와의 경기"));
    assertEquals(
        List.of("햬햬햬햬햬햬햬햬햬햬"),
        terms(Fields.KOREAN, "햬햬햬햬햬햬햬햬햬햬"),
        "a rest that starts with an unknown word too stays as Nori read it");
  }

  /**
   * 없어지다 "disappear" is 없다, a stop word, and the auxiliary 지다, which the chain drops: read apart,
   * "언제 없어졌어?" asked for nothing but its topic.
   */
  @Test
  void aLightAdjectiveWithTheAuxiliaryOfBecomingIsTheVerbItMakes() {
    assertEquals(List.of("스웜", "없어지다"), terms(Fields.KOREAN, "스웜은 언제 없어졌어?"));
    assertEquals(List.of("기능", "없어지다", "뒤"), terms(Fields.KOREAN, "그 기능이 없어진 뒤"));
    assertEquals(List.of("같아지다"), terms(Fields.KOREAN, "같아지는"));
    assertEquals(
        List.of("돈"), terms(Fields.KOREAN, "돈이 없어요"), "the adjective alone stays a stop word");
    assertEquals(List.of("문제", "보이다"), terms(Fields.KOREAN, "문제가 없어 보인다"), "another auxiliary");
    assertEquals(
        List.of("높다"), terms(Fields.KOREAN, "높아졌다"), "an adjective of its own keeps its reading");
    assertEquals(List.of(), terms(Fields.KOREAN, "없어"), "nothing after it");
  }

  /**
   * 좋아하다 "like" is no 좋다 "good": Nori reads it as the adjective with 하다 after it in most of its
   * forms, and the lexicon's love 좋아하다 met every sentence that says something is good.
   */
  @Test
  void anAdjectiveWithTheAuxiliaryOfFeelingIsTheVerbItMakes() {
    for (String liking : List.of("좋아하다", "좋아한다", "좋아해요", "좋아했다", "나는 너를 좋아해")) {
      assertEquals(List.of("좋아하다"), terms(Fields.KOREAN, liking), liking);
    }
    assertEquals(List.of("좋아하다", "음식"), terms(Fields.KOREAN, "좋아하는 음식"));
    assertEquals(List.of("싫어하다"), terms(Fields.KOREAN, "싫어한다"));
    assertEquals(List.of("좋다", "코드"), terms(Fields.KOREAN, "좋은 코드"), "the adjective alone");
    assertEquals(List.of("좋다"), terms(Fields.KOREAN, "좋아졌다"), "becoming keeps its reading");
    assertEquals(
        List.of("무섭다"),
        terms(Fields.KOREAN, "무서워한다"),
        "an irregular stem, which the ending does not spell as written, keeps its reading");
  }

  @Test
  void britishAndAmericanSpellingsAreOneTerm() {
    assertEquals(
        terms(Fields.ENGLISH, "The essay emphasizes colors and behavior at the center"),
        terms(Fields.ENGLISH, "The essay emphasises colours and behaviour at the centre"));
  }

  @Test
  void aNameWithAKoreanParticleWrittenOntoItIsTheNameInTheNameAndSpellingFields() {
    String sentence = "OpenTofu의 첫 버전이 나왔고, HashiCorp는 IBM에 인수되었다.";
    assertEquals(List.of("opentofu", "hashicorp", "ibm"), terms(Fields.NAMES_LATIN, sentence));
    assertEquals(List.of("opentofu", "hashicorp", "ibm"), terms(Fields.SPELLING_LATIN, sentence));
    assertEquals(
        List.of(),
        terms(Fields.SPELLING_LATIN, "k8s는 v1.2로 C언어를"),
        "no Latin word before the Hangul");
  }

  /**
   * Latin letters and Hangul written together are words apart in the spelling, names and bigram
   * fields, as Nori reads them: Unicode's word boundaries keep RedHat은Kubernetes위에 one word. The
   * offsets stay the written text's.
   */
  @Test
  void latinLettersAndHangulWrittenTogetherAreWordsApart() {
    String typed = "RedHat은Kubernetes위에";
    assertEquals(
        List.of(new TermSpan("redhat", 0, 6), new TermSpan("kubernetes", 7, 17)),
        ANALYSIS.termSpans(Fields.SPELLING_LATIN, typed));
    assertEquals(List.of("redhat", "kubernetes"), terms(Fields.NAMES_LATIN, typed));
    assertEquals(List.of("redhat", "은", "kubernetes", "위에"), terms(Fields.BIGRAMS, typed));
  }

  private static List<String> terms(String field, String text) {
    return ANALYSIS.termSpans(field, text).stream().map(TermSpan::term).toList();
  }

  @Test
  void noriTokensWithOffsetsForAKoreanQuestion() {
    assertEquals(
        List.of(
            new TermSpan("쿠버네티스", 0, 5),
            new TermSpan("활용", 7, 9),
            new TermSpan("기업", 12, 14),
            new TermSpan("비율", 15, 17)),
        ANALYSIS.termSpans(Fields.KOREAN, "쿠버네티스를 활용하는 기업 비율은?"));
  }

  @Test
  void theBoundNounOfWhatSomethingIsForIsNoWordOfTheQuestion() {
    // 데 of 뭐 하는 데야? ("what is it for?") was searched, and translated as 데다's "burn".
    assertEquals(
        Set.of("sig"), ANALYSIS.queryTerms(Fields.KOREAN, ANALYSIS.asked("SIG는 뭐 하는 데야?")));
    assertEquals(List.of("도구", "쓸다"), terms(Fields.KOREAN, "이 도구는 어디에 쓰는 데?"));
  }

  @Test
  void anRieulVerbNominalisedWithMieumIsTheVerbAtItsWrittenOffsets() {
    // Nori cut 만듦 into 말다 | 듦 and 힘듦 into 힘 | 듦, losing the verb that chat asks with.
    assertEquals(
        List.of(
            new TermSpan("etcd", 0, 4), new TermSpan("만들다", 8, 10), new TermSpan("쿠버네티스", 12, 17)),
        ANALYSIS.termSpans(Fields.KOREAN, "etcd 누가 만듦? 쿠버네티스"));
    assertEquals(List.of("일", "힘들다"), terms(Fields.KOREAN, "일이 힘듦"));
    assertEquals(
        List.of(new TermSpan("만들다", 0, 2), new TermSpan("힘들다", 3, 5), new TermSpan("쿠버네티스", 6, 11)),
        ANALYSIS.termSpans(Fields.KOREAN, "만듦 힘듦 쿠버네티스"),
        "each word read back to where it is written");
    assertEquals(List.of("이끌다"), terms(Fields.KOREAN, "누가 이끎?"));
    // A noun of one syllable, and a syllable closed by ㄻ inside a word, are read as before.
    assertEquals(List.of("삶", "의미"), terms(Fields.KOREAN, "삶의 의미"));
    assertEquals(List.of("젊다", "사람", "옮기다"), terms(Fields.KOREAN, "젊은 사람이 옮겼다"));
  }

  @Test
  void aNumberWithAPointOrACommaIsOneKoreanTokenAsInEnglish() {
    // Nori alone reads 1.0 as 1 and 0, which every version number has.
    assertEquals(
        List.of(
            new TermSpan("쿠버네티스", 0, 5),
            new TermSpan("1.0", 6, 9),
            new TermSpan("1,000", 11, 16),
            new TermSpan("명", 16, 17),
            new TermSpan("2.5", 18, 21),
            new TermSpan("배", 21, 22)),
        ANALYSIS.termSpans(Fields.KOREAN, "쿠버네티스 1.0은 1,000명 2.5배"));
    assertEquals(
        List.of("1.0"),
        ANALYSIS.termSpans(Fields.ENGLISH, "1.0").stream().map(TermSpan::term).toList());
    // A point that ends a sentence, or one with a space after it, joins nothing.
    assertEquals(List.of("2015", "년", "1", "2"), tokens(ANALYSIS, "2015년. 1. 2"));
    assertEquals(List.of("정치", "경제"), tokens(ANALYSIS, "정치ㆍ경제"));
  }

  @Test
  void aDeterminerNoriTagsAsANounPrefixBeforeAUserDictionaryWordIsKept() {
    // Before 커밋, a word of the user dictionary, Nori tags 첫 as a prefix (XPN), which its stop tags
    // drop.
    assertEquals(List.of("파일", "첫", "커밋"), terms(Fields.KOREAN, "파일의 첫 커밋"));
    assertEquals(
        List.of("github", "저장소", "첫", "커밋"),
        terms(Fields.KOREAN, "GitHub 저장소의 첫 커밋"),
        "저장소, repository, is a word of the user dictionary: Nori alone read 저 | 장소, a place");
    assertEquals(
        List.of("회사", "첫", "제품"), terms(Fields.KOREAN, "회사의 첫 제품"), "as where it is a determiner");
  }

  @Test
  void aNounSuffixThatSaysWhatAWordNamesIsKeptButThePluralAndAdjectivalAreNot() {
    assertEquals(List.of("사용", "권"), terms(Fields.KOREAN, "사용권"), "licence, not use");
    assertEquals(List.of("저작", "권"), terms(Fields.KOREAN, "저작권"));
    assertEquals(List.of("점유", "율"), terms(Fields.KOREAN, "점유율"));
    assertEquals(List.of("사람"), terms(Fields.KOREAN, "사람들"));
    assertEquals(List.of("관용"), terms(Fields.KOREAN, "관용적"));
  }

  @Test
  void aNativeNumeralBeforeACounterIsKeptAsItsCardinal() {
    // Nori tags 두, 세 and 스무 as determiners (MM), as it tags 그 and 모든, which carry no topic and are
    // dropped.
    assertEquals(List.of("고양이", "둘", "마리"), terms(Fields.KOREAN, "고양이 두 마리"));
    assertEquals(List.of("셋", "명", "스물", "살"), terms(Fields.KOREAN, "세 명, 스무 살"));
    assertEquals(List.of("사람"), terms(Fields.KOREAN, "그 모든 사람"));
  }

  @Test
  void aMalformedNumeralTableIsRejectedNamingTheFileAndTheLine(@TempDir Path folder)
      throws IOException {
    Files.createDirectories(folder.resolve("generated"));
    Files.writeString(
        folder.resolve(AnalysisFiles.NATIVE_NUMERALS), "# attributive<TAB>cardinal\n두 둘\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Analysis.load(folder));
    assertTrue(
        e.getMessage().contains("native-numerals-icu.tsv") && e.getMessage().contains("두 둘"),
        e.getMessage());
  }

  @Test
  void commonKoreanWordsAreThoseNoriKnowsAsVocabularyNotAsNames() {
    String text = "없이 날짜가 므낫세와 므술레멧 사이에서 태어난 차범근";
    Analysis.KoreanReading reading = ANALYSIS.readKorean(text);
    assertEquals(Set.of("없이", "날", "짜", "사이", "태어나다"), reading.commonWords());
    assertEquals(
        ANALYSIS.termSpans(Fields.KOREAN, text),
        reading.spans(),
        "the same terms as termSpans, in one pass");
  }

  @Test
  void userDictionaryKeepsKubernetesWhole(@TempDir Path noFiles) {
    assertEquals(List.of("쿠버네티스"), tokens(ANALYSIS, "쿠버네티스"));
    // Without the user dictionary Nori cuts the loanword apart: the reason the dictionary exists.
    assertEquals(List.of("쿠", "버네", "티스"), tokens(Analysis.load(noFiles), "쿠버네티스"));
  }

  @Test
  void loanwordsFromTheDictionaryStayOneToken(@TempDir Path noFiles) {
    assertEquals(
        List.of("도커", "메조피어", "아파치", "메조", "유사", "플랫폼", "많다"),
        tokens(ANALYSIS, "도커나 메조피어, 아파치 메조 등 유사한 플랫폼도 많다."));
    assertEquals(List.of("온프레미스", "환경", "집중"), tokens(ANALYSIS, "온프레미스 환경에 집중된다."));
    Analysis plain = Analysis.load(noFiles);
    assertNotEquals(List.of("메조피어"), tokens(plain, "메조피어"));
    assertNotEquals(List.of("온프레미스"), tokens(plain, "온프레미스"));
  }

  @Test
  void spacingVariantsOfOpenSourceIndexAlike() {
    assertEquals(
        ANALYSIS.indexTerms(Fields.KOREAN, "오픈 소스"), ANALYSIS.indexTerms(Fields.KOREAN, "오픈소스"));
    assertEquals(
        ANALYSIS.queryTerms(Fields.KOREAN, "오픈 소스"), ANALYSIS.queryTerms(Fields.KOREAN, "오픈소스"));
    assertTrue(ANALYSIS.queryTerms(Fields.KOREAN, "오픈소스").containsAll(Set.of("open", "source")));
  }

  @Test
  void shortFormsExpandAtQueryTimeOnly() {
    assertTrue(
        ANALYSIS.queryTerms(Fields.KOREAN, "k8s").containsAll(Set.of("쿠버네티스", "kubernetes")));
    assertTrue(ANALYSIS.queryTerms(Fields.KOREAN, "쿠버네티스").contains("kubernetes"));
    assertTrue(ANALYSIS.queryTerms(Fields.KOREAN, "kubernetes").contains("쿠버네티스"));
    assertFalse(
        ANALYSIS.indexTerms(Fields.KOREAN, "k8s").contains("쿠버네티스"),
        "documents are indexed as written");
    assertEquals(Set.of("쿠버네티스"), ANALYSIS.indexTerms(Fields.KOREAN, "쿠버네티스"));
  }

  @Test
  void questionWordsAndParticlesAreStopWords() {
    assertEquals(Set.of(), ANALYSIS.indexTerms(Fields.KOREAN, "무엇인가 어떻게 이유는"));
    assertEquals(List.of("쿠버네티스", "성공"), tokens(ANALYSIS, "쿠버네티스가 성공한 이유는 무엇인가?"));
  }

  @Test
  void verbsAndAdjectivesAreIndexedInTheirDictionaryFormApartFromNounsSpelledAsTheirStems() {
    // 안다 "knows" is the verb 알-, not the noun 알 "egg"; 찼다 "kicked" is 차-, not 차 "car".
    assertEquals(List.of("알다"), tokens(ANALYSIS, "그녀는 안다."));
    assertEquals(List.of("알"), tokens(ANALYSIS, "알을 낳았다.").subList(0, 1));
    assertEquals(List.of("차"), tokens(ANALYSIS, "차를 샀다.").subList(0, 1));
    assertEquals(List.of("좋다"), tokens(ANALYSIS, "좋았다"));
    // A question and the passage it asks about meet as before: both read the verb in its dictionary
    // form.
    assertEquals(ANALYSIS.queryTerms(Fields.KOREAN, "누가 알아?"), Set.of("알다"));
  }

  @Test
  void aVerbKeepsItsWrittenStemWhereTheEndingCannotHaveChangedIt() {
    // Nori read these as 쓸다 "sweep", 갈다, 듣다 "hear" and 짓다, stems that lose or change their last
    // consonant only before other endings; so the verb now meets its other forms (쓴다, 갔다, 들었다, 졌다).
    assertEquals(List.of("쓰다"), tokens(ANALYSIS, "쓰고"));
    assertEquals(tokens(ANALYSIS, "썼다"), tokens(ANALYSIS, "쓰면"));
    assertEquals(List.of("가다"), tokens(ANALYSIS, "가기"));
    assertEquals(List.of("가방", "들다"), tokens(ANALYSIS, "가방을 들고"));
    assertEquals(List.of("지다"), tokens(ANALYSIS, "지고"));
    // A verb written in its dictionary form is that verb, as the lexicon's Korean translations are:
    // 사다 "buy" was read as 살다 "live", 듣다 "hear" as 들다 and 날다 "fly" as 나다.
    assertEquals(List.of("사다", "쓰다", "듣다", "날다"), tokens(ANALYSIS, "사다 쓰다 듣다 날다"));
    // The ending -ㄹ written onto a stem is no part of it, and neither are those that start with it
    // (-ㄹ까).
    assertEquals(List.of("보다", "보이다"), tokens(ANALYSIS, "볼 수 있을 것이 보일까"));
    // Where the ending does allow the change, the irregular stem stays: 들어 "hearing", 지어
    // "building", 사는 "living", 새로운 "new" (새롭-, whose ㅂ became 우), and so do the stems written in
    // full.
    assertEquals(List.of("음악", "듣다"), tokens(ANALYSIS, "음악을 들어"));
    assertEquals(List.of("집", "짓다"), tokens(ANALYSIS, "집을 지어"));
    assertEquals(List.of("서울", "살다"), tokens(ANALYSIS, "서울에 사는"));
    assertEquals(List.of("새롭다"), tokens(ANALYSIS, "새로운"));
    assertEquals(List.of("집", "짓다"), tokens(ANALYSIS, "집을 짓고"));
  }

  @Test
  void determinersThatSayWhatIsMeantAreKeptAndThoseThatPointAskOrCountAreNot() {
    assertEquals(List.of("첫", "앨범"), tokens(ANALYSIS, "첫 앨범"));
    assertEquals(List.of("새", "버전"), tokens(ANALYSIS, "새 버전"));
    assertEquals(List.of("다른", "사람"), tokens(ANALYSIS, "다른 사람"));
    assertEquals(List.of("책"), tokens(ANALYSIS, "그 책"));
    assertEquals(List.of("일"), tokens(ANALYSIS, "이런 일"));
    assertEquals(List.of("사람"), tokens(ANALYSIS, "모든 사람"));
    assertEquals(List.of("둘", "마리"), tokens(ANALYSIS, "두 마리"));
  }

  @Test
  void theAuxiliaryOfAWishIsKeptAsAVerbAndTheOthersAreDropped() {
    assertEquals(List.of("가다", "싶다"), tokens(ANALYSIS, "가고 싶어요"));
    assertEquals(List.of("먹다"), tokens(ANALYSIS, "먹고 있다"));
    assertEquals(List.of("먹다"), tokens(ANALYSIS, "먹어 보았다"));
  }

  @Test
  void aDocumentWritesAVerbNoriReadsAsIrregularAlsoAsWritten() {
    // 가는 may be 가- "go" or 갈- "grind" with its ㄹ dropped, 들어 듣- "hear" or 들- "hold"; Nori picks
    // the second, and documents are read both ways. A question is read as Nori reads it, and
    // search.HangulGroups seeks both.
    assertEquals(
        Set.of("학교", "갈다", "가다", "길"), ANALYSIS.analyse(Fields.KOREAN, "학교에 가는 길").terms());
    assertEquals(Set.of("음악", "듣다", "들다"), ANALYSIS.analyse(Fields.KOREAN, "음악을 들어").terms());
    assertEquals(List.of("학교", "갈다", "길"), tokens(ANALYSIS, "학교에 가는 길"));
    // Where Nori reads the verb as written, it is that verb alone.
    assertEquals(Set.of("칼", "가다"), ANALYSIS.analyse(Fields.KOREAN, "칼을 간다").terms());
  }

  @Test
  void anObligationIsReadAsNeedInBothLanguages() {
    assertEquals(List.of("가다", "필요"), tokens(ANALYSIS, "가야 한다"));
    assertEquals(List.of("가다", "필요"), tokens(ANALYSIS, "가야만 돼요"));
    assertEquals(List.of("받다", "필요"), tokens(ANALYSIS, "받아야 했다"));
    // From the ending on, so that a quote emphasises both written words.
    String obliged = "추천을 받아야 한다.";
    TermSpan need = ANALYSIS.termSpans(Fields.KOREAN, obliged).getLast();
    assertEquals("아야 한다", obliged.substring(need.start(), need.end()));
    // 하다 after another ending is no obligation, nor 야 as a particle (철수야).
    assertEquals(List.of("먹다"), tokens(ANALYSIS, "먹고 했다"));
    assertEquals(List.of("need", "go"), terms(Fields.ENGLISH, "I have to go"));
    assertEquals(List.of("need", "leav"), terms(Fields.ENGLISH, "They had to leave"));
    assertEquals(List.of("need", "go"), terms(Fields.ENGLISH, "You must go"));
    assertEquals(List.of("two", "cat"), terms(Fields.ENGLISH, "I have two cats"));
    assertEquals(List.of(), terms(Fields.ENGLISH, "They have"));
  }

  @Test
  void theQuestionEndingNoriReadsAsTheNounSongsIsDroppedButTheNounIsKept() {
    // -ㄴ가요 after a modifier (빠른가요?, 어떤가요?) is an ending; Nori reads 가요 "popular songs" in it.
    assertEquals(List.of("쿠버네티스", "성능"), tokens(ANALYSIS, "쿠버네티스 성능은 어떤가요?"));
    assertEquals(List.of("빠르다"), tokens(ANALYSIS, "빠른가요?"));
    assertEquals(List.of("새롭다", "가요"), tokens(ANALYSIS, "새로운 가요"));
    assertEquals(List.of("가요", "순위"), tokens(ANALYSIS, "가요 순위"));
  }

  @Test
  void anEnglishPossessiveIsTheNameAloneInTheKoreanFieldToo() {
    // Nori reads Redis's as Redis, ' and s; the s is no word, as the English field's possessive
    // filter knows.
    assertEquals(List.of("redis", "license"), tokens(ANALYSIS, "Redis's license"));
    assertEquals(List.of("docker"), tokens(ANALYSIS, "Docker’s"));
    assertEquals(List.of("o", "reilly"), tokens(ANALYSIS, "O'Reilly"));
    assertEquals(List.of("redis", "s"), tokens(ANALYSIS, "Redis 's"));
  }

  @Test
  void englishWordsAreTheSameWithAndWithoutTheirAccents() {
    // A source writes Zürich and café, a member types zurich and cafe.
    assertEquals(
        terms(Fields.ENGLISH, "the cafe in Zurich"), terms(Fields.ENGLISH, "the café in Zürich"));
    assertEquals(
        terms(Fields.TRANSLATION, "a naive resume"), terms(Fields.TRANSLATION, "a naïve résumé"));
    assertEquals(List.of("nurburgring"), tokens(ANALYSIS, "(Nürburgring)은"), "and in Korean text");
  }

  @Test
  void adverbsThatSayWhenOrHowAreContentWords() {
    // Nori tags 내일 and 다시 as general adverbs, which its default stop tags drop; English questions
    // say tomorrow and again, and their translations must have something to match.
    assertEquals(List.of("내일", "다시", "만나다"), tokens(ANALYSIS, "내일 다시 만나자"));
  }

  @Test
  void englishFieldStemsAndDropsStopWords() {
    assertEquals(
        Set.of("compani", "us", "kubernet"),
        ANALYSIS.indexTerms(Fields.ENGLISH, "the companies using Kubernetes"));
  }

  @Test
  void aStopWordWrittenAsPartOfANameIsKept() {
    // Capitalised right after another capitalised word, one space from it, a stop word names
    // something.
    assertEquals(
        Set.of("apach", "wai"), ANALYSIS.indexTerms(Fields.ENGLISH, "What is the Apache Way?"));
    assertEquals(Set.of("band", "who"), ANALYSIS.indexTerms(Fields.ENGLISH, "the band The Who"));
    // Not when it frames the question, opens a sentence or is shouted with the rest.
    assertEquals(
        Set.of("googl", "differ"),
        ANALYSIS.indexTerms(Fields.ENGLISH, "In what way was Google different?"));
    assertEquals(
        Set.of("kubernet", "project"),
        ANALYSIS.indexTerms(Fields.ENGLISH, "Kubernetes. The project"));
    assertEquals(Set.of("apach"), ANALYSIS.indexTerms(Fields.ENGLISH, "WHAT IS THE APACHE WAY"));
  }

  @Test
  void englishContractionsAreReadAsTheirFirstWord() {
    // Whole, I'm and don't would be words that nothing else has; read as i and do, they are stop
    // words.
    assertEquals(
        Set.of("sure", "stai"),
        ANALYSIS.indexTerms(Fields.ENGLISH, "I'm sure you can't stay, don't you?"));
    assertEquals(Set.of("tom", "late"), ANALYSIS.indexTerms(Fields.ENGLISH, "Tom\u2019ll be late"));
  }

  @Test
  void bigramFieldCutsHangulIntoPairs() {
    assertEquals(Set.of("조피", "메조", "피어"), ANALYSIS.indexTerms(Fields.BIGRAMS, "메조피어"));
  }

  @Test
  void fingerprintFollowsTheAnalysisFiles(@TempDir Path folder) throws IOException {
    Path analysis = Path.of("config", "analysis");
    try (var files = Files.walk(analysis)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path copy = folder.resolve(analysis.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
      }
    }
    assertEquals(ANALYSIS.fingerprint(), Analysis.load(folder).fingerprint());
    Path dictionary = folder.resolve("userdict-ko.txt");
    Files.writeString(dictionary, "\n# a comment changes nothing\n", StandardOpenOption.APPEND);
    assertEquals(ANALYSIS.fingerprint(), Analysis.load(folder).fingerprint());
    Files.writeString(dictionary, "노마드\n", StandardOpenOption.APPEND);
    assertNotEquals(ANALYSIS.fingerprint(), Analysis.load(folder).fingerprint());
  }
}
