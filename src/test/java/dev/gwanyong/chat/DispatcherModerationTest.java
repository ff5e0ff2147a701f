package dev.gwanyong.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gwanyong.UnwritableFolder;
import dev.gwanyong.admin.AuditLog;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Dispatcher#moderate} over the real moderation service and a temporary copy of the bundled
 * corpus.
 */
class DispatcherModerationTest {

  @TempDir Path temp;
  private KbFixture fixture;

  @BeforeEach
  void open() {
    fixture =
        new KbFixture(
            temp, Map.of("moderators.discord_roles", "2002", "moderators.slack_users", "UMOD"));
  }

  @AfterEach
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aRetriedDeliveryOfAnAddRunsOnce() {
    ModerationRequest add =
        new ModerationRequest(
            "slack",
            "trigger-1",
            "UMOD",
            Set.of(),
            new ModerationRequest.Typed(
                "add title:\"광화문 해치 조각상\" text: " + KbFixture.HAECHI, Optional.empty()));

    Optional<ModerationReply> first = fixture.dispatcher.moderate(add);
    Optional<ModerationReply> retry = fixture.dispatcher.moderate(add);

    assertTrue(first.orElseThrow().succeeded(), first.toString());
    assertEquals(Optional.empty(), retry, "a retry must not add a second copy under a derived id");
    assertEquals(1, fixture.audit().size());
  }

  @Test
  void typedOptionsAndRolesReachThePolicy() {
    ModerationRequest byRole =
        new ModerationRequest(
            "discord",
            "i-1",
            "43",
            Set.of("2002"),
            new ModerationRequest.Options(
                "remove", Map.of("id", "open-governance"), Optional.empty()));
    ModerationRequest byOther =
        new ModerationRequest(
            "discord",
            "i-2",
            "44",
            Set.of("9999"),
            new ModerationRequest.Options("remove", Map.of("id", "cncf-survey"), Optional.empty()));

    assertTrue(
        fixture
            .dispatcher
            .moderate(byRole)
            .orElseThrow()
            .message()
            .startsWith("✅ Removed open-governance"));
    ModerationReply refused = fixture.dispatcher.moderate(byOther).orElseThrow();
    assertEquals("⛔ Only moderators can change the sources.", refused.message());
    assertEquals(
        java.util.List.of(AuditLog.Outcome.ALLOWED, AuditLog.Outcome.REFUSED),
        fixture.audit().stream().map(AuditLog.Entry::outcome).toList());
  }

  @Test
  void aCommandThatDoesNotParseIsAuditedToo() {
    ModerationReply byMember =
        fixture
            .dispatcher
            .moderate(
                new ModerationRequest(
                    "slack",
                    "t-9",
                    "UALICE",
                    Set.of(),
                    new ModerationRequest.Typed("frobnicate", Optional.empty())))
            .orElseThrow();
    ModerationReply byModerator =
        fixture
            .dispatcher
            .moderate(
                new ModerationRequest(
                    "slack",
                    "t-10",
                    "UMOD",
                    Set.of(),
                    new ModerationRequest.Typed("remove a b", Optional.empty())))
            .orElseThrow();

    assertEquals(
        "⛔ Only moderators can change the sources.", byMember.message(), "permission first");
    assertTrue(byModerator.message().contains("exactly one source id"), byModerator.message());
    assertEquals(
        java.util.List.of("UALICE frobnicate REFUSED", "UMOD remove REJECTED"),
        fixture.audit().stream()
            .map(e -> e.user() + " " + e.action() + " " + e.outcome())
            .toList());
  }

  @Test
  void aChangeTheCorpusFolderRefusesTellsTheModeratorWhyWithoutAPath() throws Exception {
    Path corpus = fixture.config.corpus();
    try {
      assumeTrue(UnwritableFolder.make(corpus), "needs a folder this process cannot write in");
      ModerationReply reply =
          fixture
              .dispatcher
              .moderate(
                  new ModerationRequest(
                      "slack",
                      "trigger-unwritable",
                      "UMOD",
                      Set.of(),
                      new ModerationRequest.Typed("remove open-governance", Optional.empty())))
              .orElseThrow();

      assertFalse(reply.succeeded(), reply.message());
      assertTrue(
          reply
              .message()
              .matches(
                  "(?s).*the sources folder cannot be written; an operator has to fix its"
                      + " permissions \\(incident [0-9a-f]{8}\\).*"),
          reply.message());
      assertFalse(reply.message().contains(corpus.toString()), reply.message());
    } finally {
      UnwritableFolder.undo(corpus);
    }
  }
}
