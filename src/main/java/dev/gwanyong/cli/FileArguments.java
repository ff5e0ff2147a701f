package dev.gwanyong.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks of the files that commands are given to read or write, made before any work starts. */
final class FileArguments {

  private FileArguments() {}

  static void requireFile(CommandSpec spec, Path file) {
    if (Files.isDirectory(file)) {
      throw new ParameterException(spec.commandLine(), file + " is a folder, not a file");
    }
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(
          spec.commandLine(),
          Files.exists(file)
              ? file
                  + " is not a regular file (a device or a pipe): save what it holds to a file"
                  + " first"
              : "no such file: " + file);
    }
  }

  /** Fails before a long run, not after it, when its output cannot be written where asked. */
  static void requireWritable(CommandSpec spec, Path file) {
    Path folder = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new ParameterException(
          spec.commandLine(), "cannot write " + file + ": cannot make the folder " + folder);
    }
    if (!Files.isWritable(folder) || Files.isDirectory(file)) {
      throw new ParameterException(spec.commandLine(), "cannot write " + file);
    }
  }
}
