package dev.gwanyong.chat.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.model.Message;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.webhook.WebhookResponse;
import dev.gwanyong.answer.Language;
import dev.gwanyong.answer.Phrases;
import dev.gwanyong.chat.ChatReply;
import dev.gwanyong.chat.ChatRequest;
import dev.gwanyong.chat.CommandSpec;
import dev.gwanyong.chat.Commands;
import dev.gwanyong.chat.Dispatcher;
import dev.gwanyong.chat.ModerationReply;
import dev.gwanyong.chat.ModerationRequest;
import dev.gwanyong.chat.Vote;
import dev.gwanyong.chat.VoteReply;
import dev.gwanyong.chat.slack.SlackRenderer.Surface;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The Bolt listeners: each turns a Slack event into a dispatcher call, acknowledges at once (Slack gives three
 * seconds) and sends the answer from the executor afterwards.
 */
final class SlackListeners {

  /** The commands these listeners answer; the manifest declares exactly these. */
  static final List<CommandSpec> COMMANDS = List.of(Commands.ASK, Commands.KB);

  /** The Events API subscriptions these listeners need; the manifest is generated from them. */
  static final List<String> BOT_EVENTS = List.of("app_mention", "message.channels", "message.groups", "message.im");

  /** The bot scopes these listeners need, and no more. */
  static final List<String> BOT_SCOPES =
      List.of(
          "app_mentions:read", // app_mention
          "channels:history", // message.channels: plain questions in public Q&A channels
          "groups:history", // message.groups: the same in private Q&A channels
          "im:history", // message.im: questions in a direct message with the bot
          "chat:write", // chat.postMessage into the question's thread
          "commands", // /ask and /kb
          "usergroups:read"); // /kb: whether the member is in a moderator group (only asked when groups are set)

  /** The private acknowledgement of {@code /kb}, shown until the result arrives. */
  static final String WORKING = "⏳ Working on it…";

  private static final Logger LOG = Logger.getLogger(SlackListeners.class.getName());
  private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");

  private final Dispatcher dispatcher;
  private final SlackRenderer renderer;
  private final Set<String> qaChannels;
  private final AskedThreads askedThreads;
  private final Executor executor;
  private final SlackGroups groups;

  SlackListeners(
      Dispatcher dispatcher,
      SlackRenderer renderer,
      List<String> qaChannels,
      AskedThreads threads,
      Executor executor,
      SlackGroups groups) {
    this.dispatcher = dispatcher;
    this.renderer = renderer;
    this.qaChannels = Set.copyOf(qaChannels);
    this.askedThreads = threads;
    this.executor = executor;
    this.groups = groups;
  }

  void register(App app) {
    app.command("/" + Commands.ASK.name(), this::ask);
    app.command("/" + Commands.KB.name(), this::kb);
    app.event(AppMentionEvent.class, this::mention);
    app.event(MessageEvent.class, this::message);
    app.blockAction(SlackRenderer.VOTE_UP, (req, ctx) -> vote(req.getPayload(), ctx, true));
    app.blockAction(SlackRenderer.VOTE_DOWN, (req, ctx) -> vote(req.getPayload(), ctx, false));
    app.blockAction(SlackRenderer.SHOULD_HAVE_ANSWERED, (req, ctx) -> vote(req.getPayload(), ctx, false));
    app.blockAction(SlackRenderer.POST_TO_CHANNEL, this::postToChannel);
    app.blockAction(SlackRenderer.SHOW_MORE, this::showMore);
  }

  /** {@code /ask}: answered privately through the command's response_url. */
  private Response ask(SlashCommandRequest req, SlashCommandContext ctx) {
    SlashCommandPayload p = req.getPayload();
    String eventId = "command:" + (p.getTriggerId() != null ? p.getTriggerId() : UUID.randomUUID());
    ChatRequest request =
        new ChatRequest(SlackPlatform.ID, eventId, p.getUserId(), p.getChannelId(), plain(p.getText()));
    later("/ask", () -> {
      Optional<SlackMessage> message = renderer.render(dispatcher.handle(request), Surface.EPHEMERAL);
      if (message.isPresent()) {
        respond(ctx.respond(SlashCommandResponse.builder()
            .responseType("ephemeral").text(message.get().text()).blocks(message.get().blocks()).build()));
      }
    });
    return ctx.ack();
  }

  /**
   * {@code /kb …}: acknowledged at once with a private "working" line (an add may fetch a page and rebuild the
   * index), then the moderation service's message, privately, through the command's response_url, shown as written
   * ({@link SlackRenderer#literal}).
   */
  private Response kb(SlashCommandRequest req, SlashCommandContext ctx) {
    SlashCommandPayload p = req.getPayload();
    String eventId = "kb:" + (p.getTriggerId() != null ? p.getTriggerId() : UUID.randomUUID());
    String text = SlackCommandText.unescape(p.getText());
    // A payload without user_id is still an attempt: nobody's id matches a moderator, so it is refused and audited.
    String userId = p.getUserId() == null ? "" : p.getUserId();
    later("/kb", () -> {
      ModerationRequest request = new ModerationRequest(
          SlackPlatform.ID, eventId, userId, userId.isEmpty() ? Set.of() : groups.of(ctx.client(), userId),
          new ModerationRequest.Typed(text, Optional.empty()));
      Optional<ModerationReply> reply = dispatcher.moderate(request);
      if (reply.isPresent()) {
        SlackMessage message = renderer.literal(reply.get().message());
        respond(ctx.respond(SlashCommandResponse.builder()
            .responseType("ephemeral").text(message.text()).blocks(message.blocks()).build()));
      }
    });
    return ctx.ack(r -> r.responseType("ephemeral").text(WORKING));
  }

  /** A mention anywhere the app is: answered in the mention's thread. */
  private Response mention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
    AppMentionEvent e = payload.getEvent();
    if (e.getBotId() == null && e.getUser() != null && !e.getUser().equals(ctx.getBotUserId())) {
      String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
      answer(ctx, e.getUser(), e.getChannel(), e.getTs(), Optional.of(thread), e.getText());
    }
    return ctx.ack();
  }

  /**
   * A plain message: a question in a direct message with the bot, answered right there (in its thread when it was
   * sent in one), or in a Q&amp;A channel, see {@link #isQuestionForUs}.
   */
  private Response message(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
    MessageEvent e = payload.getEvent();
    if (isDirectQuestion(e, ctx.getBotUserId())) {
      answer(ctx, e.getUser(), e.getChannel(), e.getTs(), Optional.ofNullable(e.getThreadTs()), e.getText());
    } else if (isQuestionForUs(e, ctx.getBotUserId())) {
      String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
      answer(ctx, e.getUser(), e.getChannel(), e.getTs(), Optional.of(thread), e.getText());
    }
    return ctx.ack();
  }

  /**
   * "Post to channel" under a private {@code /ask} answer: asks again (the button carries the question, so this
   * works after a restart too), posts the answer for everyone and removes the private copy. A double click sends two
   * actions on the same private message before it is removed; only the first posts.
   */
  private Response postToChannel(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    Optional<String> question = value(p);
    if (question.isEmpty()) {
      return notValid(p, ctx);
    }
    BlockActionPayload.Action action = p.getActions().getFirst();
    String clicked = p.getContainer() != null && p.getContainer().getMessageTs() != null
        ? p.getContainer().getMessageTs()
        : action.getActionTs();
    String channel = channelOf(p);
    ChatRequest request = new ChatRequest(
        SlackPlatform.ID, "share:" + channel + ":" + clicked, p.getUser().getId(), channel, question.get());
    later("post to channel", () -> {
      Optional<SlackMessage> message = renderer.render(dispatcher.handle(request), Surface.CHANNEL);
      if (message.isPresent()) {
        respond(ctx.respond(ActionResponse.builder()
            .responseType("in_channel").text(message.get().text()).blocks(message.get().blocks()).build()));
        respond(ctx.respond(ActionResponse.builder().deleteOriginal(true).build()));
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
    later("show more", () -> {
      Optional<SlackMessage> message = renderer.render(dispatcher.showMore(answerId, rank), Surface.THREAD);
      if (message.isPresent()) {
        respond(ctx.respond(ActionResponse.builder().responseType("ephemeral").replaceOriginal(false)
            .text(message.get().text()).blocks(message.get().blocks()).build()));
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
   * Plain messages count only in Q&amp;A channels, from people, not edits (Bolt routes subtypes such as
   * {@code message_changed} elsewhere), not mentions (the {@code app_mention} listener has them), and in a thread
   * only when someone asked the bot there.
   */
  private boolean isQuestionForUs(MessageEvent e, String botUserId) {
    if (e.getBotId() != null || e.getUser() == null || e.getUser().equals(botUserId)) {
      return false;
    }
    if (!qaChannels.contains(e.getChannel()) || e.getText() == null || e.getText().contains("<@" + botUserId)) {
      return false;
    }
    boolean reply = e.getThreadTs() != null && !e.getThreadTs().equals(e.getTs());
    return !reply || askedThreads.contains(e.getChannel(), e.getThreadTs());
  }

  /** Every message a member sends the bot directly is a question; edits and other subtypes are routed elsewhere. */
  private static boolean isDirectQuestion(MessageEvent e, String botUserId) {
    return "im".equals(e.getChannelType()) && e.getBotId() == null && e.getUser() != null
        && !e.getUser().equals(botUserId) && e.getText() != null;
  }

  /** Answers in {@code thread}, or as a plain message of a direct conversation when there is none. */
  private void answer(
      EventContext ctx, String user, String channel, String ts, Optional<String> thread, String text) {
    // A message and the mention inside it arrive as two events, and Slack retries: both share channel and ts.
    ChatRequest request =
        new ChatRequest(SlackPlatform.ID, "message:" + channel + ":" + ts, user, channel, plain(text));
    later("thread answer", () -> {
      ChatReply reply = dispatcher.handle(request);
      if (!(reply instanceof ChatReply.Duplicate)) {
        thread.ifPresent(t -> askedThreads.remember(channel, t));
      }
      Optional<SlackMessage> message = renderer.render(reply, Surface.THREAD);
      if (message.isPresent()) {
        ChatPostMessageResponse response = ctx.client().chatPostMessage(r -> r
            .channel(channel).threadTs(thread.orElse(null)).text(message.get().text()).blocks(message.get().blocks()));
        if (!response.isOk()) {
          LOG.warning("chat.postMessage to " + channel + " failed: " + response.getError());
        }
      }
    });
  }

  /**
   * 👍, 👎 or "this should have been answered": recorded once per member, the counts shown on the message everyone
   * sees (a private {@code /ask} answer has no message in the payload and only the voter to show it to), and the
   * voter thanked privately.
   */
  private Response vote(BlockActionPayload p, ActionContext ctx, boolean helpful) {
    Optional<String> answerId = value(p);
    if (answerId.isEmpty()) {
      return notValid(p, ctx);
    }
    Vote vote = new Vote(SlackPlatform.ID, p.getUser().getId(), answerId.get(), helpful);
    later("vote", () -> {
      VoteReply reply = dispatcher.vote(vote);
      Message message = p.getMessage();
      if (message != null && message.getBlocks() != null) {
        ChatUpdateResponse updated = ctx.client().chatUpdate(r -> r.channel(channelOf(p)).ts(message.getTs())
            .text(message.getText()).blocks(SlackRenderer.withCounts(message.getBlocks(), reply)));
        if (!updated.isOk()) {
          LOG.warning("chat.update of vote counts in " + channelOf(p) + " failed: " + updated.getError());
        }
      }
      respond(ctx.respond(ActionResponse.builder()
          .responseType("ephemeral").replaceOriginal(false).text(Mrkdwn.escape(reply.thanks())).build()));
    });
    return ctx.ack();
  }

  /**
   * The clicked button's value: the answer id of a vote, the question of "post to channel". Empty when the click came
   * without one, or with a blank one, which no button of ours sends; there is then nothing to act on.
   */
  private static Optional<String> value(BlockActionPayload p) {
    return Optional.ofNullable(p.getActions().getFirst().getValue()).filter(value -> !value.isBlank());
  }

  /**
   * A click that cannot be acted on: acknowledged, so Slack shows no error, the clicker told privately that the button
   * is no longer valid (the message it is on stays), and one warning line logged.
   */
  private Response notValid(BlockActionPayload p, ActionContext ctx) {
    LOG.warning("Slack: a click on " + p.getActions().getFirst().getActionId() + " came with no value; told the"
        + " member the button is no longer valid");
    String text = Mrkdwn.escape(Phrases.of(Language.ENGLISH).buttonNotValid());
    later("invalid click", () -> respond(ctx.respond(ActionResponse.builder()
        .responseType("ephemeral").replaceOriginal(false).text(text).build())));
    return ctx.ack();
  }

  private static String channelOf(BlockActionPayload p) {
    return p.getChannel() != null ? p.getChannel().getId() : p.getContainer().getChannelId();
  }

  /**
   * Slack sends member text with {@code & < >} escaped, mentions as {@code <@U…>} and links, channels and {@code
   * @here} as markup; the question is what the member saw, without the mention of the bot or anyone else.
   */
  static String plain(String text) {
    if (text == null) {
      return "";
    }
    return SlackCommandText.unescape(MENTION.matcher(text).replaceAll(" ")).strip();
  }

  private static void respond(WebhookResponse response) {
    if (response.getCode() != 200) {
      LOG.warning("response_url answered HTTP " + response.getCode());
    }
  }

  /** Runs after the ack; a fault is logged once here with an incident id, as the style guide asks. */
  private void later(String what, SlackTask task) {
    executor.execute(() -> {
      try {
        task.run();
      } catch (IOException | SlackApiException | RuntimeException e) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "incident " + incident + ": Slack " + what + " failed", e);
      }
    });
  }

  @FunctionalInterface
  private interface SlackTask {
    void run() throws IOException, SlackApiException;
  }
}
