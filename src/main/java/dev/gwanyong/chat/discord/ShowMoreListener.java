package dev.gwanyong.chat.discord;

import dev.gwanyong.answer.Language;
import dev.gwanyong.chat.Dispatcher;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** A click on "show more" beside a quote: the whole paragraph, for the clicker only. */
final class ShowMoreListener extends ListenerAdapter {

  private static final Logger LOG = Logger.getLogger(ShowMoreListener.class.getName());

  private final Dispatcher dispatcher;
  private final DiscordRenderer renderer;

  ShowMoreListener(Dispatcher dispatcher, DiscordRenderer renderer) {
    this.dispatcher = dispatcher;
    this.renderer = renderer;
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    ShowMoreButton.parse(event.getComponentId())
        .ifPresent(
            button -> {
              if (!dispatcher.claim(DiscordPlatform.ID, event.getId())) {
                // The same click delivered again (the gateway may, when it resumes): Discord
                // refuses a second acknowledgement.
                return;
              }
              Optional<MessageCreateData> paragraph;
              try {
                paragraph = renderer.render(dispatcher.showMore(button.answerId(), button.rank()));
              } catch (RuntimeException e) {
                paragraph =
                    renderer.render(
                        Incident.log(LOG, "showing a paragraph", e).reply(Language.ENGLISH));
              }
              paragraph.ifPresent(
                  message ->
                      event
                          .reply(message)
                          .setEphemeral(true)
                          .queue(
                              null,
                              e ->
                                  LOG.log(
                                      Level.WARNING, "Discord: could not show a paragraph", e)));
            });
  }
}
