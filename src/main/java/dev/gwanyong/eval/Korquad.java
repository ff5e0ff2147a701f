package dev.gwanyong.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gwanyong.corpus.RecordImporter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * KorQuAD 1.0 read as it is distributed (never stored in another form): its paragraphs become one source per
 * article, and each question keeps the source and paragraph it was written about.
 */
public record Korquad(List<RecordImporter.Record> articles, List<Question> questions, List<Paragraph> paragraphs) {

  /** A question and the paragraph that answers it. */
  public record Question(String text, String paragraphKey) {

    /** The number of the article the question was written about, from 1. */
    public int article() {
      return Integer.parseInt(paragraphKey.substring(paragraphKey.indexOf('-') + 1, paragraphKey.indexOf('#')));
    }
  }

  /** A paragraph with the key that names it in results: {@code sourceId#paragraphNumber}. */
  public record Paragraph(String key, String text) {}

  public static Korquad read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
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
          questions.add(new Question(qa.path("question").asText(), key));
        }
      }
      articles.add(new RecordImporter.Record(id, data.path("title").asText(id), text.toString(), Optional.empty(), "ko"));
    }
    return new Korquad(articles, questions, paragraphs);
  }
}
