package dev.gwanyong.eval;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.corpus.RecordImporter;
import dev.gwanyong.corpus.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks' parts on tiny data written here: ranking arithmetic, KorQuAD and Tatoeba reading.
 */
class BenchmarkInputsTest {

  @TempDir Path folder;

  @Test
  void rankingMetricsByHand() {
    RankingMetrics metrics = new RankingMetrics();
    metrics.add(List.of("a", "b", "c"), "a"); // rank 1
    metrics.add(List.of("x", "y", "b"), "b"); // rank 3
    metrics.add(List.of("1", "2", "3", "4", "5", "6", "c"), "c"); // rank 7: not in R@5, 1/7 in MRR
    metrics.add(
        List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "d"), "d"); // rank 11: nothing
    metrics.add(List.of("p", "q"), "e"); // absent
    assertEquals(0.2, metrics.recallAtOne(), 1e-12);
    double mrr = (1 + 1.0 / 3 + 1.0 / 7) / 5;
    assertEquals(
        "R@1 0.200  R@5 0.400  MRR@10 %.3f  (5 questions)".formatted(mrr), metrics.summary());
  }

  @Test
  void rankingMetricsOfNothingAreZero() {
    RankingMetrics metrics = new RankingMetrics();
    assertEquals(0.0, metrics.recallAtOne());
    assertEquals("R@1 0.000  R@5 0.000  MRR@10 0.000  (0 questions)", metrics.summary());
  }

  /** Two articles in the KorQuAD 1.0 layout; the second paragraph's context spans lines. */
  private static final String KORQUAD =
      """
      {"version": "KorQuAD_v1.0_dev", "data": [
        {"title": "햇살마을", "paragraphs": [
          {"context": "햇살마을 도서관은 아홉 시에 문을 연다.", "qas": [
            {"question": "도서관은 몇 시에 여나?", "id": "1-1", "answers": [{"text": "아홉 시", "answer_start": 10}]}]},
          {"context": "빵집은 도서관 일 층에 있다.\\n  샌드위치는 삼천오백 원이다.", "qas": [
            {"question": "빵집은 어디에 있나?", "id": "1-2", "answers": [{"text": "일 층", "answer_start": 8}]},
            {"question": "샌드위치는 얼마인가?", "id": "1-3", "answers": [{"text": "삼천오백 원", "answer_start": 23}]}]}]},
        {"title": "마을 음악회", "paragraphs": [
          {"context": "할아버지는 하모니카를 연주했다.", "qas": [
            {"question": "할아버지는 무엇을 연주했나?", "id": "2-1", "answers": [{"text": "하모니카", "answer_start": 6}]}]}]}
      ]}
      """;

  @Test
  void korquadParagraphsBecomeSourcesAndQuestionsKeepTheirParagraph() throws IOException {
    Path file = folder.resolve("korquad.json");
    Files.writeString(file, KORQUAD, UTF_8);
    Korquad korquad = Korquad.read(file);

    assertEquals(2, korquad.articles().size());
    assertEquals(3, korquad.paragraphs().size());
    assertEquals(
        List.of(
            new Korquad.Question("도서관은 몇 시에 여나?", "korquad-1#1", List.of("아홉 시")),
            new Korquad.Question("빵집은 어디에 있나?", "korquad-1#2", List.of("일 층")),
            new Korquad.Question("샌드위치는 얼마인가?", "korquad-1#2", List.of("삼천오백 원")),
            new Korquad.Question("할아버지는 무엇을 연주했나?", "korquad-2#1", List.of("하모니카"))),
        korquad.questions());
    assertEquals(
        new Korquad.Paragraph("korquad-1#2", "빵집은 도서관 일 층에 있다. 샌드위치는 삼천오백 원이다."),
        korquad.paragraphs().get(1),
        "a line break inside a context is one space, so the paragraph stays one paragraph");

    Path corpusFolder = folder.resolve("corpus");
    RecordImporter.write(korquad.articles(), corpusFolder, "KorQuAD 1.0, CC BY-ND 2.0 KR");
    Corpus corpus = Corpus.load(corpusFolder);
    Source first = corpus.source("korquad-1").orElseThrow();
    assertEquals("햇살마을", first.title());
    for (Korquad.Paragraph p : korquad.paragraphs()) {
      String[] key = p.key().split("#");
      Source source = corpus.source(key[0]).orElseThrow();
      assertEquals(p.text(), source.paragraphs().get(Integer.parseInt(key[1]) - 1), p.key());
    }
  }

  @Test
  void aKorquadQuestionIsAnsweredByAQuoteOfItsParagraphThatHoldsItsAnswer() throws IOException {
    Path file = folder.resolve("korquad.json");
    Files.writeString(file, KORQUAD, UTF_8);
    Korquad.Question price = Korquad.read(file).questions().get(2);
    assertTrue(price.answeredBy("korquad-1", 2, "샌드위치는 삼천오백 원이다."));
    assertTrue(price.answeredBy("korquad-1", 2, "샌드위치는 삼천오백\n원이다."), "spacing aside");
    assertFalse(
        price.answeredBy("korquad-1", 2, "빵집은 도서관 일 층에 있다."), "its paragraph, not its answer");
    assertFalse(price.answeredBy("korquad-2", 1, "삼천오백 원"), "its answer, not its paragraph");
    assertTrue(price.fromItsParagraph("korquad-1", 2));
  }

  @Test
  void tatoebaPairsBecomeOneSourceEach() throws IOException {
    Path english = folder.resolve("eng.txt");
    Path korean = folder.resolve("kor.txt");
    Files.writeString(english, "I like coffee.\nThe library opens at nine.\n", UTF_8);
    Files.writeString(korean, "나는 커피를 좋아한다.\n도서관은 아홉 시에 연다.\n", UTF_8);
    Tatoeba tatoeba = Tatoeba.read(english, korean);
    assertEquals(List.of("I like coffee.", "The library opens at nine."), tatoeba.english());
    assertEquals(
        new RecordImporter.Record(
            "tatoeba-2", "Tatoeba 2", "도서관은 아홉 시에 연다.", Optional.empty(), "ko"),
        tatoeba.korean().get(1));
    assertEquals(Tatoeba.sourceId(1), tatoeba.korean().get(1).id());
  }

  @Test
  void tatoebaFilesOfDifferentLengthsAreNamedAsMisaligned() throws IOException {
    Path english = folder.resolve("eng.txt");
    Path korean = folder.resolve("kor.txt");
    Files.writeString(english, "One.\nTwo.\nThree.\n", UTF_8);
    Files.writeString(korean, "하나.\n둘.\n", UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Tatoeba.read(english, korean));
    assertTrue(e.getMessage().contains("not aligned"), e.getMessage());
    assertTrue(e.getMessage().contains("3 English and 2 Korean"), e.getMessage());
  }
}
