package dev.gwanyong.cli;

import dev.gwanyong.config.ConfigLoader;
import dev.gwanyong.config.GwanyongConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every subcommand shares: where the configuration, the corpus and the index are. */
final class SharedOptions {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Configuration file (default: config/gwanyong.yml under GWANYONG_HOME or the"
              + " installation).")
  Path config;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "Folder of source files (default: index).")
  Path corpus;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Folder of the derived index (default: data).")
  Path data;

  /** The effective configuration: flags over environment over file over defaults. */
  GwanyongConfig load() {
    return load(Map.of());
  }

  /**
   * The effective configuration with some keys set by the command itself, such as a scratch corpus.
   */
  GwanyongConfig load(Map<String, Object> overrides) {
    Map<String, Object> flags = new HashMap<>(overrides);
    if (corpus != null && !overrides.containsKey("corpus")) {
      flags.put("corpus", corpus.toString());
    }
    if (data != null && !overrides.containsKey("data")) {
      flags.put("data", data.toString());
    }
    ConfigLoader loader = new ConfigLoader(System.getenv());
    return config == null ? loader.load(flags) : loader.load(config, flags);
  }
}
