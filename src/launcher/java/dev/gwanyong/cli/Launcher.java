package dev.gwanyong.cli;

import java.lang.reflect.InvocationTargetException;

/**
 * The jar's entry point. It is compiled for Java 8, apart from the rest, so that an older Java can
 * load it and say in one line which Java Gwanyong needs, instead of failing with {@code
 * UnsupportedClassVersionError} on {@link Main}. {@code Main} is reached by name, because this
 * class cannot be compiled against classes built for Java 21.
 */
public final class Launcher {

  /** Lucene 10 needs Java 21. */
  static final int REQUIRED_JAVA = 21;

  private Launcher() {}

  public static void main(String[] args) throws Throwable {
    String version = System.getProperty("java.specification.version", "0");
    if (major(version) < REQUIRED_JAVA) {
      System.err.println(
          "Gwanyong needs Java "
              + REQUIRED_JAVA
              + " or newer, but this is Java "
              + version
              + " ("
              + System.getProperty("java.home")
              + "); set JAVA_HOME to a JDK "
              + REQUIRED_JAVA
              + "+ or start it with bin/gwanyong, which finds one.");
      System.exit(1);
    }
    try {
      Class.forName("dev.gwanyong.cli.Main")
          .getMethod("main", String[].class)
          .invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** "1.8" is Java 8; from 9 on the specification version is the major version itself. */
  static int major(String version) {
    String major = version.startsWith("1.") ? version.substring(2) : version;
    int dot = major.indexOf('.');
    try {
      return Integer.parseInt(dot < 0 ? major : major.substring(0, dot));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
