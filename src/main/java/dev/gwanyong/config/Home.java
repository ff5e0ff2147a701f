package dev.gwanyong.config;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The folder that holds {@code config/gwanyong.yml} and the folders it names, against which
 * relative paths from the configuration file, the environment and the defaults are read, so the jar
 * answers the same from any working folder. It is {@code GWANYONG_HOME} when set, otherwise the
 * installation the code was loaded from (the nearest of the jar's or classes' folder and the two
 * above it that holds {@code config/gwanyong.yml}: {@code target/} of a checkout, {@code lib/} or
 * the root of an unpacked release), otherwise the working folder.
 *
 * @param folder an absolute, normalised folder
 */
public record Home(Path folder) {

  /** The environment variable that names the home. */
  public static final String VARIABLE = "GWANYONG_HOME";

  private static final Path CONFIG_FILE = Path.of("config", "gwanyong.yml");

  /** {@code target/classes} sits two levels under a checkout's root; a jar one or two. */
  private static final int LEVELS_ABOVE_CODE = 2;

  public Home {
    folder = folder.toAbsolutePath().normalize();
  }

  /**
   * Finds the home for this process.
   *
   * @throws ConfigException when {@code GWANYONG_HOME} names something that is not a folder
   */
  public static Home locate(Map<String, String> environment) {
    return locate(environment, codeLocation());
  }

  static Home locate(Map<String, String> environment, Optional<Path> code) {
    String named = environment.get(VARIABLE);
    if (named != null && !named.isBlank()) {
      Path folder = Path.of(named.strip());
      if (!Files.isDirectory(folder)) {
        throw new ConfigException(VARIABLE + "=" + named.strip() + " is not a folder");
      }
      return new Home(folder);
    }
    return code.flatMap(Home::installation).orElseGet(() -> new Home(Path.of("")));
  }

  /**
   * {@code config/gwanyong.yml} under the home; it may not exist, and then every key has its
   * default.
   */
  public Path configFile() {
    return folder.resolve(CONFIG_FILE);
  }

  /** A path as written, read against the home when it is relative. */
  public Path resolve(String path) {
    return folder.resolve(path).normalize();
  }

  private static Optional<Home> installation(Path code) {
    Path folder = Files.isDirectory(code) ? code : code.getParent();
    for (int level = 0;
        folder != null && level <= LEVELS_ABOVE_CODE;
        level++, folder = folder.getParent()) {
      if (Files.isRegularFile(folder.resolve(CONFIG_FILE))) {
        return Optional.of(new Home(folder));
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> codeLocation() {
    try {
      var source = Home.class.getProtectionDomain().getCodeSource();
      return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      // Loaded from somewhere that is not a file: only GWANYONG_HOME or the working folder.
      return Optional.empty();
    }
  }
}
