package dev.gwanyong.chat.discord;

import dev.gwanyong.answer.Language;
import dev.gwanyong.chat.ChatRequest;
import dev.gwanyong.chat.Dispatcher;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Questions sent to the bot in a direct message: every message a member sends there is a question,
 * answered as a reply in the same conversation. Discord delivers the text of direct messages
 * without the privileged MESSAGE_CONTENT intent, so this works on any server setup.
 */
final class DirectMessageListener extends ListenerAdapter {

  private static final Logger LOG = Logger.getLogger(DirectMessageListener.class.getName());

  private final Dispatcher dispatcher;
  private final DiscordRenderer renderer;
  private final Executor work;

  DirectMessageListener(Dispatcher dispatcher, DiscordRenderer renderer, Executor work) {
    this.dispatcher = dispatcher;
    this.renderer = renderer;
    this.work = work;
  }

  @Override
  public void onMessageReceived(MessageReceivedEvent event) {
    User author = event.getAuthor();
    if (!event.isFromType(ChannelType.PRIVATE) || author.isBot() || author.isSystem()) {
      return;
    }
    Message message = event.getMessage();
    ChatRequest request =
        new ChatRequest(
            DiscordPlatform.ID,
            message.getId(),
            author.getId(),
            message.getChannelId(),
            DiscordQuestion.text(message.getContentRaw()));
    // A question deleted meanwhile gets no answer: Discord is asked to refuse the reply rather than
    // post it on its own.
    work.execute(
        () ->
            answer(request)
                .ifPresent(
                    reply ->
                        message
                            .reply(reply)
                            .mentionRepliedUser(false)
                            .failOnInvalidReply(true)
                            .queue(null, e -> DeletedQuestion.log(LOG, e))));
  }

  private Optional<MessageCreateData> answer(ChatRequest request) {
    try {
      return renderer.render(dispatcher.handle(request));
    } catch (RuntimeException e) {
      return renderer.render(
          Incident.log(LOG, "answering a direct message", e).reply(Language.of(request.text())));
    }
  }
}
