package dev.gwanyong.eval;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pairs the test set holds twice are told apart from pairs that differ in what they say. */
class TatoebaTest {

  @TempDir Path folder;

  @Test
  void restatementsDifferOnlyInPunctuationSpacingOrOneEnglishLetter() throws IOException {
    Tatoeba tatoeba =
        read(
            """
            Read this book.\t이 책 읽어.
            Where is the bank?\t그 은행은 어디에 있어요?
            Read this book!\t이 책을 읽으세요.
            Where's the bank?\t그 은행은 어디 있어?
            Thank you very much!\t대단히 감사합니다
            Thanks a lot!\t대단히 감사합니다!
            There are no jobs in this country.\t이 나라에는 일자리가 없다.
            There are few jobs in this country.\t이 나라에는 일자리가 적다.
            I want to see it again.\t그걸 다시 보고 싶다.
            I want to see that again.\t그를 다시 보고 싶다.
            """);
    assertEquals(
        List.of(
            Set.of(0, 2),
            Set.of(1, 3),
            Set.of(0, 2),
            Set.of(1, 3),
            Set.of(4, 5),
            Set.of(4, 5),
            Set.of(6),
            Set.of(7),
            Set.of(8),
            Set.of(9)),
        tatoeba.restatements(),
        "a contraction or punctuation restates a sentence; one Korean syllable or an English word"
            + " does not");
  }

  private Tatoeba read(String pairs) throws IOException {
    StringBuilder english = new StringBuilder();
    StringBuilder korean = new StringBuilder();
    for (String line : pairs.strip().split("\n")) {
      String[] pair = line.split("\t");
      english.append(pair[0]).append('\n');
      korean.append(pair[1]).append('\n');
    }
    Path englishFile = Files.writeString(folder.resolve("t.eng"), english, UTF_8);
    Path koreanFile = Files.writeString(folder.resolve("t.kor"), korean, UTF_8);
    return Tatoeba.read(englishFile, koreanFile);
  }
}
