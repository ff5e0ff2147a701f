package dev.gwanyong.chat.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.model.Message;
import dev.gwanyong.answer.Language;
import dev.gwanyong.answer.Phrases;
import dev.gwanyong.chat.ChatRequest;
import dev.gwanyong.chat.Dispatcher;
import dev.gwanyong.chat.Vote;
import dev.gwanyong.chat.VoteReply;
import dev.gwanyong.chat.slack.SlackRenderer.Surface;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The buttons under an answer: 👍, 👎, "this should have been answered", "post to channel" and
 * "show more".
 */
final class SlackButtonListeners {

  private static final Logger LOG = Logger.getLogger(SlackButtonListeners.class.getName());

  private final Dispatcher dispatcher;
  private final SlackRenderer renderer;
  private final SlackTasks tasks;

  SlackButtonListeners(Dispatcher dispatcher, SlackRenderer renderer, SlackTasks tasks) {
    this.dispatcher = dispatcher;
    this.renderer = renderer;
    this.tasks = tasks;
  }

  void register(App app) {
    app.blockAction(SlackRenderer.VOTE_UP, (req, ctx) -> vote(req.getPayload(), ctx, true));
    app.blockAction(SlackRenderer.VOTE_DOWN, (req, ctx) -> vote(req.getPayload(), ctx, false));
    app.blockAction(
        SlackRenderer.SHOULD_HAVE_ANSWERED, (req, ctx) -> vote(req.getPayload(), ctx, false));
    app.blockAction(SlackRenderer.POST_TO_CHANNEL, this::postToChannel);
    app.blockAction(SlackRenderer.SHOW_MORE, this::showMore);
  }

  /**
   * "Post to channel" under a private {@code /ask} answer: asks again (the button carries the
   * question, so this works after a restart too), posts the answer for everyone and removes the
   * private copy. A double click sends two actions on the same private message before it is
   * removed; only the first posts.
   */
  private Response postToChannel(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    Optional<String> question = value(p);
    if (question.isEmpty()) {
      return notValid(p, ctx);
    }
    BlockActionPayload.Action action = p.getActions().getFirst();
    String clicked =
        p.getContainer() != null && p.getContainer().getMessageTs() != null
            ? p.getContainer().getMessageTs()
            : action.getActionTs();
    String channel = channelOf(p);
    ChatRequest request =
        new ChatRequest(
            SlackPlatform.ID,
            "share:" + channel + ":" + clicked,
            p.getUser().getId(),
            channel,
            question.get());
    tasks.later(
        "post to channel",
        () -> {
          Optional<SlackMessage> message =
              renderer.render(dispatcher.handle(request), Surface.CHANNEL);
          if (message.isPresent()) {
            SlackTasks.respond(
                ctx.respond(
                    ActionResponse.builder()
                        .responseType("in_channel")
                        .text(message.get().text())
                        .blocks(message.get().blocks())
                        .build()));
            SlackTasks.respond(ctx.respond(ActionResponse.builder().deleteOriginal(true).build()));
          }
        });
    return ctx.ack();
  }

  /** "Show more" beside a quote: the whole paragraph, for the clicker only. */
  private Response showMore(BlockActionRequest req, ActionContext ctx) {
    String value = req.getPayload().getActions().getFirst().getValue();
    int colon = value == null ? -1 : value.lastIndexOf(':');
    String answerId = colon < 0 ? "" : value.substring(0, colon);
    int rank = colon < 0 ? 0 : rank(value.substring(colon + 1));
    tasks.later(
        "show more",
        () -> {
          Optional<SlackMessage> message =
              renderer.render(dispatcher.showMore(answerId, rank), Surface.THREAD);
          if (message.isPresent()) {
            SlackTasks.respond(
                ctx.respond(
                    ActionResponse.builder()
                        .responseType("ephemeral")
                        .replaceOriginal(false)
                        .text(message.get().text())
                        .blocks(message.get().blocks())
                        .build()));
          }
        });
    return ctx.ack();
  }

  /** A citation's rank from a button; 0, which no citation has, for anything else. */
  private static int rank(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * 👍, 👎 or "this should have been answered": recorded once per member, the counts shown on the
   * message everyone sees (a private {@code /ask} answer has no message in the payload and only the
   * voter to show it to), and the voter thanked privately.
   */
  private Response vote(BlockActionPayload p, ActionContext ctx, boolean helpful) {
    Optional<String> answerId = value(p);
    if (answerId.isEmpty()) {
      return notValid(p, ctx);
    }
    Vote vote = new Vote(SlackPlatform.ID, p.getUser().getId(), answerId.get(), helpful);
    tasks.later(
        "vote",
        () -> {
          VoteReply reply = dispatcher.vote(vote);
          Message message = p.getMessage();
          if (message != null && message.getBlocks() != null) {
            ChatUpdateResponse updated =
                ctx.client()
                    .chatUpdate(
                        r ->
                            r.channel(channelOf(p))
                                .ts(message.getTs())
                                .text(message.getText())
                                .blocks(SlackRenderer.withCounts(message.getBlocks(), reply)));
            if (!updated.isOk()) {
              LOG.warning(
                  "chat.update of vote counts in "
                      + channelOf(p)
                      + " failed: "
                      + updated.getError());
            }
          }
          SlackTasks.respond(
              ctx.respond(
                  ActionResponse.builder()
                      .responseType("ephemeral")
                      .replaceOriginal(false)
                      .text(Mrkdwn.escape(reply.thanks()))
                      .build()));
        });
    return ctx.ack();
  }

  /**
   * The clicked button's value: the answer id of a vote, the question of "post to channel". Empty
   * when the click came without one, or with a blank one, which no button of ours sends; there is
   * then nothing to act on.
   */
  private static Optional<String> value(BlockActionPayload p) {
    return Optional.ofNullable(p.getActions().getFirst().getValue())
        .filter(value -> !value.isBlank());
  }

  /**
   * A click that cannot be acted on: acknowledged, so Slack shows no error, the clicker told
   * privately that the button is no longer valid (the message it is on stays), and one warning line
   * logged.
   */
  private Response notValid(BlockActionPayload p, ActionContext ctx) {
    LOG.warning(
        "Slack: a click on "
            + p.getActions().getFirst().getActionId()
            + " came with no value; told the"
            + " member the button is no longer valid");
    String text = Mrkdwn.escape(Phrases.of(Language.ENGLISH).buttonNotValid());
    tasks.later(
        "invalid click",
        () ->
            SlackTasks.respond(
                ctx.respond(
                    ActionResponse.builder()
                        .responseType("ephemeral")
                        .replaceOriginal(false)
                        .text(text)
                        .build())));
    return ctx.ack();
  }

  private static String channelOf(BlockActionPayload p) {
    return p.getChannel() != null ? p.getChannel().getId() : p.getContainer().getChannelId();
  }
}
