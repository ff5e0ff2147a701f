package dev.gwanyong.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gwanyong.answer.AnswerService;
import dev.gwanyong.answer.Answerer;
import dev.gwanyong.answer.Phrases;
import dev.gwanyong.corpus.JsonLines;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ask}: answers one question, or a stream of JSON lines with {@code --jsonl}. */
@Command(
    name = "ask",
    mixinStandardHelpOptions = true,
    description = "Answer a question with cited quotes, or say the sources don't cover it.")
final class AskCommand implements Callable<Integer> {

  @Mixin SharedOptions shared;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "Print the answer as one JSON object.")
  boolean json;

  @Option(
      names = "--jsonl",
      description =
          "Read JSON lines with at least \"q\" from standard input; write one answer object a"
              + " line.")
  boolean jsonl;

  @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question (quote it).")
  List<String> words = List.of();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (jsonl) {
      if (!words.isEmpty() || json) {
        throw new ParameterException(
            spec.commandLine(), "--jsonl reads questions from standard input only");
      }
      try (AnswerService service = AnswerService.open(shared.load())) {
        return batch(service, out);
      }
    }
    String question = String.join(" ", words).strip();
    if (!Answerer.hasWords(question)) {
      throw new ParameterException(
          spec.commandLine(), "ask needs a question, for example: ask \"쿠버네티스를 활용하는 기업 비율은?\"");
    }
    if (Answerer.tooLong(question)) {
      throw new ParameterException(spec.commandLine(), Phrases.tooLong(question));
    }
    try (AnswerService service = AnswerService.open(shared.load())) {
      if (!service.asksSomething(question)) {
        throw new ParameterException(
            spec.commandLine(),
            "\""
                + question
                + "\" asks nothing to look up; ask a question, for example: ask"
                + " \"쿠버네티스를 활용하는 기업 비율은?\"");
      }
      var answer = service.ask(question);
      out.print(json ? AnswerJson.of(answer) + "\n" : TextRenderer.render(answer));
    }
    return 0;
  }

  /** Answers each line in order; a malformed line gets an error object and the batch goes on. */
  private int batch(AnswerService service, PrintWriter out) throws IOException {
    InputLines in = new InputLines(System.in);
    int failures = 0;
    int lineNumber = 0;
    for (InputLines.Line line = in.next(); line != null; line = in.next()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      ObjectNode result;
      Optional<JsonNode> id = Optional.empty();
      try {
        if (line.tooLong()) {
          throw new IllegalArgumentException(
              String.format(
                  Locale.ROOT, "longer than %,d characters; skipped", InputLines.MAX_CHARS));
        }
        if (line.notUtf8()) {
          throw new IllegalArgumentException("not UTF-8 text; save the questions as UTF-8");
        }
        JsonNode request = JsonLines.object(line.text());
        id = Optional.ofNullable(request.get("id"));
        String q =
            JsonLines.text(request, "q")
                .orElseThrow(() -> new IllegalArgumentException("needs a text field \"q\""));
        if (q.isBlank()) {
          // As `ask ""` is a usage mistake: answered, it counted as a refusal of a question nobody
          // asked.
          throw new IllegalArgumentException("\"q\" is empty");
        }
        if (!Answerer.hasWords(q)) {
          throw new IllegalArgumentException("\"q\" has no letter or digit to search for");
        }
        String asked = q.strip();
        if (Answerer.tooLong(asked)) {
          throw new IllegalArgumentException(
              String.format(
                  Locale.ROOT,
                  "\"q\" is %,d characters long; a question may have %,d",
                  asked.length(),
                  Answerer.MAX_QUESTION_CHARS));
        }
        if (!service.asksSomething(asked)) {
          throw new IllegalArgumentException(
              "\"q\" asks nothing to look up (ok, thanks and lone letters are not searched)");
        }
        result = AnswerJson.of(service.ask(q));
        Iterator<Map.Entry<String, JsonNode>> fields = request.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> field = fields.next();
          if (!field.getKey().equals("q") && !result.has(field.getKey())) {
            result.set(field.getKey(), field.getValue());
          }
        }
      } catch (IllegalArgumentException e) {
        failures++;
        ObjectNode error = AnswerJson.MAPPER.createObjectNode();
        error.put("line", lineNumber);
        id.ifPresent(
            given ->
                error.set(
                    "id", given)); // the caller matches answers to questions by id, errors too
        error.put("error", e.getMessage());
        result = error;
      }
      out.println(result);
      out.flush();
    }
    return failures == 0 ? 0 : 1;
  }
}
