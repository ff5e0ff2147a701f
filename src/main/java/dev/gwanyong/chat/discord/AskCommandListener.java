package dev.gwanyong.chat.discord;

import dev.gwanyong.answer.Language;
import dev.gwanyong.chat.ChatRequest;
import dev.gwanyong.chat.Commands;
import dev.gwanyong.chat.Dispatcher;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * {@code /ask question:<text> public:<bool>}. Discord allows three seconds to acknowledge an
 * interaction, so the reply is deferred first (only the asker sees it unless {@code public} is set)
 * and the answer replaces the "thinking…" message once the dispatcher has it.
 */
final class AskCommandListener extends ListenerAdapter {

  private static final Logger LOG = Logger.getLogger(AskCommandListener.class.getName());

  private final Dispatcher dispatcher;
  private final DiscordRenderer renderer;
  private final Executor work;

  AskCommandListener(Dispatcher dispatcher, DiscordRenderer renderer, Executor work) {
    this.dispatcher = dispatcher;
    this.renderer = renderer;
    this.work = work;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    if (!event.getName().equals(Commands.ASK.name())) {
      return;
    }
    // Read as text, whatever its type: Discord sends options as registered, and a command
    // registered by another version (or another bot's commands.json) may declare "public" a string.
    // Read as a boolean, that threw before the reply was deferred, and the member saw "This
    // interaction failed".
    boolean visibleToAll =
        Boolean.parseBoolean(event.getOption(Commands.PUBLIC, "false", OptionMapping::getAsString));
    String question =
        DiscordQuestion.text(event.getOption(Commands.QUESTION, "", OptionMapping::getAsString));
    if (!dispatcher.claim(DiscordPlatform.ID, event.getId())) {
      // A retried delivery: acknowledging it again fails, and the first delivery's answer must stay
      // where it is.
      return;
    }
    event
        .deferReply(!visibleToAll)
        .queue(null, e -> LOG.log(Level.WARNING, "Discord: could not defer /ask", e));

    ChatRequest request =
        new ChatRequest(
            DiscordPlatform.ID,
            event.getId(),
            event.getUser().getId(),
            event.getChannelId(),
            question);
    InteractionHook hook = event.getHook();
    work.execute(
        () ->
            answer(request)
                .ifPresent(
                    message ->
                        hook.editOriginal(MessageEditData.fromCreateData(message))
                            .queue(
                                null,
                                e -> LOG.log(Level.WARNING, "Discord: could not answer /ask", e))));
  }

  private Optional<MessageCreateData> answer(ChatRequest request) {
    try {
      return renderer.render(dispatcher.answer(request));
    } catch (RuntimeException e) {
      return renderer.render(
          Incident.log(LOG, "answering /ask", e).reply(Language.of(request.text())));
    }
  }
}
