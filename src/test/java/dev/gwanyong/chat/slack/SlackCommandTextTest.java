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
        SlackCommandText.unescape("add url:<https://example.org/a?b=1&amp;c=2|example.org/a?b=1&amp;c=2> title:\"x\""));
    assertEquals("add https://example.org/k8s", SlackCommandText.unescape("add <https://example.org/k8s>"));
    assertEquals("text: see example.org today", SlackCommandText.unescape("text: see <http://example.org|example.org> today"));
  }

  @Test
  void mentionsAndChannelsBecomeTheirNames() {
    assertEquals("text: ask @alice in #general, @here", SlackCommandText.unescape(
        "text: ask <@U123|alice> in <#C456|general>, <!here>"));
    assertEquals("", SlackCommandText.unescape(null));
  }
}
