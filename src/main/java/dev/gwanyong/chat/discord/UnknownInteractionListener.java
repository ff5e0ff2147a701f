package dev.gwanyong.chat.discord;

import dev.gwanyong.answer.Language;
import dev.gwanyong.answer.Phrases;
import dev.gwanyong.chat.Commands;
import java.util.EnumSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;

/**
 * The interactions no other listener takes: a click on a button whose custom id is not a {@link
 * VoteButton} or a {@link ShowMoreButton} (one from an older version of the bot, or one that does
 * not parse), and a slash command that is not in {@link Commands#ALL} (Discord keeps offering a
 * removed global command for a while). Left unanswered, Discord tells the member "This interaction
 * failed"; here they get a short private reply, and the log one warning line. There is no question
 * to take a language from, so the reply is in English, as other replies without one are.
 */
final class UnknownInteractionListener extends ListenerAdapter {

  private static final Logger LOG = Logger.getLogger(UnknownInteractionListener.class.getName());

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    String customId = event.getComponentId();
    if (VoteButton.parse(customId).isPresent() || ShowMoreButton.parse(customId).isPresent()) {
      return;
    }
    // Only the bot's own messages carry buttons that come back to it, so the id is ours, and at
    // most 100 characters.
    LOG.warning(
        "Discord: a click on a button with an unknown or malformed custom id \""
            + customId
            + "\"; told the member it is no longer valid");
    reply(event, Phrases.of(Language.ENGLISH).buttonNotValid());
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    String name = event.getName();
    if (Commands.ALL.stream().anyMatch(command -> command.name().equals(name))) {
      return;
    }
    LOG.warning(
        "Discord: /"
            + name
            + " is not a command of this bot (registered by an older version?); told the"
            + " member so");
    reply(
        event,
        Phrases.of(Language.ENGLISH).unknownCommand().formatted(DiscordMarkdown.escape(name)));
  }

  private static void reply(IReplyCallback event, String text) {
    event
        .reply(text)
        .setEphemeral(true)
        .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
        .queue(
            null,
            e -> LOG.log(Level.WARNING, "Discord: could not answer an unknown interaction", e));
  }
}
