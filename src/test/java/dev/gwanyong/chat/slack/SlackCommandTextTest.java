package dev.gwanyong.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlackCommandTextTest {

  @Test
  void entitiesAreUnescapedAfterLinksSoAnEscapedBracketIsNeverALink() {
    assertEquals("title:\"A & B <c>\"", SlackCommandText.unescape("title:\"A &amp; B &lt;c&gt;\""));
    assertEquals("&lt;", SlackCommandText.unescape("&amp;lt;"));
  }

  @Test
  void aLinkAfterUrlKeepsItsAddressAndElsewhereShowsWhatTheMemberTyped() {
    assertEquals(
        "add url:https://example.org/a?b=1&c=2 title:\"x\"",
        SlackCommandText.unescape(
            "add url:<https://example.org/a?b=1&amp;c=2|example.org/a?b=1&amp;c=2> title:\"x\""));
    assertEquals(
        "add https://example.org/k8s", SlackCommandText.unescape("add <https://example.org/k8s>"));
    assertEquals(
        "text: see example.org today",
        SlackCommandText.unescape("text: see <http://example.org|example.org> today"));
  }

  @Test
  void aQuestionLosesTheBotsMentionAndEmojiButNotTimesOrWords() {
    assertEquals(
        "who founded Mesosphere?",
        SlackCommandText.question("<@U0BOT> who founded Mesosphere? :thinking_face:"));
    assertEquals("쿠버네티스 비율은?", SlackCommandText.question(":+1::skin-tone-2: 쿠버네티스 비율은? :pray:"));
    assertEquals(
        "what happened on Feb 18, 2014?",
        SlackCommandText.question("what happened on <!date^1392734382^{date}|Feb 18, 2014>?"));
    assertEquals(
        "released at 10:30:15 on day:one: what?",
        SlackCommandText.question("released at 10:30:15 on day:one: what?"));
  }

  @Test
  void mentionsUserGroupsAndChannelsBecomeTheirNames() {
    assertEquals(
        "text: ask @alice in #general, @here",
        SlackCommandText.unescape("text: ask <@U123|alice> in <#C456|general>, <!here>"));
    assertEquals(
        "@platform-team @here who founded Mesosphere?",
        SlackCommandText.question(
            "<!subteam^S0614TZR7|@platform-team> <!here> who founded Mesosphere?"));
    assertEquals("", SlackCommandText.unescape(null));
  }
}
