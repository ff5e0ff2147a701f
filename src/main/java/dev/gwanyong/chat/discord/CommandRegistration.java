package dev.gwanyong.chat.discord;

import dev.gwanyong.chat.Commands;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;

/**
 * Registers {@code /ask} and {@code /kb} globally, or in each configured guild. A guild that
 * refuses them costs that guild its commands, not the adapter: Q&amp;A channels, direct messages
 * and the other guilds are still served, and the log says which guild refused and how to fix it.
 */
final class CommandRegistration {

  private static final Logger LOG = Logger.getLogger(CommandRegistration.class.getName());

  private final JDA jda;
  private final List<SlashCommandData> commands = new DiscordCommands(Commands.ALL).slashCommands();

  CommandRegistration(JDA jda) {
    this.jda = jda;
  }

  /**
   * Global commands reach every guild but Discord may take a while to show changes; guild commands
   * update at once, which is what a test server wants.
   */
  void register(List<String> guilds) {
    if (guilds.isEmpty()) {
      register(jda.updateCommands(), "globally");
      return;
    }
    for (String id : guilds) {
      Optional<Guild> guild = Optional.ofNullable(jda.getGuildById(Long.parseUnsignedLong(id)));
      if (guild.isEmpty()) {
        LOG.warning(
            "Discord: the bot is not in guild '"
                + id
                + "' (discord.guilds); no commands registered there");
        continue;
      }
      register(guild.get().updateCommands(), "in guild " + id);
    }
  }

  private void register(CommandListUpdateAction update, String where) {
    try {
      update.addCommands(commands).complete();
      LOG.info("Discord: registered " + commands.size() + " command(s) " + where);
    } catch (ErrorResponseException e) {
      LOG.warning(
          "Discord refused to register /ask and /kb "
              + where
              + " ("
              + e.getErrorCode()
              + " "
              + e.getMeaning()
              + "); "
              + remedy(e.getErrorResponse())
              + ". Answers in Q&A channels and direct messages still work");
    }
  }

  /**
   * Missing Access and Missing Permissions on a command registration mean the bot was invited
   * without the {@code applications.commands} scope; anything else is Discord's own trouble, which
   * a restart retries.
   */
  private static String remedy(ErrorResponse error) {
    return error == ErrorResponse.MISSING_ACCESS || error == ErrorResponse.MISSING_PERMISSIONS
        ? "re-invite the bot with the invite URL in bot/discord/README.md (\"2. Invite it with the"
            + " minimal permissions\"), whose scope includes applications.commands, then restart"
        : "restart to try again";
  }
}
