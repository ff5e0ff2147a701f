package dev.gwanyong.chat.discord;

import dev.gwanyong.answer.Language;
import dev.gwanyong.chat.ChatRequest;
import dev.gwanyong.chat.Dispatcher;
import dev.gwanyong.chat.PlainCut;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Questions typed in a Q&amp;A channel: every member message there that asks something or mentions
 * the bot is a question ("thanks!" or 👍 alone is left alone), and so is a mention of the bot in a
 * thread under one. The answer goes into a new thread on the question when the bot may create one,
 * else it is a reply. Bots, webhooks and the bot itself are never answered (two bots could
 * otherwise talk forever), and messages anywhere else are left alone.
 */
final class QaChannelListener extends ListenerAdapter {

  private static final Logger LOG = Logger.getLogger(QaChannelListener.class.getName());
  private static final int MAX_THREAD_NAME = 100;

  private final Dispatcher dispatcher;
  private final DiscordRenderer renderer;
  private final Executor work;
  private final Set<String> qaChannels;

  QaChannelListener(
      Dispatcher dispatcher, DiscordRenderer renderer, Executor work, List<String> qaChannels) {
    this.dispatcher = dispatcher;
    this.renderer = renderer;
    this.work = work;
    this.qaChannels = Set.copyOf(qaChannels);
  }

  @Override
  public void onMessageReceived(MessageReceivedEvent event) {
    User author = event.getAuthor();
    if (!event.isFromGuild() || author.isBot() || author.isSystem() || event.isWebhookMessage()) {
      return;
    }
    Message message = event.getMessage();
    User self = event.getJDA().getSelfUser();
    if (!isQuestion(message, self)) {
      return;
    }
    String text = DiscordQuestion.text(message.getContentRaw());
    // Members talk in a Q&A channel too: a message there that asks nothing is theirs, unless it
    // mentions the bot, which is told how to ask.
    if (qaChannels.contains(message.getChannelId())
        && !mentions(message, self)
        && !dispatcher.asksSomething(text)) {
      return;
    }
    ChatRequest request =
        new ChatRequest(
            DiscordPlatform.ID, message.getId(), author.getId(), message.getChannelId(), text);
    work.execute(() -> answer(request).ifPresent(reply -> post(message, request.text(), reply)));
  }

  /**
   * Posts the answer. A channel the bot may read but not write in is a setup problem to name, not a
   * fault.
   */
  private static void post(Message question, String text, MessageCreateData reply) {
    try {
      postInThreadOrReply(question, text, reply);
    } catch (InsufficientPermissionException e) {
      LOG.warning(
          "Discord: cannot answer in channel "
              + question.getChannelId()
              + ", missing permission "
              + e.getPermission().getName()
              + " (see bot/discord/README.md)");
    } catch (RuntimeException e) {
      Incident.log(LOG, "posting an answer", e);
    }
  }

  private Optional<MessageCreateData> answer(ChatRequest request) {
    try {
      return renderer.render(dispatcher.handle(request));
    } catch (RuntimeException e) {
      return renderer.render(
          Incident.log(LOG, "answering a Q&A message", e).reply(Language.of(request.text())));
    }
  }

  private boolean isQuestion(Message message, User self) {
    MessageChannel channel = message.getChannel();
    if (qaChannels.contains(channel.getId())) {
      return true;
    }
    return channel instanceof ThreadChannel thread
        && qaChannels.contains(thread.getParentChannel().getId())
        && mentions(message, self);
  }

  private static boolean mentions(Message message, User self) {
    return message.getMentions().isMentioned(self, Message.MentionType.USER);
  }

  private static void postInThreadOrReply(Message question, String text, MessageCreateData reply) {
    if (question.getChannel() instanceof TextChannel channel
        && question
            .getGuild()
            .getSelfMember()
            .hasPermission(
                channel, Permission.CREATE_PUBLIC_THREADS, Permission.MESSAGE_SEND_IN_THREADS)) {
      question
          .createThreadChannel(threadName(text))
          .queue(
              thread -> thread.sendMessage(reply).queue(null, e -> failed(e)),
              e -> {
                if (DeletedQuestion.is(e)) {
                  failed(e);
                  return;
                }
                LOG.log(Level.INFO, "Discord: no thread for the answer, replying instead", e);
                reply(question, reply);
              });
    } else {
      reply(question, reply);
    }
  }

  /**
   * The question as the thread's name. JDA trims the name of every character up to the space,
   * control characters included, and throws on what is left empty, so a question of only control
   * characters would get no answer at all.
   */
  private static String threadName(String question) {
    String name = question.replaceAll("\\p{Cc}", " ").strip();
    return PlainCut.toLength(name.isEmpty() ? "Gwanyong" : name, MAX_THREAD_NAME);
  }

  /**
   * A reply to the question. Discord would post a reply to a question deleted meanwhile as a
   * message on its own, answering nothing anyone can see, so it is asked to refuse instead.
   */
  private static void reply(Message question, MessageCreateData reply) {
    question
        .reply(reply)
        .mentionRepliedUser(false)
        .failOnInvalidReply(true)
        .queue(null, e -> failed(e));
  }

  private static void failed(Throwable e) {
    DeletedQuestion.log(LOG, e);
  }
}
