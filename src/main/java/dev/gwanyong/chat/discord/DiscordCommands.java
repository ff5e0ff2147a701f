package dev.gwanyong.chat.discord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gwanyong.chat.CommandSpec;
import dev.gwanyong.chat.Commands;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * The shared {@link CommandSpec} records as Discord slash commands. Registration and the committed
 * {@code bot/discord/commands.json} both come from here, so the file cannot say something the bot
 * does not.
 */
public final class DiscordCommands {

  /** Where the exported command list is committed, relative to the project folder. */
  public static final Path EXPORT_FILE = Path.of("bot", "discord", "commands.json");

  private final List<CommandSpec> specs;

  public DiscordCommands(List<CommandSpec> specs) {
    this.specs = List.copyOf(specs);
  }

  /**
   * Commands as JDA registers them. {@code /ask} works in guilds and in a direct message with the
   * bot; {@code /kb} only in guilds, since moderators are named by guild roles.
   */
  public List<SlashCommandData> slashCommands() {
    List<SlashCommandData> commands = new ArrayList<>();
    for (CommandSpec spec : specs) {
      SlashCommandData command =
          net.dv8tion.jda.api.interactions.commands.build.Commands.slash(
              spec.name(), spec.description());
      command.setContexts(
          spec.name().equals(Commands.ASK.name())
              ? List.of(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
              : List.of(InteractionContextType.GUILD));
      spec.options()
          .forEach(o -> command.addOption(type(o.type()), o.name(), o.description(), o.required()));
      for (CommandSpec sub : spec.subcommands()) {
        SubcommandData subcommand = new SubcommandData(sub.name(), sub.description());
        sub.options()
            .forEach(
                o -> subcommand.addOption(type(o.type()), o.name(), o.description(), o.required()));
        command.addSubcommands(subcommand);
      }
      commands.add(command);
    }
    return commands;
  }

  /**
   * The JSON body Discord's bulk-overwrite endpoint takes, keys sorted so the committed file only
   * changes when a command does.
   */
  public String exportJson() {
    ObjectMapper json =
        new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    try {
      List<Object> bodies = new ArrayList<>();
      for (SlashCommandData command : slashCommands()) {
        bodies.add(json.readValue(command.toData().toString(), Object.class));
      }
      return json.writeValueAsString(bodies) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("JDA produced command JSON that does not parse", e);
    }
  }

  /**
   * Writes {@link #EXPORT_FILE}; run after changing {@link Commands}. The drift test says when it
   * is needed.
   */
  public static void main(String[] args) {
    Path file = args.length > 0 ? Path.of(args[0]) : EXPORT_FILE;
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(
          file, new DiscordCommands(Commands.ALL).exportJson(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static OptionType type(CommandSpec.Type type) {
    return switch (type) {
      case STRING -> OptionType.STRING;
      case BOOLEAN -> OptionType.BOOLEAN;
      case ATTACHMENT -> OptionType.ATTACHMENT;
    };
  }
}
