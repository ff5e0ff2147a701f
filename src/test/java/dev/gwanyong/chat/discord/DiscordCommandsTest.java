package dev.gwanyong.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gwanyong.chat.Commands;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class DiscordCommandsTest {

  @Test
  void theCommittedCommandFileMatchesTheCommandRecords() throws Exception {
    String committed = Files.readString(DiscordCommands.EXPORT_FILE, StandardCharsets.UTF_8);

    assertEquals(
        new DiscordCommands(Commands.ALL).exportJson(),
        committed,
        DiscordCommands.EXPORT_FILE
            + " is out of date: run DiscordCommands.main (see bot/discord/README.md)");
  }

  @Test
  void askTakesAQuestionAndAnOptionalPublicSwitch() {
    var ask = new DiscordCommands(Commands.ALL).slashCommands().getFirst();

    assertEquals("ask", ask.getName());
    assertEquals("question", ask.getOptions().get(0).getName());
    assertEquals(true, ask.getOptions().get(0).isRequired());
    assertEquals("public", ask.getOptions().get(1).getName());
    assertEquals(false, ask.getOptions().get(1).isRequired());
  }
}
