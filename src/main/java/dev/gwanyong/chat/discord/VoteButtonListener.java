package dev.gwanyong.chat.discord;

import dev.gwanyong.answer.Language;
import dev.gwanyong.chat.Dispatcher;
import dev.gwanyong.chat.Vote;
import dev.gwanyong.chat.VoteReply;
import java.util.EnumSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.replacer.ComponentReplacer;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/**
 * A click on 👍, 👎 or "this should have been answered": recorded through the dispatcher, one vote
 * per member, the counts shown on the message's buttons, and the voter thanked privately.
 */
final class VoteButtonListener extends ListenerAdapter {

  private static final Logger LOG = Logger.getLogger(VoteButtonListener.class.getName());

  private final Dispatcher dispatcher;

  VoteButtonListener(Dispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    VoteButton.parse(event.getComponentId()).ifPresent(button -> vote(event, button));
  }

  private void vote(ButtonInteractionEvent event, VoteButton button) {
    if (!dispatcher.claim(DiscordPlatform.ID, event.getId())) {
      // The same click delivered again (the gateway may, when it resumes): Discord refuses a second
      // acknowledgement.
      return;
    }
    Vote vote =
        new Vote(DiscordPlatform.ID, event.getUser().getId(), button.answerId(), button.helpful());
    VoteReply reply;
    try {
      reply = dispatcher.vote(vote);
    } catch (RuntimeException e) {
      event
          .reply(Incident.log(LOG, "recording a vote", e).reply(Language.ENGLISH).message())
          .setEphemeral(true)
          .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
          .queue(null, VoteButtonListener::failed);
      return;
    }
    // One interaction gets one response: the counts go on the message, and the thanks follow up
    // privately.
    var counted =
        event
            .getMessage()
            .getComponentTree()
            .replace(
                ComponentReplacer.of(
                    Button.class, b -> true, b -> DiscordRenderer.withCount(b, reply.counts())));
    event
        .editComponents(counted)
        .queue(
            edited ->
                event
                    .getHook()
                    .sendMessage(reply.thanks())
                    .setEphemeral(true)
                    .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                    .queue(null, VoteButtonListener::failed),
            VoteButtonListener::failed);
  }

  private static void failed(Throwable e) {
    LOG.log(Level.WARNING, "Discord: could not answer a vote click", e);
  }
}
