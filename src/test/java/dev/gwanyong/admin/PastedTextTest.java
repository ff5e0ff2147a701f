package dev.gwanyong.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.corpus.Corpus;
import dev.gwanyong.corpus.Source;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Text a moderator pastes reaches the source file well-formed, whatever the chat client sent. */
class PastedTextTest extends FixtureTest {

  @Test
  void aLoneSurrogateInAPasteIsWrittenAsAReplacementCharacter() throws Exception {
    // As a JSON "\ud83d" escape in a Slack or Discord payload arrives: half an emoji.
    KbCommandParser.Parsed parsed =
        assertInstanceOf(
            KbCommandParser.Parsed.class,
            KbCommandParser.parse(
                "add id:lone title:\"해치 \uD83D\" text: 해치는 불을 막는다는 상상의 동물이다 \uDE00."));
    KbCommand.Add add = assertInstanceOf(KbCommand.Add.class, parsed.command());

    ModerationResult result =
        fixture.moderation.add(Fixture.SLACK_MODERATOR, add.input(), add.fields());

    assertInstanceOf(ModerationResult.Added.class, result, result::message);
    String file =
        Files.readString(fixture.corpus().resolve(Corpus.fileName("lone")), StandardCharsets.UTF_8);
    assertTrue(file.contains("title: 해치 \uFFFD\n"), file);
    assertTrue(file.contains("해치는 불을 막는다는 상상의 동물이다 \uFFFD."), file);
    assertEquals(-1, file.indexOf('?'), file);
    assertEquals(
        Optional.of("해치 \uFFFD"), Corpus.load(fixture.corpus()).source("lone").map(Source::title));
  }
}
