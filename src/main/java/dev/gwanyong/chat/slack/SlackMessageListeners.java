package dev.gwanyong.chat.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import dev.gwanyong.chat.ChatReply;
import dev.gwanyong.chat.ChatRequest;
import dev.gwanyong.chat.Dispatcher;
import dev.gwanyong.chat.slack.SlackRenderer.Surface;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Questions asked in messages: a mention of the bot anywhere it is, a direct message, and a plain
 * message in a Q&amp;A channel. Each is answered in its thread (a direct message without one, in
 * the conversation).
 */
final class SlackMessageListeners {

  private static final Logger LOG = Logger.getLogger(SlackMessageListeners.class.getName());
  private static final String THREAD_NOT_FOUND = "thread_not_found";

  private final Dispatcher dispatcher;
  private final SlackRenderer renderer;
  private final SlackTasks tasks;
  private final Set<String> qaChannels;
  private final AskedThreads askedThreads;

  SlackMessageListeners(
      Dispatcher dispatcher,
      SlackRenderer renderer,
      SlackTasks tasks,
      List<String> qaChannels,
      AskedThreads threads) {
    this.dispatcher = dispatcher;
    this.renderer = renderer;
    this.tasks = tasks;
    this.qaChannels = Set.copyOf(qaChannels);
    this.askedThreads = threads;
  }

  void register(App app) {
    app.event(AppMentionEvent.class, this::mention);
    app.event(MessageEvent.class, this::message);
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
   * A plain message: a question in a direct message with the bot, answered right there (in its
   * thread when it was sent in one), or in a Q&amp;A channel, see {@link #isQuestionForUs}, when it
   * asks something.
   */
  private Response message(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
    MessageEvent e = payload.getEvent();
    if (isDirectQuestion(e, ctx.getBotUserId())) {
      answer(
          ctx,
          e.getUser(),
          e.getChannel(),
          e.getTs(),
          Optional.ofNullable(e.getThreadTs()),
          e.getText());
    } else if (isQuestionForUs(e, ctx.getBotUserId())
        && dispatcher.asksSomething(SlackCommandText.question(e.getText()))) {
      // Members talk in a Q&A channel and its threads too: a message that asks nothing is theirs.
      String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
      answer(ctx, e.getUser(), e.getChannel(), e.getTs(), Optional.of(thread), e.getText());
    }
    return ctx.ack();
  }

  /**
   * Plain messages count only in Q&amp;A channels, from people, not edits (Bolt routes subtypes
   * such as {@code message_changed} elsewhere), not mentions (the {@code app_mention} listener has
   * them), and in a thread only when someone asked the bot there.
   */
  private boolean isQuestionForUs(MessageEvent e, String botUserId) {
    if (e.getBotId() != null || e.getUser() == null || e.getUser().equals(botUserId)) {
      return false;
    }
    if (!qaChannels.contains(e.getChannel())
        || e.getText() == null
        || e.getText().contains("<@" + botUserId)) {
      return false;
    }
    boolean reply = e.getThreadTs() != null && !e.getThreadTs().equals(e.getTs());
    return !reply || askedThreads.contains(e.getChannel(), e.getThreadTs());
  }

  /**
   * Every message a member sends the bot directly is a question; edits and other subtypes are
   * routed elsewhere.
   */
  private static boolean isDirectQuestion(MessageEvent e, String botUserId) {
    return "im".equals(e.getChannelType())
        && e.getBotId() == null
        && e.getUser() != null
        && !e.getUser().equals(botUserId)
        && e.getText() != null;
  }

  /**
   * Answers in {@code thread}, or as a plain message of a direct conversation when there is none.
   */
  private void answer(
      EventContext ctx,
      String user,
      String channel,
      String ts,
      Optional<String> thread,
      String text) {
    // A message and the mention inside it arrive as two events, and Slack retries: both share
    // channel and ts.
    ChatRequest request =
        new ChatRequest(
            SlackPlatform.ID,
            "message:" + channel + ":" + ts,
            user,
            channel,
            SlackCommandText.question(text));
    tasks.later(
        "thread answer",
        () -> {
          ChatReply reply = dispatcher.handle(request);
          if (!(reply instanceof ChatReply.Duplicate)) {
            thread.ifPresent(t -> askedThreads.remember(channel, t));
          }
          Optional<SlackMessage> message = renderer.render(reply, Surface.THREAD);
          if (message.isPresent()) {
            ChatPostMessageResponse response =
                ctx.client()
                    .chatPostMessage(
                        r ->
                            r.channel(channel)
                                .threadTs(thread.orElse(null))
                                .text(message.get().text())
                                .blocks(message.get().blocks()));
            if (!response.isOk()) {
              postFailed(channel, response.getError());
            }
          }
        });
  }

  /**
   * Slack refuses a reply in the thread of a deleted message with {@code thread_not_found}. Not a
   * fault: the member took the question back before its answer came, so the answer is not posted,
   * and the log says so in one line.
   */
  private static void postFailed(String channel, String error) {
    if (THREAD_NOT_FOUND.equals(error)) {
      LOG.info(
          "Slack: the question in "
              + channel
              + " was deleted before its answer; the answer was not posted");
    } else {
      LOG.warning("chat.postMessage to " + channel + " failed: " + error);
    }
  }
}
