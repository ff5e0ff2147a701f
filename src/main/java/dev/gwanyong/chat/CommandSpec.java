package dev.gwanyong.chat;

import java.util.List;
import java.util.Objects;

/**
 * A chat command, declared once. Both adapters register from these records, and the files in {@code
 * bot/} (the Slack manifest, Discord's {@code commands.json}) are generated from them.
 *
 * @param name the command name without a slash, lower case
 * @param description one line shown in the platform's command picker
 * @param usageHint what follows the command, shown by Slack
 * @param options typed options (Discord shows them as fields; Slack takes the whole text)
 * @param subcommands subcommands, such as {@code /kb add}
 */
public record CommandSpec(
    String name,
    String description,
    String usageHint,
    List<Option> options,
    List<CommandSpec> subcommands) {

  public CommandSpec {
    Objects.requireNonNull(name);
    Objects.requireNonNull(description);
    Objects.requireNonNull(usageHint);
    options = List.copyOf(options);
    subcommands = List.copyOf(subcommands);
  }

  /** A typed option of a command. */
  public record Option(String name, String description, Type type, boolean required) {
    public Option {
      Objects.requireNonNull(name);
      Objects.requireNonNull(description);
      Objects.requireNonNull(type);
    }
  }

  /** The option types the commands use. */
  public enum Type {
    STRING,
    BOOLEAN,
    ATTACHMENT
  }
}
