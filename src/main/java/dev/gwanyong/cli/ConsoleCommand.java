package dev.gwanyong.cli;

import dev.gwanyong.answer.AnswerService;
import dev.gwanyong.answer.Answerer;
import dev.gwanyong.answer.Language;
import dev.gwanyong.answer.Phrases;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code console}: an interactive prompt, the main job when no chat tokens are configured. */
@Command(
    name = "console",
    mixinStandardHelpOptions = true,
    description = "Ask questions at an interactive prompt (empty line or Ctrl-D to quit).")
final class ConsoleCommand implements Callable<Integer> {

  /**
   * What people type to leave a prompt, besides the empty line: asked of the sources, "quit" was
   * answered with a sentence about laissez-faire. A line of one of them alone quits, in any case.
   */
  private static final Set<String> QUIT = Set.of("exit", "quit", "/exit", "/quit", ":q", "종료", "끝");

  /**
   * What people type to learn what a prompt takes; asked of the sources, "help" was refused as
   * off-topic, ":help" named the source that mentions help, and "?" had no letter to search for.
   */
  private static final Set<String> HELP = Set.of("help", "/help", ":help", "?", "도움말");

  @Mixin SharedOptions shared;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (AnswerService service = AnswerService.open(shared.load())) {
      var info = service.indexInfo();
      out.printf(
          "Gwanyong — %d sources, %d passages. Ask in Korean or English; an empty line or exit"
              + " quits.%n",
          info.sources(), info.passages());
      InputLines in = new InputLines(System.in);
      while (true) {
        out.print("? ");
        out.flush();
        InputLines.Line line = in.next();
        if (line == null
            || line.isBlank()
            || QUIT.contains(line.text().strip().toLowerCase(Locale.ROOT))) {
          return 0;
        }
        String asked = line.text().strip();
        if (HELP.contains(asked.toLowerCase(Locale.ROOT))) {
          out.printf(
              "Ask about the sources in Korean or English, for example: 쿠버네티스를 활용하는 기업 비율은? or "
                  + "Who founded Mesosphere? An empty line or exit quits.%n%n");
        } else if (line.tooLong()) {
          out.printf(
              Locale.ROOT,
              "That is longer than %,d characters; ask it in fewer words.%n%n",
              InputLines.MAX_CHARS);
        } else if (line.notUtf8()) {
          out.printf("That line is not UTF-8 text; set the terminal to UTF-8 and ask again.%n%n");
        } else if (!Answerer.hasWords(asked)) {
          out.printf("That has no letter or digit to search for; ask in words.%n%n");
        } else if (Answerer.tooLong(asked)) {
          out.printf("%s%n%n", Phrases.tooLong(asked));
        } else if (!service.asksSomething(asked)) {
          // "ok thanks" is said to the bot, which answers in kind, as it does in chat.
          out.printf("%s%n%n", Phrases.of(Language.of(asked)).remarkReply());
        } else {
          out.println(TextRenderer.render(service.ask(asked)));
        }
      }
    }
  }
}
