package dev.gwanyong.chat;

import dev.gwanyong.admin.SourceInput;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code /kb} command as a platform delivered it, before parsing.
 *
 * @param platform the adapter's {@link ChatPlatform#id()}
 * @param eventId the platform's id for this delivery, so a retried command runs once
 * @param userId who sent it
 * @param groups the sender's Slack user-group ids or Discord role ids; empty when unknown
 * @param input what the sender wrote
 */
public record ModerationRequest(
    String platform, String eventId, String userId, Set<String> groups, Input input) {

  public ModerationRequest {
    Objects.requireNonNull(platform);
    Objects.requireNonNull(eventId);
    Objects.requireNonNull(userId);
    groups = Set.copyOf(groups);
    Objects.requireNonNull(input);
  }

  /** What the sender wrote: free text (Slack) or a subcommand with typed options (Discord). */
  public sealed interface Input {}

  /**
   * The text after {@code /kb}, already freed of the platform's escaping.
   *
   * @param attachment a file shared with the command, if any
   */
  public record Typed(String text, Optional<SourceInput.Upload> attachment) implements Input {
    public Typed {
      Objects.requireNonNull(text);
      Objects.requireNonNull(attachment);
    }
  }

  /**
   * A subcommand and the options filled in, by the names in {@link Commands#KB}.
   *
   * @param file the uploaded file, already downloaded within the size cap
   */
  public record Options(
      String subcommand, Map<String, String> values, Optional<SourceInput.Upload> file)
      implements Input {
    public Options {
      Objects.requireNonNull(subcommand);
      values = Map.copyOf(values);
      Objects.requireNonNull(file);
    }
  }
}
