package dev.gwanyong.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

  private static GwanyongConfig load(
      Map<String, String> env, Path file, Map<String, Object> flags) {
    return new ConfigLoader(env).load(file, flags);
  }

  private static String rejection(Map<String, String> env, Path file) {
    return assertThrows(ConfigException.class, () -> load(env, file, Map.of())).getMessage();
  }

  @Test
  void flagBeatsEnvironmentBeatsFileBeatsDefault() throws IOException {
    Path empty = file("");
    Path file =
        file("slack:\n  port: 4000\n  api_url: http://file.example/api/\ncorpus: from-file\n");
    Map<String, String> env =
        Map.of("GWANYONG_SLACK_PORT", "5000", "GWANYONG_SLACK_API_URL", "http://env.example/");

    assertEquals(3000, load(Map.of(), empty, Map.of()).slack().port());
    assertEquals(4000, load(Map.of(), file, Map.of()).slack().port());
    assertEquals(5000, load(env, file, Map.of()).slack().port());
    assertEquals(6000, load(env, file, Map.of("slack.port", "6000")).slack().port());

    assertEquals(
        URI.create("https://slack.com/api/"), load(Map.of(), empty, Map.of()).slack().apiUrl());
    assertEquals(
        URI.create("http://file.example/api/"), load(Map.of(), file, Map.of()).slack().apiUrl());
    assertEquals(URI.create("http://env.example/"), load(env, file, Map.of()).slack().apiUrl());

    // The tests run from the checkout, which is also the installation the classes were loaded from.
    Path installation = Path.of("").toAbsolutePath();
    assertEquals(installation.resolve("index"), load(Map.of(), empty, Map.of()).corpus());
    assertEquals(
        dir.resolve("from-file"),
        load(env, file, Map.of()).corpus(),
        "relative to a file outside the home");
    assertEquals(
        installation.resolve("from-flag"),
        load(env, file, Map.of("corpus", "from-flag")).corpus(),
        "as typed");
  }

  @Test
  void defaultsWithoutAFile() {
    GwanyongConfig config =
        new ConfigLoader(Map.of(Home.VARIABLE, dir.toString()))
            .load(Map.of("data", dir.resolve("d").toString()));
    assertEquals(dir.resolve("d"), config.data());
    assertEquals(
        dir.resolve("config/analysis"), config.analysis(), "defaults are read against the home");
    assertEquals(3, config.answer().maxCitations());
    assertEquals(Optional.empty(), config.discord().apiUrl());
  }

  @Test
  void relativePathsAreReadAgainstTheHomeFromAnyWorkingFolder() throws IOException {
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.createDirectories(home.resolve("config"));
    Files.writeString(
        home.resolve("config/gwanyong.yml"), "corpus: sources\nlogs: /var/log/gwanyong\n");
    Map<String, String> env = Map.of(Home.VARIABLE, home.toString());

    GwanyongConfig config = new ConfigLoader(env).load(Map.of());
    assertEquals(home.resolve("sources"), config.corpus(), "from the home's own file");
    assertEquals(Path.of("/var/log/gwanyong"), config.logs(), "absolute paths stay as written");
    assertEquals(home.resolve("config/answer-model.json"), config.answer().model(), "a default");
    assertEquals(
        home.resolve("config/answer-model.json"),
        new ConfigLoader(env).load(home.resolve("config/gwanyong.yml"), Map.of()).answer().model(),
        "the same file named with --config");
  }

  @Test
  void aHomeThatIsNotAFolderIsNamed() {
    String message =
        assertThrows(
                ConfigException.class,
                () -> new ConfigLoader(Map.of(Home.VARIABLE, dir + "/nowhere")))
            .getMessage();
    assertTrue(message.contains("GWANYONG_HOME") && message.contains("nowhere"), message);
  }

  @Test
  void theInstallationIsFoundAboveTheJarOrTheClasses() throws IOException {
    Path install = Files.createDirectories(dir.resolve("opt/gwanyong"));
    Files.createDirectories(install.resolve("config"));
    Files.writeString(install.resolve("config/gwanyong.yml"), "");
    Path jar =
        Files.writeString(
            Files.createDirectories(install.resolve("lib")).resolve("gwanyong.jar"), "");
    Path classes = Files.createDirectories(install.resolve("target/classes"));

    assertEquals(install, Home.locate(Map.of(), Optional.of(jar)).folder());
    assertEquals(install, Home.locate(Map.of(), Optional.of(classes)).folder());
    assertEquals(
        Path.of("").toAbsolutePath(),
        Home.locate(Map.of(), Optional.of(dir.resolve("elsewhere.jar"))).folder(),
        "no installation: the working folder");
  }

  @Test
  void blankEnvironmentValuesAreIgnored() throws IOException {
    Path file = file("slack:\n  port: 4000\n");
    assertEquals(4000, load(Map.of("GWANYONG_SLACK_PORT", "  "), file, Map.of()).slack().port());
  }

  @Test
  void aChannelListFromTheEnvironmentReplacesTheFilesLikeAnyOtherKey() throws IOException {
    Path file = file("discord:\n  qa_channels: [\"111\", \"222\"]\nslack:\n  qa_channels: [C1]\n");
    GwanyongConfig config =
        load(
            Map.of(
                "GWANYONG_DISCORD_QA_CHANNELS", "222, 333", "GWANYONG_SLACK_QA_CHANNELS", "C2,C3"),
            file,
            Map.of());
    assertEquals(List.of("222", "333"), config.discord().qaChannels());
    assertEquals(List.of("C2", "C3"), config.slack().qaChannels());
  }

  @Test
  void everyKeyCanBeSetFromTheEnvironment() throws IOException {
    Map<String, String> env = new java.util.HashMap<>();
    env.put(Home.VARIABLE, dir.toString());
    env.put("GWANYONG_CORPUS", "corpus");
    env.put("GWANYONG_DATA", "/srv/data");
    env.put("GWANYONG_ANALYSIS", "a");
    env.put("GWANYONG_LEXICON", "l");
    env.put("GWANYONG_LOGS", "logs2");
    env.put("GWANYONG_ANSWER_MAX_CITATIONS", "2");
    env.put("GWANYONG_MAX_RISK", "0.05");
    env.put("GWANYONG_ANSWER_MODEL", "m.json");
    env.put("GWANYONG_ANSWER_LINK_BASE", "https://example.org/repo/blob/main/");
    env.put("GWANYONG_SLACK_QA_CHANNELS", "C1");
    env.put("GWANYONG_DISCORD_GUILDS", "9,8");
    env.put("GWANYONG_MODERATORS_SLACK_USERS", "U1");
    env.put("GWANYONG_MODERATORS_SLACK_GROUPS", "S1");
    env.put("GWANYONG_MODERATORS_DISCORD_USERS", "1");
    env.put("GWANYONG_MODERATORS_DISCORD_ROLES", "2,3");
    env.put("GWANYONG_MODERATION_MAX_SOURCE_KIB", "64");
    env.put("GWANYONG_MODERATION_FETCH_TIMEOUT_SECONDS", "3");
    env.put("GWANYONG_MODERATION_MAX_REDIRECTS", "0");
    env.put("GWANYONG_MODERATION_ALLOW_PRIVATE_URLS", "yes");

    GwanyongConfig c = new ConfigLoader(env).load(Map.of());
    assertEquals(dir.resolve("corpus"), c.corpus());
    assertEquals(Path.of("/srv/data"), c.data());
    assertEquals(dir.resolve("a"), c.analysis());
    assertEquals(dir.resolve("l"), c.lexicon());
    assertEquals(dir.resolve("logs2"), c.logs());
    assertEquals(
        new GwanyongConfig.AnswerConfig(
            2, 0.05, dir.resolve("m.json"), "https://example.org/repo/blob/main/"),
        c.answer());
    assertEquals(List.of("C1"), c.slack().qaChannels());
    assertEquals(List.of("9", "8"), c.discord().guilds());
    assertEquals(
        new GwanyongConfig.Moderators(
            List.of("U1"), List.of("S1"), List.of("1"), List.of("2", "3")),
        c.moderators());
    assertEquals(new GwanyongConfig.Moderation(64, 3, 0, true), c.moderation());
  }

  @Test
  void theReadmeListsEveryKeyWithItsVariable() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    ConfigLoader.environmentVariables()
        .forEach(
            (key, variable) ->
                assertTrue(
                    readme.contains("| `" + key + "` | `" + variable + "` |"),
                    "README lacks the row for " + key));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "slak:\\n  port: 1 | slak.port",
        "answer:\\n  max_citatons: 3 | answer.max_citatons",
        "corpus_dir: x | corpus_dir"
      })
  void unknownKeysAreRejectedByName(String yaml, String key) throws IOException {
    String message = rejection(Map.of(), file(yaml.replace("\\n", "\n")));
    assertTrue(message.contains("'" + key + "'"), message);
  }

  @Test
  void aSectionWithEveryKeyCommentedOutKeepsItsDefaults() throws IOException {
    GwanyongConfig config =
        load(Map.of(), file("slack:\n  # mode: http\n  # port: 4000\nanswer:\n"), Map.of());
    assertEquals("socket", config.slack().mode());
    assertEquals(3000, config.slack().port());
    assertEquals(3, config.answer().maxCitations());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "answer:\\n"
            + "  max_citations: 2\\n"
            + "  max_citations: 4 | line 3, column 3: | duplicate key max_citations",
        "answer:\\n"
            + "  max_citations: 2\\n"
            + "answer:\\n"
            + "  max_risk: 0.1 | line 3, column 1: | duplicate key answer"
      })
  void aKeyWrittenTwiceIsRejectedWithWhereItIs(String yaml, String where, String problem)
      throws IOException {
    String message = rejection(Map.of(), file(yaml.replace("\\n", "\n")));
    assertTrue(message.contains(where) && message.contains(problem), message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"answer: [1, 2] | answer", "answer: 3 | answer", "slack: socket | slack"})
  void aValueInASectionsPlaceIsRejectedAsNotAMapping(String yaml, String key) throws IOException {
    String message = rejection(Map.of(), file(yaml));
    assertTrue(message.startsWith("'" + key + "' in "), message);
    assertTrue(
        message.contains("is a section: it must be a mapping of keys (" + key + "."), message);
    assertFalse(message.contains("unknown key"), message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "data: [x, y] | data takes one value, not a list: [x, y]",
        "management:\\n  host: [a, b] | management.host takes one value, not a list",
        "slack:\\n  port: [3000] | slack.port takes one value, not a list",
        "logs: {} | 'logs' in",
        "answer:\\n  model: {path: x} | 'answer.model' in",
        "slack:\\n  qa_channels: [[C1, C2], C3] | slack.qa_channels must be a list of ids",
        "moderators:\\n  slack_users: [{id: U1}] | moderators.slack_users must be a list of ids"
      })
  void aListOrMappingWhereOneValueBelongsIsRejected(String yaml, String message)
      throws IOException {
    String rejection = rejection(Map.of(), file(yaml.replace("\\n", "\n")));
    assertTrue(rejection.contains(message), rejection);
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
        "discord:\\n  gateway_url: gateway.example | discord.gateway_url",
        "answer:\\n  link_base: github.com/org/repo | answer.link_base",
        "answer:\\n  link_base: \"https://x/\\a\" | answer.link_base",
        "answer:\\n  link_base: \"https://x/\\e[31m\" | answer.link_base",
        "answer:\\n  link_base: \"https://x/\\x85\" | answer.link_base",
        "answer:\\n  link_base: https:///no-host/ | answer.link_base"
      })
  void badValuesAreRejectedNamingTheKey(String yaml, String key) throws IOException {
    String message = rejection(Map.of(), file(yaml.replace("\\n", "\n")));
    assertTrue(message.contains(key), message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "discord:\\n  guilds: [Gwanyong test server] | Gwanyong test server",
        "discord:\\n  guilds: [\"98765432109876543x\"] | 98765432109876543x",
        "discord:\\n  guilds: [\"+987654321098765432\"] | +987654321098765432",
        "discord:\\n  guilds: [\"-1\"] | -1",
        "discord:\\n  guilds: [18446744073709551616] | 18446744073709551616"
      })
  void aGuildThatIsNotAnIdIsRejectedSayingWhereToCopyOne(String yaml, String value)
      throws IOException {
    String message = rejection(Map.of(), file(yaml.replace("\\n", "\n")));
    assertTrue(message.startsWith("discord.guilds must list guild ids"), message);
    assertTrue(message.contains("was '" + value + "'"), message);
    assertTrue(message.contains("right-click the server → Copy Server ID"), message);
  }

  @Test
  void aGuildNameInTheEnvironmentIsRejectedByName() throws IOException {
    String message =
        rejection(Map.of("GWANYONG_DISCORD_GUILDS", "987654321098765432, My Server"), file(""));
    assertTrue(
        message.startsWith("discord.guilds must list guild ids")
            && message.contains("was 'My Server'"),
        message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "discord:\\n"
            + "  qa_channels: [\"#ask-gwanyong\"] | discord.qa_channels must list channel ids |"
            + " #ask-gwanyong | right-click the channel → Copy Channel ID",
        "moderators:\\n"
            + "  discord_users: [alice] | moderators.discord_users must list user ids | alice |"
            + " right-click the member → Copy User ID",
        "moderators:\\n"
            + "  discord_roles: [\"@Moderators\"] | moderators.discord_roles must list role ids |"
            + " @Moderators | right-click the role → Copy Role ID",
        "slack:\\n"
            + "  qa_channels: [\"#general\"] | slack.qa_channels must list channel ids such as"
            + " C0123ABCDEF | #general | the channel id is at the bottom",
        "slack:\\n"
            + "  qa_channels: [U0123ABCDEF] | slack.qa_channels must list channel ids | U0123ABCDEF"
            + " | the channel id is at the bottom",
        "moderators:\\n"
            + "  slack_users: [\"@alice\"] | moderators.slack_users must list member ids | @alice |"
            + " Copy member ID",
        "moderators:\\n"
            + "  slack_users: [u0123abcdef] | moderators.slack_users must list member ids |"
            + " u0123abcdef | Copy member ID",
        "moderators:\\n"
            + "  slack_groups: [moderators] | moderators.slack_groups must list user group ids |"
            + " moderators | usergroups.list"
      })
  void namesWhereIdsBelongAreRejectedSayingWhereToFindOne(
      String yaml, String problem, String value, String copy) throws IOException {
    String message = rejection(Map.of(), file(yaml.replace("\\n", "\n")));
    assertTrue(message.startsWith(problem), message);
    assertTrue(message.contains("was '" + value + "'"), message);
    assertTrue(message.contains(copy), message);
  }

  @Test
  void slackIdsOfEveryKindAreAccepted() throws IOException {
    GwanyongConfig config =
        load(
            Map.of(),
            file(
                "slack:\n"
                    + "  qa_channels: [C0123ABCDEF, G0123ABCDEF]\n"
                    + "moderators:\n"
                    + "  slack_users: [U0123ABCDEF, W0123ABCDEF]\n"
                    + "  slack_groups: [S0123ABCDEF]\n"),
            Map.of());
    assertEquals(List.of("C0123ABCDEF", "G0123ABCDEF"), config.slack().qaChannels());
    assertEquals(List.of("U0123ABCDEF", "W0123ABCDEF"), config.moderators().slackUsers());
    assertEquals(List.of("S0123ABCDEF"), config.moderators().slackGroups());
  }

  @Test
  void guildIdsUpToTheLargestUnsignedLongAreAccepted() throws IOException {
    // Unquoted in YAML, an id is a number: 987654321098765432 a long, 18446744073709551615 beyond
    // one.
    GwanyongConfig config =
        load(
            Map.of(),
            file("discord:\n  guilds: [987654321098765432, 18446744073709551615]\n"),
            Map.of());
    assertEquals(List.of("987654321098765432", "18446744073709551615"), config.discord().guilds());
  }

  @Test
  void aLinkBaseWithAControlCharacterIsShownWithItMarked() throws IOException {
    String message =
        rejection(Map.of("GWANYONG_ANSWER_LINK_BASE", "https://x/\u001b[2J"), file(""));
    assertTrue(message.endsWith("was 'https://x/\uFFFD[2J'"), message);
  }

  @Test
  void anEmptyLinkBaseLinksToTheFile() throws IOException {
    assertEquals(
        "", load(Map.of(), file("answer:\n  link_base: \"\"\n"), Map.of()).answer().linkBase());
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
    assertTrue(
        rejection(Map.of("GWANYONG_DISCORD_API_URL", "not a url"), empty)
            .contains("discord.api_url"));
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
