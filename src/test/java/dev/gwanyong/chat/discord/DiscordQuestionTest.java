package dev.gwanyong.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DiscordQuestionTest {

  @Test
  void aServersOwnEmojiAreNoWordsOfTheQuestion() {
    assertEquals(
        "who founded Mesosphere?",
        DiscordQuestion.text("who founded Mesosphere? <:thinking_face:112233445566778899>"));
    assertEquals(
        "쿠버네티스 비율은?", DiscordQuestion.text("<a:party_parrot:987654321098765432> 쿠버네티스 비율은?"));
    assertEquals("a <:b> c:d: and <@x>", DiscordQuestion.text("a <:b> c:d: and <@x>"));
  }

  @Test
  void mentionsOfTheBotMembersRolesAndChannelsAreNoWordsOfTheQuestion() {
    assertEquals(
        "when was the CNCF founded?",
        DiscordQuestion.text("<@123456789012345678> when was the CNCF founded?"));
    assertEquals(
        "쿠버네티스 1.0은 언제 발표됐어?",
        DiscordQuestion.text("<@!1001> 쿠버네티스 1.0은 <@&2002> <#3001> 언제 발표됐어?")
            .replaceAll("\\s+", " "));
  }
}
