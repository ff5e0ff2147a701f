package dev.gwanyong.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gwanyong.answer.Answer;
import dev.gwanyong.answer.Citation;

/** The JSON form of an answer, as {@code ask --json} and {@code ask --jsonl} print it. */
final class AnswerJson {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private AnswerJson() {}

  static ObjectNode of(Answer answer) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("question", answer.question());
    json.put("status", answer.status());
    json.put("confidence", Math.round(answer.confidence() * 1000) / 1000.0);
    ArrayNode citations = json.putArray("citations");
    for (Citation c : answer.citations()) {
      ObjectNode cited = citations.addObject();
      cited.put("quote", c.quote());
      cited.put("source", c.sourceId());
      cited.put("title", c.title());
      cited.put("paragraph", c.paragraph());
      cited.put("start", c.start());
      cited.put("end", c.end());
      cited.put("url", c.url());
      cited.put("score", Math.round(c.score() * 1000) / 1000.0);
      c.translation().ifPresent(t -> cited.put("translation", t));
      if (!c.glosses().isEmpty()) {
        ObjectNode gloss = cited.putObject("gloss");
        c.glosses().forEach(g -> gloss.put(g.quoted(), g.asked()));
      }
    }
    answer
        .closestSource()
        .ifPresent(
            s -> {
              json.put("closest_source", s.title());
              if (!s.mentions().isEmpty()) {
                s.mentions().forEach(json.putArray("closest_source_mentions")::add);
              }
            });
    answer.correctedQuestion().ifPresent(q -> json.put("corrected_question", q));
    json.put("took_ms", answer.tookMillis());
    return json;
  }
}
