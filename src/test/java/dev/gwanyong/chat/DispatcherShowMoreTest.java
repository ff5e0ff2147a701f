package dev.gwanyong.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.answer.Citation;
import dev.gwanyong.answer.Language;
import dev.gwanyong.answer.Phrases;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Show more" through the dispatcher: the whole paragraph of a remembered answer's citation, or a
 * clear message.
 */
class DispatcherShowMoreTest {

  @TempDir Path temp;
  private KbFixture fixture;

  @BeforeEach
  void open() {
    fixture = new KbFixture(temp, Map.of());
  }

  @AfterEach
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aCitationsWholeParagraphIsShownAndTheQuoteSitsInIt() {
    ChatReply.Answered answered =
        (ChatReply.Answered)
            fixture.dispatcher.handle(
                new ChatRequest("slack", "e1", "U1", "C1", "쿠버네티스를 활용하는 기업 비율은?"));

    ChatReply reply = fixture.dispatcher.showMore(answered.answerId(), 1);

    Citation citation = assertInstanceOf(ChatReply.Paragraph.class, reply).citation();
    assertEquals(answered.answer().citations().getFirst(), citation);
    assertTrue(citation.context().length() > citation.quote().length(), citation.context());
    assertEquals(citation.quote(), citation.context().substring(citation.start(), citation.end()));
  }

  @Test
  void anUnknownAnswerOrRankGetsAMessageToAskAgain() {
    ChatReply.Answered answered =
        (ChatReply.Answered)
            fixture.dispatcher.handle(
                new ChatRequest("slack", "e1", "U1", "C1", "쿠버네티스를 활용하는 기업 비율은?"));
    String forgotten = Phrases.of(Language.ENGLISH).answerForgotten();

    assertEquals(
        new ChatReply.Help(Language.ENGLISH, forgotten), fixture.dispatcher.showMore("gone", 1));
    assertEquals(
        new ChatReply.Help(Language.KOREAN, Phrases.of(Language.KOREAN).answerForgotten()),
        fixture.dispatcher.showMore(answered.answerId(), 99));
  }
}
