package dev.gwanyong.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line started as an operator starts it, in a separate JVM through the jar's entry
 * point ({@link Launcher}): from a folder that is not the installation, with {@code GWANYONG_HOME},
 * on an older Java, and through {@code bin/gwanyong}.
 */
class RunFromAnywhereTest {

  private static final Path INSTALLATION = Path.of("").toAbsolutePath();
  private static final Pattern RELEASE_VERSION = Pattern.compile("JAVA_VERSION=\"(?:1\\.)?(\\d+)");

  @TempDir Path elsewhere;

  /** Where a run's output goes: not the folder it runs in, which some tests list. */
  @TempDir Path outputs;

  private record Run(int code, String out, String err) {}

  private Run run(Path folder, Map<String, String> env, List<String> command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
    builder.environment().remove("GWANYONG_HOME");
    builder.environment().putAll(env);
    Path out = Files.createTempFile(outputs, "out", ".txt");
    Path err = Files.createTempFile(outputs, "err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished in time");
    return new Run(process.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
  }

  /** This JVM's java with this test's class path, starting at the jar's Main-Class. */
  private static List<String> gwanyong(String java, String... args) {
    List<String> command =
        new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
    command.add(Launcher.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  private static String currentJava() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Test
  void answersFromAFolderThatIsNotTheInstallation() throws Exception {
    Run run =
        run(
            elsewhere,
            Map.of(),
            gwanyong(currentJava(), "ask", "--data", "data", "쿠버네티스를 활용하는 기업 비율은?"));
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("78%"), run.out());
    assertTrue(
        Files.isDirectory(elsewhere.resolve("data")),
        "a relative flag is read against the working folder");
  }

  @Test
  void aHomeFromTheEnvironmentThatIsNotAFolderIsOneLine() throws Exception {
    Run run =
        run(
            elsewhere,
            Map.of("GWANYONG_HOME", elsewhere.resolve("missing").toString()),
            gwanyong(currentJava(), "ask", "쿠버네티스"));
    assertEquals(1, run.code());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(
        run.err().contains("GWANYONG_HOME") && run.err().contains("is not a folder"), run.err());
  }

  @Test
  void anOlderJavaGetsOneLineInsteadOfAStackTrace() throws Exception {
    Optional<Path> old = javaOlderThan21();
    assumeTrue(old.isPresent(), "no Java older than 21 under /usr/lib/jvm to try");
    Run run =
        run(
            elsewhere,
            Map.of(),
            gwanyong(old.get().resolve("bin/java").toString(), "ask", "쿠버네티스"));
    assertEquals(1, run.code());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(
        run.err().startsWith("Gwanyong needs Java 21 or newer, but this is Java "), run.err());
    assertTrue(!run.err().contains("UnsupportedClassVersionError"), run.err());
  }

  @Test
  void theLauncherScriptFindsAJava21EvenWhenThePathHasAnOlderOne() throws Exception {
    Optional<Path> old = javaOlderThan21();
    assumeTrue(old.isPresent(), "no Java older than 21 under /usr/lib/jvm to put first");
    assumeTrue(
        Files.exists(INSTALLATION.resolve("target/gwanyong.jar")),
        "the jar is built by `mvn package`");
    Map<String, String> env =
        Map.of(
            "JAVA_HOME", old.get().toString(), "PATH", old.get().resolve("bin") + ":/usr/bin:/bin");
    Run run =
        run(elsewhere, env, List.of(INSTALLATION.resolve("bin/gwanyong").toString(), "--version"));
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("gwanyong "), run.out());
  }

  @Test
  void theLauncherKeepsJvmMessagesAboutABadClassDataArchiveOutOfTheAnswer() throws Exception {
    assumeTrue(
        Files.exists(INSTALLATION.resolve("target/gwanyong.jar")),
        "the jar is built by `mvn package`");
    Path install = installedElsewhere();
    // Newer than the jar, so the launcher passes it on; the JVM finds it is no archive and says so.
    Files.writeString(install.resolve("lib/gwanyong.jsa"), "not an archive", UTF_8);

    Run run = answeredThroughLauncher(install);
    assertTrue(
        run.err().contains("gwanyong.jsa"),
        "the JVM's complaint went to standard error: " + run.err());
  }

  @Test
  void onJava25TheLauncherPassesTheAheadOfTimeCacheAndKeepsTheJvmsMessagesAboutItOutOfTheAnswer()
      throws Exception {
    assumeTrue(
        Files.exists(INSTALLATION.resolve("target/gwanyong.jar")),
        "the jar is built by `mvn package`");
    assumeTrue(Runtime.version().feature() >= 25, "the ahead-of-time cache needs Java 25");
    Path install = installedElsewhere();
    // Newer than the jar, so the launcher passes it on, before any class-data archive; the JVM
    // finds it is no cache.
    Files.writeString(install.resolve("lib/gwanyong.aot"), "not a cache", UTF_8);
    Files.writeString(install.resolve("lib/gwanyong.jsa"), "not an archive", UTF_8);

    Run run = answeredThroughLauncher(install);
    assertTrue(
        run.err().contains("AOT cache"),
        "the JVM's complaint went to standard error: " + run.err());
    assertFalse(
        run.err().contains("gwanyong.jsa"),
        "and the class-data archive was not passed too: " + run.err());
  }

  /**
   * A question asked through an installation's launcher, which must answer it whatever the JVM says
   * beside.
   */
  private Run answeredThroughLauncher(Path install) throws Exception {
    Run run =
        run(
            elsewhere,
            Map.of("JAVA_HOME", System.getProperty("java.home")),
            List.of(
                install.resolve("bin/gwanyong").toString(),
                "ask",
                "--json",
                "--data",
                "data",
                "쿠버네티스를 활용하는 기업 비율은?"));
    assertEquals(0, run.code(), run.err());
    JsonNode answer = new ObjectMapper().readTree(run.out());
    assertEquals("answered", answer.path("status").asText(), run.out());
    return run;
  }

  /** The launcher and the built jar installed in another folder, the jar an hour old. */
  private Path installedElsewhere() throws IOException {
    Path install = elsewhere.resolve("install");
    Files.createDirectories(install.resolve("lib"));
    for (String folder : List.of("bin", "config", "index")) {
      copyTree(INSTALLATION.resolve(folder), install.resolve(folder));
    }
    Path jar =
        Files.copy(
            INSTALLATION.resolve("target/gwanyong.jar"), install.resolve("lib/gwanyong.jar"));
    Files.setLastModifiedTime(
        jar, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
    return install;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  static Optional<Path> javaOlderThan21() throws IOException {
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    try (Stream<Path> homes = Files.list(jvms)) {
      for (Path home : homes.sorted().toList()) {
        Path release = home.resolve("release");
        if (Files.isRegularFile(release) && Files.isExecutable(home.resolve("bin/java"))) {
          Matcher version = RELEASE_VERSION.matcher(Files.readString(release, UTF_8));
          if (version.find() && Integer.parseInt(version.group(1)) < 21) {
            return Optional.of(home);
          }
        }
      }
    }
    return Optional.empty();
  }
}
