package dev.gwanyong.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigLoaderTest {

  @TempDir Path dir;

  private Path file(String yaml) throws IOException {
    return Files.writeString(Files.createTempFile(dir, "gwanyong", ".yml"), yaml);
  }

  private static GwanyongConfig load(Map<String, String> env, Path file, Map<String, Object> flags) {
    return new ConfigLoader(env).load(file, flags);
  }

  private static String rejection(Map<String, String> env, Path file) {
    return assertThrows(ConfigException.class, () -> load(env, file, Map.of())).getMessage();
  }

  @Test
  void flagBeatsEnvironmentBeatsFileBeatsDefault() throws IOException {
    Path empty = file("");
    Path file = file("slack:\n  port: 4000\n  api_url: http://file.example/api/\ncorpus: from-file\n");
    Map<String, String> env = Map.of("GWANYONG_SLACK_PORT", "5000", "GWANYONG_SLACK_API_URL", "http://env.example/");

    assertEquals(3000, load(Map.of(), empty, Map.of()).slack().port());
    assertEquals(4000, load(Map.of(), file, Map.of()).slack().port());
    assertEquals(5000, load(env, file, Map.of()).slack().port());
    assertEquals(6000, load(env, file, Map.of("slack.port", "6000")).slack().port());

    assertEquals(URI.create("https://slack.com/api/"), load(Map.of(), empty, Map.of()).slack().apiUrl());
    assertEquals(URI.create("http://file.example/api/"), load(Map.of(), file, Map.of()).slack().apiUrl());
    assertEquals(URI.create("http://env.example/"), load(env, file, Map.of()).slack().apiUrl());

    assertEquals(Path.of("index"), load(Map.of(), empty, Map.of()).corpus());
    assertEquals(Path.of("from-file"), load(env, file, Map.of()).corpus());
    assertEquals(Path.of("from-flag"), load(env, file, Map.of("corpus", "from-flag")).corpus());
  }

  @Test
  void defaultsWithoutAFile() {
    GwanyongConfig config = load(Map.of(), ConfigLoader.DEFAULT_FILE, Map.of("data", dir.toString()));
    assertEquals(dir, config.data());
    assertEquals(Path.of("config", "analysis"), config.analysis());
    assertEquals(3, config.answer().maxCitations());
    assertEquals(Optional.empty(), config.discord().apiUrl());
  }

  @Test
  void blankEnvironmentValuesAreIgnored() throws IOException {
    Path file = file("slack:\n  port: 4000\n");
    assertEquals(4000, load(Map.of("GWANYONG_SLACK_PORT", "  "), file, Map.of()).slack().port());
  }

  @Test
  void channelListsFromFileAndEnvironmentAreMerged() throws IOException {
    Path file = file("discord:\n  qa_channels: [\"111\", \"222\"]\n");
    GwanyongConfig config = load(Map.of("GWANYONG_DISCORD_QA_CHANNELS", "222, 333"), file, Map.of());
    assertEquals(List.of("111", "222", "333"), config.discord().qaChannels());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "slak:\\n  port: 1 | slak.port",
        "answer:\\n  max_citatons: 3 | answer.max_citatons",
        "corpus_dir: x | corpus_dir",
        "answer: 3 | answer"
      })
  void unknownKeysAreRejectedByName(String yaml, String key) throws IOException {
    String message = rejection(Map.of(), file(yaml.replace("\\n", "\n")));
    assertTrue(message.contains("'" + key + "'"), message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "slack:\\n  port: three | slack.port",
        "answer:\\n  max_citations: 2.5 | answer.max_citations",
        "answer:\\n  max_risk: high | answer.max_risk",
        "answer:\\n  max_citations: 0 | answer.max_citations",
        "answer:\\n  max_risk: 1.5 | answer.max_risk",
        "answer:\\n  min_confidence: 0.5 | answer.max_risk",
        "slack:\\n  port: 70000 | slack.port",
        "slack:\\n  mode: carrier-pigeon | slack.mode",
        "slack:\\n  api_url: ftp://example.org/ | slack.api_url",
        "slack:\\n  api_url: http://bad url/ | slack.api_url",
        "discord:\\n  gateway_url: gateway.example | discord.gateway_url"
      })
  void badValuesAreRejectedNamingTheKey(String yaml, String key) throws IOException {
    String message = rejection(Map.of(), file(yaml.replace("\\n", "\n")));
    assertTrue(message.contains(key), message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", ".nan"})
  void notANumberIsRejected(String value) throws IOException {
    String message = rejection(Map.of(), file("answer:\n  max_risk: " + value + "\n"));
    assertTrue(message.contains("answer.max_risk"), message);
  }

  @Test
  void badEnvironmentValuesNameTheKey() throws IOException {
    Path empty = file("");
    assertTrue(rejection(Map.of("GWANYONG_SLACK_PORT", "lots"), empty).contains("slack.port"));
    assertTrue(rejection(Map.of("GWANYONG_MAX_RISK", "2"), empty).contains("answer.max_risk"));
    assertTrue(rejection(Map.of("GWANYONG_DISCORD_API_URL", "not a url"), empty).contains("discord.api_url"));
  }

  @Test
  void unreadableFilesAreRejectedNamingTheFile() throws IOException {
    Path missing = dir.resolve("missing.yml");
    assertTrue(rejection(Map.of(), missing).contains(missing.toString()));
    Path list = file("- just\n- a list\n");
    assertTrue(rejection(Map.of(), list).contains(list.toString()));
    Path broken = file("answer: [unclosed\n");
    assertTrue(rejection(Map.of(), broken).contains(broken.toString()));
  }
}
