package dev.gwanyong.chat.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.gwanyong.chat.ChatRequest;
import dev.gwanyong.chat.Commands;
import dev.gwanyong.chat.Dispatcher;
import dev.gwanyong.chat.ModerationReply;
import dev.gwanyong.chat.ModerationRequest;
import dev.gwanyong.chat.slack.SlackRenderer.Surface;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The slash commands: {@code /ask}, answered privately, and {@code /kb}, the moderation commands.
 */
final class SlackCommandListeners {

  /** The private acknowledgement of {@code /kb}, shown until the result arrives. */
  static final String WORKING = "⏳ Working on it…";

  private final Dispatcher dispatcher;
  private final SlackRenderer renderer;
  private final SlackTasks tasks;
  private final SlackGroups groups;

  SlackCommandListeners(
      Dispatcher dispatcher, SlackRenderer renderer, SlackTasks tasks, SlackGroups groups) {
    this.dispatcher = dispatcher;
    this.renderer = renderer;
    this.tasks = tasks;
    this.groups = groups;
  }

  void register(App app) {
    app.command("/" + Commands.ASK.name(), this::ask);
    app.command("/" + Commands.KB.name(), this::kb);
  }

  /** {@code /ask}: answered privately through the command's response_url. */
  private Response ask(SlashCommandRequest req, SlashCommandContext ctx) {
    SlashCommandPayload p = req.getPayload();
    String eventId = "command:" + (p.getTriggerId() != null ? p.getTriggerId() : UUID.randomUUID());
    ChatRequest request =
        new ChatRequest(
            SlackPlatform.ID,
            eventId,
            p.getUserId(),
            p.getChannelId(),
            SlackCommandText.question(p.getText()));
    tasks.later(
        "/ask",
        () -> {
          Optional<SlackMessage> message =
              renderer.render(dispatcher.handle(request), Surface.EPHEMERAL);
          if (message.isPresent()) {
            SlackTasks.respond(
                ctx.respond(
                    SlashCommandResponse.builder()
                        .responseType("ephemeral")
                        .text(message.get().text())
                        .blocks(message.get().blocks())
                        .build()));
          }
        });
    return ctx.ack();
  }

  /**
   * {@code /kb …}: acknowledged at once with a private "working" line (an add may fetch a page and
   * rebuild the index), then the moderation service's message, privately, through the command's
   * response_url, shown as written ({@link SlackRenderer#literal}).
   */
  private Response kb(SlashCommandRequest req, SlashCommandContext ctx) {
    SlashCommandPayload p = req.getPayload();
    String eventId = "kb:" + (p.getTriggerId() != null ? p.getTriggerId() : UUID.randomUUID());
    String text = SlackCommandText.unescape(p.getText());
    // A payload without user_id is still an attempt: nobody's id matches a moderator, so it is
    // refused and audited.
    String userId = p.getUserId() == null ? "" : p.getUserId();
    tasks.later(
        "/kb",
        () -> {
          ModerationRequest request =
              new ModerationRequest(
                  SlackPlatform.ID,
                  eventId,
                  userId,
                  userId.isEmpty() ? Set.of() : groups.of(ctx.client(), userId),
                  new ModerationRequest.Typed(text, Optional.empty()));
          Optional<ModerationReply> reply = dispatcher.moderate(request);
          if (reply.isPresent()) {
            SlackMessage message = renderer.literal(reply.get().message());
            SlackTasks.respond(
                ctx.respond(
                    SlashCommandResponse.builder()
                        .responseType("ephemeral")
                        .text(message.text())
                        .blocks(message.blocks())
                        .build()));
          }
        });
    return ctx.ack(r -> r.responseType("ephemeral").text(WORKING));
  }
}
