package dev.gwanyong.chat.slack;

import com.slack.api.bolt.App;
import dev.gwanyong.chat.CommandSpec;
import dev.gwanyong.chat.Commands;
import dev.gwanyong.chat.Dispatcher;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The Bolt listeners, by what they answer: {@link SlackCommandListeners} the slash commands, {@link
 * SlackMessageListeners} questions in messages, {@link SlackButtonListeners} clicks. Each turns a
 * Slack event into a dispatcher call, acknowledges at once (Slack gives three seconds) and sends
 * the answer afterwards through {@link SlackTasks}. What they need of Slack is declared here, and
 * the manifest is generated from it.
 */
final class SlackListeners {

  /** The commands these listeners answer; the manifest declares exactly these. */
  static final List<CommandSpec> COMMANDS = List.of(Commands.ASK, Commands.KB);

  /** The Events API subscriptions these listeners need; the manifest is generated from them. */
  static final List<String> BOT_EVENTS =
      List.of("app_mention", "message.channels", "message.groups", "message.im");

  /** The bot scopes these listeners need, and no more. */
  static final List<String> BOT_SCOPES =
      List.of(
          "app_mentions:read", // app_mention
          "channels:history", // message.channels: plain questions in public Q&A channels
          "groups:history", // message.groups: the same in private Q&A channels
          "im:history", // message.im: questions in a direct message with the bot
          "chat:write", // chat.postMessage into the question's thread
          "commands", // /ask and /kb
          // /kb: whether the member is in a moderator group (only asked when groups are set)
          "usergroups:read");

  private final Dispatcher dispatcher;
  private final SlackRenderer renderer;
  private final List<String> qaChannels;
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
    this.qaChannels = List.copyOf(qaChannels);
    this.askedThreads = threads;
    this.executor = executor;
    this.groups = groups;
  }

  void register(App app) {
    SlackTasks tasks = new SlackTasks(executor);
    new SlackCommandListeners(dispatcher, renderer, tasks, groups).register(app);
    new SlackMessageListeners(dispatcher, renderer, tasks, qaChannels, askedThreads).register(app);
    new SlackButtonListeners(dispatcher, renderer, tasks).register(app);
  }
}
