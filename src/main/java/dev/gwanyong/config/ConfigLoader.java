package dev.gwanyong.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The one loader of configuration. Precedence: flag &gt; environment &gt; file &gt; default.
 * Unknown keys and wrong values are rejected with a message that names the key, so a typo never
 * silently falls back to a default.
 *
 * <p>Relative paths become absolute here, so nothing later depends on the working folder: a flag's
 * against the working folder (as the shell user typed it), a file's against the {@link Home} when
 * the file lies inside it and against the file's own folder otherwise, and the environment's and
 * the defaults' against the home.
 */
public final class ConfigLoader {

  private static final Set<String> KEYS =
      Set.of(
          "corpus",
          "data",
          "analysis",
          "lexicon",
          "logs",
          "answer.max_citations",
          "answer.max_risk",
          "answer.model",
          "answer.link_base",
          "slack.mode",
          "slack.port",
          "slack.api_url",
          "slack.qa_channels",
          "discord.api_url",
          "discord.gateway_url",
          "discord.qa_channels",
          "discord.guilds",
          "moderators.slack_users",
          "moderators.slack_groups",
          "moderators.discord_users",
          "moderators.discord_roles",
          "moderation.max_source_kib",
          "moderation.fetch_timeout_seconds",
          "moderation.max_redirects",
          "moderation.allow_private_urls",
          "management.host",
          "management.port");

  /** The risk budget kept the short name it was documented with before every key had a variable. */
  private static final String MAX_RISK_VARIABLE = "GWANYONG_MAX_RISK";

  private final Map<String, String> environment;
  private final Home home;

  /**
   * @throws ConfigException when {@code GWANYONG_HOME} is set to something that is not a folder
   */
  public ConfigLoader(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
    this.home = Home.locate(environment);
  }

  /**
   * Every key with the environment variable that sets it: {@code GWANYONG_} and the key in capitals
   * with dots as underscores ({@code slack.qa_channels} is {@code GWANYONG_SLACK_QA_CHANNELS}),
   * except {@code answer.max_risk}, which is {@code GWANYONG_MAX_RISK}. Lists are comma-separated.
   */
  public static SortedMap<String, String> environmentVariables() {
    SortedMap<String, String> variables = new TreeMap<>();
    for (String key : KEYS) {
      variables.put(
          key,
          key.equals("answer.max_risk")
              ? MAX_RISK_VARIABLE
              : "GWANYONG_" + key.toUpperCase(Locale.ROOT).replace('.', '_'));
    }
    return variables;
  }

  /**
   * Loads the home's {@code config/gwanyong.yml} (all defaults when there is none), then the
   * environment, then the flags, given as dotted keys such as {@code corpus}.
   *
   * @throws ConfigException naming the key or file that is wrong
   */
  public GwanyongConfig load(Map<String, Object> flags) {
    Path file = home.configFile();
    return load(Files.exists(file) ? Optional.of(file) : Optional.empty(), flags);
  }

  /**
   * As {@link #load(Map)}, from a file the operator named, which must exist.
   *
   * @throws ConfigException naming the key or file that is wrong
   */
  public GwanyongConfig load(Path file, Map<String, Object> flags) {
    if (!Files.exists(file)) {
      throw new ConfigException("configuration file " + file + " does not exist");
    }
    return load(Optional.of(file), flags);
  }

  private GwanyongConfig load(Optional<Path> file, Map<String, Object> flags) {
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, Path> bases = new HashMap<>();
    file.ifPresent(
        f -> {
          Map<String, Object> read = new LinkedHashMap<>();
          flatten("", readYaml(f), read, f);
          Path absolute = f.toAbsolutePath().normalize();
          Path base = absolute.startsWith(home.folder()) ? home.folder() : absolute.getParent();
          read.keySet().forEach(key -> bases.put(key, base));
          values.putAll(read);
        });
    environmentVariables()
        .forEach(
            (key, variable) -> {
              String value = environment.get(variable);
              if (value != null && !value.isBlank()) {
                values.put(key, value.strip());
                bases.put(key, home.folder());
              }
            });
    values.putAll(flags);
    flags.keySet().forEach(key -> bases.put(key, Path.of("").toAbsolutePath()));
    return build(new Values(values, bases, home.folder()));
  }

  private static Map<?, ?> readYaml(Path file) {
    if (Files.isDirectory(file)) {
      throw new ConfigException("configuration file " + file + " is a folder, not a file");
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      // A key written twice is a mistake to name: SnakeYAML would keep the last, and the first,
      // perhaps the one edited, would silently do nothing.
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      Object root = new Yaml(new SafeConstructor(options)).load(reader);
      if (root == null) {
        return Map.of();
      }
      if (!(root instanceof Map<?, ?> map)) {
        throw new ConfigException(file + " must be a mapping of keys to values");
      }
      return map;
    } catch (MarkedYAMLException e) {
      throw new ConfigException("cannot read " + file + ": " + oneLine(e));
    } catch (YAMLException e) {
      // SnakeYAML reads lazily and wraps what the reader throws; its message would be the decoder's
      // "Input length = 1".
      boolean notUtf8 = e.getCause() instanceof CharacterCodingException;
      throw new ConfigException(
          "cannot read "
              + file
              + ": "
              + (notUtf8 ? "not UTF-8 text; save it as UTF-8" : e.getMessage()));
    } catch (IOException e) {
      throw new ConfigException("cannot read " + file + ": " + e.getMessage());
    }
  }

  /**
   * SnakeYAML's message spans several lines, quoting the file around the mistake; the command line
   * shows one line, so this keeps the place, and what SnakeYAML was doing ("while scanning…") and
   * found there.
   */
  private static String oneLine(MarkedYAMLException e) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    String where =
        mark == null
            ? ""
            : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": ";
    String what =
        Stream.of(e.getContext(), e.getProblem())
            .filter(Objects::nonNull)
            .collect(Collectors.joining(", "));
    return where + what.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  private static void flatten(String prefix, Map<?, ?> map, Map<String, Object> into, Path file) {
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = prefix + entry.getKey();
      if (entry.getValue() instanceof Map<?, ?> nested && KEYS.contains(key)) {
        throw new ConfigException(
            "'" + key + "' in " + file + " takes one value, not a mapping: " + nested);
      } else if (entry.getValue() instanceof Map<?, ?> nested) {
        flatten(key + ".", nested, into, file);
      } else if (!sectionKeys(key).isEmpty()) {
        // A section with all its keys commented out reads as null: nothing set there, so its
        // defaults, as in an empty file. Anything else in a section's place is a mistake to name,
        // not an unknown key.
        if (entry.getValue() != null) {
          throw new ConfigException(
              "'"
                  + key
                  + "' in "
                  + file
                  + " is a section: it must be a mapping of keys ("
                  + String.join(", ", sectionKeys(key))
                  + "), was '"
                  + entry.getValue()
                  + "'");
        }
      } else if (key.equals("answer.min_confidence")) {
        throw new ConfigException(
            "answer.min_confidence in "
                + file
                + " was replaced by answer.max_risk, a risk budget such as 0.03 (see"
                + " docs/answering.md)");
      } else if (!KEYS.contains(key)) {
        throw new ConfigException(
            "unknown key '"
                + key
                + "' in "
                + file
                + "; known keys: "
                + String.join(", ", new TreeSet<>(KEYS)));
      } else if (entry.getValue() != null) {
        into.put(key, entry.getValue());
      }
    }
  }

  /**
   * The keys under a section such as {@code slack}, in order; empty when {@code key} is not a
   * section.
   */
  private static SortedSet<String> sectionKeys(String key) {
    return KEYS.stream()
        .filter(k -> k.startsWith(key + "."))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private GwanyongConfig build(Values v) {
    try {
      return new GwanyongConfig(
          v.path("corpus", "index"),
          v.path("data", "data"),
          v.path("analysis", "config/analysis"),
          v.path("lexicon", "config/lexicon"),
          v.path("logs", "logs"),
          new GwanyongConfig.AnswerConfig(
              v.integer("answer.max_citations", 3),
              v.decimal("answer.max_risk", AnswerDefaults.MAX_RISK),
              v.path("answer.model", "config/answer-model.json"),
              v.text("answer.link_base", "")),
          new GwanyongConfig.SlackConfig(
              v.text("slack.mode", "socket"),
              v.integer("slack.port", 3000),
              v.uri("slack.api_url").orElse(URI.create("https://slack.com/api/")),
              v.list("slack.qa_channels")),
          new GwanyongConfig.DiscordConfig(
              v.uri("discord.api_url"),
              v.uri("discord.gateway_url"),
              v.list("discord.qa_channels"),
              v.list("discord.guilds")),
          new GwanyongConfig.Moderators(
              v.list("moderators.slack_users"),
              v.list("moderators.slack_groups"),
              v.list("moderators.discord_users"),
              v.list("moderators.discord_roles")),
          new GwanyongConfig.Moderation(
              v.integer(
                  "moderation.max_source_kib", GwanyongConfig.Moderation.defaults().maxSourceKib()),
              v.integer(
                  "moderation.fetch_timeout_seconds",
                  GwanyongConfig.Moderation.defaults().fetchTimeoutSeconds()),
              v.integer(
                  "moderation.max_redirects", GwanyongConfig.Moderation.defaults().maxRedirects()),
              v.bool("moderation.allow_private_urls", false)),
          new GwanyongConfig.Management(
              v.text("management.host", "0.0.0.0"), v.integer("management.port", 9400)));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  private static List<String> csv(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * Typed access to the merged values, with messages that name the key; {@code bases} says where
   * each came from.
   */
  private record Values(Map<String, Object> map, Map<String, Path> bases, Path home) {

    Path path(String key, String fallback) {
      String value = text(key, fallback);
      try {
        return bases.getOrDefault(key, home).resolve(value).normalize();
      } catch (java.nio.file.InvalidPathException e) {
        throw new ConfigException(key + " is not a valid path: '" + value + "'");
      }
    }

    String text(String key, String fallback) {
      Object value = map.get(key);
      if (value instanceof List<?> items) {
        // Read as text, [a, b] would become a folder or a host named "[a, b]".
        throw new ConfigException(key + " takes one value, not a list: " + items);
      }
      return value == null ? fallback : value.toString().strip();
    }

    int integer(String key, int fallback) {
      String value = text(key, Integer.toString(fallback));
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new ConfigException(key + " must be a whole number, was '" + value + "'");
      }
    }

    double decimal(String key, double fallback) {
      String value = text(key, Double.toString(fallback));
      try {
        return Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw new ConfigException(key + " must be a number, was '" + value + "'");
      }
    }

    boolean bool(String key, boolean fallback) {
      String value = text(key, Boolean.toString(fallback)).toLowerCase(Locale.ROOT);
      return switch (value) {
        case "true", "yes", "on" -> true;
        case "false", "no", "off" -> false;
        default -> throw new ConfigException(key + " must be true or false, was '" + value + "'");
      };
    }

    Optional<URI> uri(String key) {
      String value = text(key, "");
      if (value.isEmpty()) {
        return Optional.empty();
      }
      try {
        URI uri = new URI(value);
        if (!"http".equals(uri.getScheme())
            && !"https".equals(uri.getScheme())
            && !"ws".equals(uri.getScheme())
            && !"wss".equals(uri.getScheme())) {
          throw new ConfigException(key + " must be an http(s) or ws(s) URL, was '" + value + "'");
        }
        return Optional.of(uri);
      } catch (java.net.URISyntaxException e) {
        throw new ConfigException(key + " is not a valid URL: '" + value + "'");
      }
    }

    List<String> list(String key) {
      Object value = map.get(key);
      if (value == null) {
        return List.of();
      }
      if (value instanceof List<?> items) {
        if (items.stream().anyMatch(item -> item instanceof List<?> || item instanceof Map<?, ?>)) {
          throw new ConfigException(
              key + " must be a list of ids, not of lists or mappings: " + items);
        }
        return items.stream()
            .map(item -> String.valueOf(item).strip())
            .filter(s -> !s.isEmpty())
            .toList();
      }
      return csv(value.toString());
    }
  }
}
