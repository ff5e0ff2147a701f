package dev.gwanyong.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks shared by the benchmark commands. */
final class BenchInputs {

  private BenchInputs() {}

  static void requireFile(CommandSpec spec, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), "no such file: " + file);
    }
  }
}
