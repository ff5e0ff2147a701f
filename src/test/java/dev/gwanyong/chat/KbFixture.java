package dev.gwanyong.chat;

import dev.gwanyong.BundledCorpus;
import dev.gwanyong.admin.AuditLog;
import dev.gwanyong.admin.ModerationService;
import dev.gwanyong.answer.AnswerService;
import dev.gwanyong.config.ConfigLoader;
import dev.gwanyong.config.GwanyongConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * For the adapters' {@code /kb} tests: a temporary copy of the bundled {@code index/} folder as the
 * corpus, its own data and logs folders, the real answer and moderation services over it and a
 * dispatcher with both. Moderators are named in the configuration flags the test passes ({@code
 * moderators.slack_users} and so on).
 */
public final class KbFixture implements AutoCloseable {

  /** A short Korean source on a topic the bundled corpus does not touch. */
  public static final String HAECHI =
      """
      광화문 앞에 놓인 해치 조각상은 화재를 막아 준다는 전설을 지닌 상상의 동물을 새긴 것이다.
      조선 사람들은 관악산의 화기를 누르려고 해치를 궁궐 앞에 두었다고 전한다.

      해치는 옳고 그름을 가려내는 정의로운 동물로도 알려져 있어, 사헌부 관리의 관복에도 새겨졌다.\
      """;

  public static final String HAECHI_ID = "gwanghwamun-haechi";
  public static final String HAECHI_TITLE = "광화문 해치 조각상";
  public static final String HAECHI_QUESTION = "광화문 해치 조각상은 무엇을 막아 준다는 전설이 있나요?";

  public final GwanyongConfig config;
  public final AnswerService answers;
  public final ModerationService moderation;
  public final Dispatcher dispatcher;

  public KbFixture(Path root, Map<String, Object> flags) {
    Path corpus = root.resolve("corpus");
    BundledCorpus.copyTo(corpus);
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("corpus", corpus.toString());
    all.put("data", root.resolve("data").toString());
    all.put("logs", root.resolve("logs").toString());
    all.putAll(flags);
    config = new ConfigLoader(Map.of()).load(all);
    answers = AnswerService.open(config);
    moderation = ModerationService.open(config, answers.store());
    dispatcher =
        new Dispatcher(
            answers,
            new FeedbackLog(config.logs().resolve("feedback.jsonl"), Clock.systemUTC()),
            Optional.of(moderation));
  }

  /** Every corpus file's name and content, to compare before and after. */
  public Map<String, String> corpusFiles() {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(config.corpus())) {
      for (Path file : list.toList()) {
        files.put(
            file.getFileName().toString(), HexFormat.of().formatHex(Files.readAllBytes(file)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /**
   * The audit lines that record attempts: intent lines, written before a change and closed by
   * another, left out.
   */
  public List<AuditLog.Entry> audit() {
    return AuditLog.read(config.logs().resolve(AuditLog.FILE)).stream()
        .filter(e -> e.outcome() != AuditLog.Outcome.INTENT)
        .toList();
  }

  @Override
  public void close() throws IOException {
    moderation.close();
    answers.close();
  }
}
