package dev.gwanyong.admin;

import dev.gwanyong.BundledCorpus;
import dev.gwanyong.answer.Answer;
import dev.gwanyong.answer.AnswerService;
import dev.gwanyong.answer.Citation;
import dev.gwanyong.config.ConfigLoader;
import dev.gwanyong.config.GwanyongConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A temp copy of the bundled corpus with its own data and logs folders, the real answer service
 * over it and the real moderation service around that. Moderators: Slack user {@code UMOD}, Slack
 * group {@code SMODS}, Discord user {@code 1001}, Discord role {@code 2002}.
 */
final class Fixture implements AutoCloseable {

  /** A question the bundled corpus answers from {@code kubernetes-history}. */
  static final String KNOWN_QUESTION = "k8s라는 약칭에서 숫자 8은 무슨 의미야?";

  static final Actor SLACK_MODERATOR = new Actor("slack", "UMOD", java.util.Set.of());
  static final Actor SLACK_MEMBER = new Actor("slack", "U-MEMBER", java.util.Set.of("S-OTHER"));
  static final Actor DISCORD_MODERATOR_BY_ROLE =
      new Actor("discord", "42", java.util.Set.of("2002"));
  static final Actor DISCORD_MEMBER = new Actor("discord", "43", java.util.Set.of("9999"));

  final Path root;
  final GwanyongConfig config;
  final AnswerService answers;
  final ModerationService moderation;

  Fixture(Path root) {
    this(root, Map.of());
  }

  Fixture(Path root, Map<String, Object> extraFlags) {
    this.root = root;
    this.config = config(root, extraFlags);
    this.answers = AnswerService.open(config);
    this.moderation = ModerationService.open(config, answers.store());
  }

  /**
   * Copies the bundled corpus into {@code root/corpus} and returns the configuration pointing
   * there.
   */
  static GwanyongConfig config(Path root, Map<String, Object> extraFlags) {
    Path corpus = root.resolve("corpus");
    if (!Files.exists(corpus)) {
      BundledCorpus.copyTo(corpus);
    }
    Map<String, Object> flags = new HashMap<>();
    flags.put("corpus", corpus.toString());
    flags.put("data", root.resolve("data").toString());
    flags.put("logs", root.resolve("logs").toString());
    flags.put("analysis", Path.of("config/analysis").toAbsolutePath().toString());
    flags.put("moderators.slack_users", "UMOD");
    flags.put("moderators.slack_groups", "SMODS");
    flags.put("moderators.discord_users", "1001");
    flags.put("moderators.discord_roles", "2002");
    flags.putAll(extraFlags);
    return new ConfigLoader(Map.of()).load(flags);
  }

  Path corpus() {
    return config.corpus();
  }

  /**
   * Every corpus file's name and bytes, to compare before and after (folders, such as a staged
   * change, left out).
   */
  Map<String, String> files() {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(corpus())) {
      for (Path file : list.filter(Files::isRegularFile).toList()) {
        files.put(
            file.getFileName().toString(),
            java.util.HexFormat.of().formatHex(Files.readAllBytes(file)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** What a question is answered with: each citation's source, paragraph and quote. */
  List<String> served(String question) {
    Answer answer = answers.ask(question);
    return answer.citations().stream().map(Fixture::key).toList();
  }

  static String key(Citation c) {
    return c.sourceId() + "¶" + c.paragraph() + ":" + c.quote();
  }

  List<String> citedSources(String question) {
    return answers.ask(question).citations().stream().map(Citation::sourceId).toList();
  }

  List<AuditLog.Entry> auditEntries() {
    return AuditLog.read(config.logs().resolve(AuditLog.FILE));
  }

  @Override
  public void close() throws IOException {
    moderation.close();
    answers.close();
  }
}
