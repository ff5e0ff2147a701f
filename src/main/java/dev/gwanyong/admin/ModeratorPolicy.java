package dev.gwanyong.admin;

import dev.gwanyong.config.GwanyongConfig;
import java.util.List;
import java.util.Objects;

/**
 * Decides who may change the corpus, from the {@code moderators} section of the configuration:
 * Slack user ids or user-group ids, Discord user ids or role ids. The command line is trusted,
 * since its user can edit the files anyway; any other platform is refused.
 */
public final class ModeratorPolicy {

  private final GwanyongConfig.Moderators moderators;

  public ModeratorPolicy(GwanyongConfig.Moderators moderators) {
    this.moderators = Objects.requireNonNull(moderators);
  }

  /** Whether this actor may add, update or remove sources and rebuild the index. */
  public boolean mayChange(Actor actor) {
    return switch (actor.platform()) {
      case Actor.CLI -> true;
      case "slack" -> matches(actor, moderators.slackUsers(), moderators.slackGroups());
      case "discord" -> matches(actor, moderators.discordUsers(), moderators.discordRoles());
      default -> false;
    };
  }

  private static boolean matches(Actor actor, List<String> users, List<String> groups) {
    return (!actor.userId().isBlank() && users.contains(actor.userId()))
        || actor.groups().stream().anyMatch(groups::contains);
  }
}
