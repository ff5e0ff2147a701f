package dev.gwanyong.chat.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.usergroups.UsergroupsListResponse;
import com.slack.api.model.Usergroup;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Which of the moderator user groups ({@code moderators.slack_groups}) a member is in, from {@code
 * usergroups.list} with its members. Asked only when such groups are configured, so a workspace
 * that names moderators by user id needs no {@code usergroups:read} call at all; the answer is kept
 * briefly, since {@code /kb} bursts are common and the method is rate-limited.
 */
final class SlackGroups {

  private static final Logger LOG = Logger.getLogger(SlackGroups.class.getName());
  private static final Duration KEEP = Duration.ofSeconds(60);

  private final Set<String> moderatorGroups;
  private Map<String, Set<String>> membersByGroup = Map.of();
  private long fetchedAt;
  private boolean fetched;

  SlackGroups(List<String> moderatorGroups) {
    this.moderatorGroups = Set.copyOf(moderatorGroups);
  }

  /**
   * The moderator groups {@code userId} belongs to; empty when none are configured or Slack would
   * not say.
   */
  synchronized Set<String> of(MethodsClient client, String userId) {
    if (moderatorGroups.isEmpty()) {
      return Set.of();
    }
    if (!fetched || System.nanoTime() - fetchedAt > KEEP.toNanos()) {
      UsergroupsListResponse response;
      try {
        response = client.usergroupsList(r -> r.includeUsers(true));
      } catch (IOException | SlackApiException e) {
        // The member is then judged by user id alone, and told plainly if refused; the cause is in
        // the log.
        LOG.log(Level.WARNING, "usergroups.list could not be read", e);
        return Set.of();
      }
      if (!response.isOk()) {
        // Without the scope nobody is a moderator by group; moderators named by user id still are.
        LOG.warning(
            "usergroups.list failed ("
                + response.getError()
                + "); is the usergroups:read scope granted?");
        return Set.of();
      }
      Map<String, Set<String>> members = new HashMap<>();
      for (Usergroup group :
          response.getUsergroups() == null ? List.<Usergroup>of() : response.getUsergroups()) {
        if (moderatorGroups.contains(group.getId()) && group.getUsers() != null) {
          members.put(group.getId(), Set.copyOf(group.getUsers()));
        }
      }
      membersByGroup = Map.copyOf(members);
      fetchedAt = System.nanoTime();
      fetched = true;
    }
    return membersByGroup.entrySet().stream()
        .filter(e -> e.getValue().contains(userId))
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }
}
