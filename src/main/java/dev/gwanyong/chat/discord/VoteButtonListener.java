package dev.gwanyong.chat.discord;

import dev.gwanyong.answer.Language;
import dev.gwanyong.chat.Dispatcher;
import dev.gwanyong.chat.Vote;
import java.util.EnumSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/** A click on 👍 or 👎 under an answer: recorded through the dispatcher, thanked for privately. */
final class VoteButtonListener extends ListenerAdapter {

  private static final Logger LOG = Logger.getLogger(VoteButtonListener.class.getName());

  private final Dispatcher dispatcher;

  VoteButtonListener(Dispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    VoteButton.parse(event.getComponentId())
        .ifPresent(
            button -> {
              Vote vote = new Vote(DiscordPlatform.ID, event.getUser().getId(), button.answerId(), button.helpful());
              String thanks;
              try {
                thanks = dispatcher.vote(vote);
              } catch (RuntimeException e) {
                thanks = Incident.log(LOG, "recording a vote", e).reply(Language.ENGLISH).message();
              }
              event
                  .reply(thanks)
                  .setEphemeral(true)
                  .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                  .queue(null, e -> LOG.log(Level.WARNING, "Discord: could not thank for a vote", e));
            });
  }
}
