package dev.gwanyong.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gwanyong.corpus.RecordImporter;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * KorQuAD 1.0 read as it is distributed (never stored in another form): its paragraphs become one
 * source per article, and each question keeps the source and paragraph it was written about, and
 * its answers.
 */
public record Korquad(
    List<RecordImporter.Record> articles, List<Question> questions, List<Paragraph> paragraphs) {

  /**
   * A question, the paragraph it was written about and its answers (the spans KorQuAD's annotators
   * marked).
   */
  public record Question(String text, String paragraphKey, List<String> answers) {

    public Question {
      answers = List.copyOf(answers);
    }

    /** The number of the article the question was written about, from 1. */
    public int article() {
      return Integer.parseInt(
          paragraphKey.substring(paragraphKey.indexOf('-') + 1, paragraphKey.indexOf('#')));
    }

    /** The number of the paragraph the question was written about, from 1, within its article. */
    public int paragraph() {
      return Integer.parseInt(paragraphKey.substring(paragraphKey.indexOf('#') + 1));
    }

    /** Whether a passage is from the paragraph the question was written about. */
    public boolean fromItsParagraph(String sourceId, int paragraph) {
      return (sourceId + "#" + paragraph).equals(paragraphKey);
    }

    /**
     * Whether a quote answers the question: it is from the question's paragraph and holds one of
     * its answers, spacing set aside. A quote of the right paragraph without the answer (the
     * sentence before it, or the part of a long sentence the window left out) does not show a
     * member what they asked.
     */
    public boolean answeredBy(String sourceId, int paragraph, String quote) {
      return fromItsParagraph(sourceId, paragraph) && writtenIn(quote);
    }

    /** Whether a text writes one of the question's answers, spacing set aside. */
    public boolean writtenIn(String text) {
      String compacted = compact(text);
      return answers.stream().anyMatch(a -> compacted.contains(compact(a)));
    }

    private static String compact(String text) {
      return WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
    }
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** A paragraph with the key that names it in results: {@code sourceId#paragraphNumber}. */
  public record Paragraph(String key, String text) {}

  /**
   * Reads the file as distributed.
   *
   * @throws IllegalArgumentException when it is not KorQuAD 1.0 JSON or holds no question
   */
  public static Korquad read(Path file) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          file + " is not KorQuAD 1.0 JSON: " + e.getOriginalMessage(), e);
    }
    List<RecordImporter.Record> articles = new ArrayList<>();
    List<Question> questions = new ArrayList<>();
    List<Paragraph> paragraphs = new ArrayList<>();
    int article = 0;
    for (JsonNode data : root.path("data")) {
      article++;
      String id = "korquad-" + article;
      StringBuilder text = new StringBuilder();
      int number = 0;
      for (JsonNode paragraph : data.path("paragraphs")) {
        number++;
        String context = paragraph.path("context").asText().replaceAll("\\s*\\R\\s*", " ").strip();
        text.append(context).append('\n');
        String key = id + "#" + number;
        paragraphs.add(new Paragraph(key, context));
        for (JsonNode qa : paragraph.path("qas")) {
          List<String> answers = new ArrayList<>();
          qa.path("answers").forEach(answer -> answers.add(answer.path("text").asText()));
          questions.add(new Question(qa.path("question").asText(), key, answers));
        }
      }
      articles.add(
          new RecordImporter.Record(
              id, data.path("title").asText(id), text.toString(), Optional.empty(), "ko"));
    }
    if (questions.isEmpty()) {
      throw new IllegalArgumentException(
          file + " holds no KorQuAD question (data → paragraphs → qas)");
    }
    return new Korquad(articles, questions, paragraphs);
  }
}
