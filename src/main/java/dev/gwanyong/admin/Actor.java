package dev.gwanyong.admin;

import java.util.Objects;
import java.util.Set;

/**
 * Who asks for a moderation action.
 *
 * @param platform {@code slack}, {@code discord} or {@code cli}
 * @param userId the platform's user id (for the CLI, the operating-system user)
 * @param groups Slack user-group ids or Discord role ids the user has; empty when unknown
 */
public record Actor(String platform, String userId, Set<String> groups) {

  /**
   * The platform id of the command line, whose user is trusted: they already control the machine.
   */
  public static final String CLI = "cli";

  public Actor {
    Objects.requireNonNull(platform);
    Objects.requireNonNull(userId);
    groups = Set.copyOf(groups);
  }

  /** The operator at the command line. */
  public static Actor cli(String user) {
    return new Actor(CLI, user, Set.of());
  }
}
