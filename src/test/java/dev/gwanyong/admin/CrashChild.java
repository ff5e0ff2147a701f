package dev.gwanyong.admin;

import dev.gwanyong.answer.AnswerService;
import java.nio.file.Path;
import java.util.Map;

/**
 * A child process for {@link CrashSafetyTest}: opens the corpus under a root folder and adds
 * sources (mode {@code add}) or rebuilds the index (mode {@code rebuild}) in a loop, printing a
 * line before each step, until it is killed.
 */
public final class CrashChild {

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    Path root = Path.of(args[1]);
    var config = Fixture.config(root, Map.of());
    try (AnswerService answers = AnswerService.open(config);
        ModerationService moderation = ModerationService.open(config, answers.store())) {
      Actor operator = Actor.cli("crash-test");
      System.out.println("ready");
      for (int i = 0; ; i++) {
        if (mode.equals("add")) {
          String id = "crash-" + ProcessHandle.current().pid() + "-" + i;
          System.out.println("step " + i + " add " + id);
          ModerationResult result =
              moderation.add(
                  operator, new SourceInput.Text(CrashSafetyTest.text(id)), SourceFields.ofId(id));
          System.out.println("done " + i + " " + result.succeeded());
        } else {
          System.out.println("step " + i + " rebuild");
          ModerationResult result = moderation.rebuild(operator);
          System.out.println("done " + i + " " + result.succeeded());
        }
        System.out.flush();
      }
    }
  }

  private CrashChild() {}
}
