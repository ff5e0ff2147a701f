package dev.gwanyong.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of the command line in this JVM, captured: exit code, standard output and standard error.
 */
record CliRun(int code, String out, String err) {

  String firstErrorLine() {
    return err.lines().findFirst().orElse("");
  }

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }

  /** A run that reads {@code input} as its standard input. */
  static CliRun withInput(byte[] input, String... args) {
    InputStream original = System.in;
    try {
      System.setIn(new ByteArrayInputStream(input));
      return of(args);
    } finally {
      System.setIn(original);
    }
  }

  static CliRun withInput(String input, String... args) {
    return withInput(input.getBytes(StandardCharsets.UTF_8), args);
  }

  /** A run with {@code --config FILE} after the given arguments. */
  static CliRun withConfig(Path config, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--config");
    all.add(config.toString());
    return of(all.toArray(String[]::new));
  }
}
