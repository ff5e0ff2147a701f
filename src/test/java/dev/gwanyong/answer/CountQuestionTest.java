package dev.gwanyong.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question that asks how many is quoted by the sentence of the paragraph that counts what it asks
 * about.
 */
class CountQuestionTest {

  private static final String RESPONSES =
      "The 2021 survey of platform users received 3,829 responses, and 96% of the organisations"
          + " used the platform.";
  private static final String DEVELOPERS =
      "SlashData counted 5.6 million developers on the platform.";

  @TempDir Path folder;

  @Test
  void theSentenceThatCountsWhatWasAskedIsQuoted() throws IOException {
    try (AnswerService service = OneSource.open(folder, "surveys", RESPONSES + " " + DEVELOPERS)) {
      Candidate first =
          service
              .candidates("How many developers used the platform according to the survey?")
              .getFirst();
      assertEquals(
          DEVELOPERS,
          first.hit().paragraphText().substring(first.hit().start(), first.hit().end()));
    }
  }

  @Test
  void aKoreanCountIsANumberWithTheCounterAsked() throws IOException {
    try (AnswerService service =
        OneSource.open(
            folder,
            "high-jump",
            "소토마요르는 결승에서 2.39m 높이를 세 번째 시도 끝에 넘어 올림픽 결승의 우승자가 되었다. 그해 결승에는 모두 다섯 명이 올랐다.")) {
      Candidate first = service.candidates("소토마요르가 우승한 올림픽 결승에는 몇 명이 올랐나?").getFirst();
      assertEquals(
          "그해 결승에는 모두 다섯 명이 올랐다.",
          first.hit().paragraphText().substring(first.hit().start(), first.hit().end()));
    }
  }

  @Test
  void anEnglishCountAskedOfAKoreanSentenceIsANumberWithACounter() throws IOException {
    String counts = "운영위원회는 모두 일곱 명이다.";
    try (AnswerService service =
        OneSource.open(folder, "governance", "운영위원회는 2016년에 생겼고 위원은 선거로 뽑는다. " + counts)) {
      Candidate first =
          service.candidates("How many members does the steering committee have?").getFirst();
      assertEquals(
          counts,
          first.hit().paragraphText().substring(first.hit().start(), first.hit().end()),
          "일곱 명 counts the members; 2016년 is when the committee began");
    }
  }

  @Test
  void aKoreanCountAskedOfAnEnglishSentenceIsANumberOfSomething() throws IOException {
    String published =
        "The 2021 platform survey, published on 10 February 2022, carried the subtitle \"The year"
            + " the platform crossed the chasm\".";
    try (AnswerService service = OneSource.open(folder, "surveys", published + " " + DEVELOPERS)) {
      Candidate first = service.candidates("2021년 조사에서 플랫폼 개발자는 몇 명이었어?").getFirst();
      assertEquals(
          DEVELOPERS,
          first.hit().paragraphText().substring(first.hit().start(), first.hit().end()),
          "a Korean question's 명 is a count of developers in English, not a year or a date");
    }
  }
}
