package dev.gwanyong.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import dev.gwanyong.answer.Answer;
import dev.gwanyong.answer.Citation;
import dev.gwanyong.answer.ClosestSource;
import dev.gwanyong.answer.Language;
import dev.gwanyong.chat.ChatReply;
import dev.gwanyong.chat.slack.SlackRenderer.Surface;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlackRendererTest {

  private final SlackRenderer renderer = new SlackRenderer();

  @Test
  void literalTextIsPlainTextAndALongOneIsSplitBetweenLinesIntoSectionsSlackTakes() {
    // 20 lines of about 165 characters, more than the 3,000 one section takes.
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      lines.add("• source-" + i + " — " + "R&D <draft> ".repeat(12).strip());
    }

    SlackMessage message = renderer.literal(String.join("\n", lines));

    List<String> shown = new ArrayList<>();
    for (LayoutBlock block : message.blocks()) {
      PlainTextObject text = (PlainTextObject) ((SectionBlock) block).getText();
      assertFalse(text.getEmoji(), "emoji codes stay words");
      assertTrue(
          text.getText().length() <= Mrkdwn.MAX_TEXT, text.getText().length() + " characters");
      shown.addAll(text.getText().lines().toList());
    }
    assertEquals(2, message.blocks().size());
    assertEquals(
        lines, shown, "every line, whole, in order and as written: plain_text decodes no entities");
  }

  @Test
  void corpusTextCanNeverFormLinksMentionsOrBroadcasts() {
    String quote = "Call <!channel> & <@U123> or see <https://evil.example|click here>.";
    SlackMessage message =
        render(answer("What?", citation(quote, "T <b>", "https://ok.example/a", List.of())));

    String section = sectionTexts(message).get(1);
    assertEquals(
        "> Call &lt;!channel&gt; &amp; &lt;@U123&gt; or see &lt;https://evil.example|click"
            + " here&gt;.",
        section);
    assertFalse(message.text().contains("<!channel>"), message.text());
    assertTrue(contextTexts(message).get(0).contains("<https://ok.example/a|T &lt;b&gt;> · ¶2"));
  }

  @Test
  void matchedWordsAreBoldWithTheirHangulParticlesAndNoHiddenCharacters() {
    String quote = "기업의 78%가 쿠버네티스를 활용하고 있다.";
    SlackMessage message =
        render(
            answer(
                "쿠버네티스 비율?",
                citation(quote, "관용", "https://x.example", List.of(span(quote, "쿠버네티스를")))));

    assertEquals("> 기업의 78%가 *쿠버네티스를* 활용하고 있다.", sectionTexts(message).get(1));
  }

  @Test
  void translationSitsUnderTheQuoteAndSourceWithoutWebUrlIsPlainTitle() {
    Citation citation =
        new Citation(
            "원문.",
            "s",
            "제목",
            1,
            0,
            3,
            "index/s.md",
            1,
            "원문.",
            Optional.of("The <original>."),
            List.of(),
            List.of());
    SlackMessage message = render(answer("question", citation));

    assertEquals("> 원문.\n↳ The &lt;original&gt;.", sectionTexts(message).get(1));
    assertEquals("*1* · 제목 · ¶1 · `index/s.md`", contextTexts(message).get(0));
  }

  @Test
  void aRespelledQuestionSaysWhichSpellingWasSearchedAboveTheQuotes() {
    Citation citation = citation("쿠버네티스의 역사.", "역사", "https://x.example", List.of());
    Answer answer =
        new Answer(
            "kubernets histroy",
            Language.ENGLISH,
            List.of(citation),
            0.8,
            Optional.empty(),
            Optional.of("kubernetes <history>"),
            1);
    SlackMessage message = render(answer);

    assertTrue(
        allContextTexts(message).contains("🔎 Showing results for kubernetes &lt;history&gt;"),
        allContextTexts(message).toString());
    assertTrue(
        allContextTexts(render(answer("q", citation))).stream()
            .noneMatch(t -> t.contains("Showing results")));
  }

  @Test
  void anUntranslatedQuoteForAnEnglishReaderCarriesItsGlossLine() {
    Citation citation =
        new Citation(
            "쿠버네티스 1.0은 발표되었다.",
            "s",
            "역사",
            6,
            0,
            17,
            "index/s.txt#L9",
            1,
            "쿠버네티스 1.0은 발표되었다.",
            Optional.empty(),
            List.of(),
            List.of(
                new Citation.Gloss("쿠버네티스", "Kubernetes"), new Citation.Gloss("발표", "released")));
    SlackMessage message = render(answer("When was Kubernetes released?", citation));

    assertEquals(
        "> 쿠버네티스 1.0은 발표되었다.\n≈ 쿠버네티스 = Kubernetes · 발표 = released", sectionTexts(message).get(1));
  }

  @Test
  void blockKitLimitsHoldForManyLongCitations() {
    String longTranslation = "&<> translation ".repeat(800);
    List<Citation> citations = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      citations.add(
          new Citation(
              "q".repeat(240),
              "s" + i,
              "&".repeat(2000),
              1,
              0,
              240,
              "https://x.example/" + i,
              1,
              "ctx",
              Optional.of(longTranslation),
              List.of(),
              List.of()));
    }
    SlackMessage message =
        renderer
            .render(
                new ChatReply.Answered(
                    "id1",
                    new Answer(
                        "q?",
                        Language.ENGLISH,
                        citations,
                        0.9,
                        Optional.empty(),
                        Optional.empty(),
                        1)),
                Surface.EPHEMERAL)
            .orElseThrow();

    assertTrue(message.blocks().size() <= SlackRenderer.MAX_BLOCKS);
    List<String> texts = new ArrayList<>(sectionTexts(message));
    texts.addAll(contextTexts(message));
    for (String text : texts) {
      assertTrue(text.length() <= Mrkdwn.MAX_TEXT, "over 3000 characters: " + text.length());
      assertFalse(text.matches("(?s).*&[a-z]{0,3}….*"), "an entity was cut: " + text);
    }
    assertTrue(message.text().length() <= Mrkdwn.MAX_TEXT);
  }

  @Test
  void refusalIsPoliteAndPointsAtTheClosestSourceWithOnlyAShouldHaveBeenAnsweredButton() {
    Answer refused =
        new Answer(
            "화성 날씨는?",
            Language.KOREAN,
            List.of(),
            0.1,
            Optional.of(new ClosestSource("쿠버네티스와 ‘관용’", List.of("화성", "날씨"))),
            Optional.empty(),
            1);
    SlackMessage message =
        renderer.render(new ChatReply.Refused("id2", refused), Surface.THREAD).orElseThrow();

    String text = sectionTexts(message).getFirst();
    assertTrue(text.startsWith("🤷 제가 가진 자료로는 답할 수 없는 질문입니다."), text);
    assertTrue(text.contains("가장 가까운 자료: 쿠버네티스와 ‘관용’ (화성, 날씨 언급)"), text);
    List<ActionsBlock> actions =
        message.blocks().stream()
            .filter(b -> b instanceof ActionsBlock)
            .map(b -> (ActionsBlock) b)
            .toList();
    assertEquals(1, actions.size());
    assertEquals(1, actions.getFirst().getElements().size());
    assertEquals(
        SlackRenderer.SHOULD_HAVE_ANSWERED,
        ((com.slack.api.model.block.element.ButtonElement)
                actions.getFirst().getElements().getFirst())
            .getActionId());
  }

  @Test
  void aRefusalOfARespelledQuestionSaysWhichSpellingWasSearched() {
    Answer refused =
        new Answer(
            "kimchi stwe <recipe>",
            Language.ENGLISH,
            List.of(),
            0.1,
            Optional.empty(),
            Optional.of("kimchi stew <recipe>"),
            1);
    SlackMessage message =
        renderer.render(new ChatReply.Refused("id3", refused), Surface.THREAD).orElseThrow();

    assertEquals(
        List.of("🔎 Showing results for kimchi stew &lt;recipe&gt;"), allContextTexts(message));
    assertTrue(
        sectionTexts(message).getFirst().startsWith("🤷 The sources I have don't answer that."),
        sectionTexts(message).toString());
  }

  @Test
  void threadAnswersVoteButDoNotOfferToPostAndDuplicatesSendNothing() {
    ChatReply.Answered answered =
        (ChatReply.Answered) answerReply("q", citation("quote", "t", "https://x", List.of()));
    ActionsBlock actions =
        (ActionsBlock) renderer.render(answered, Surface.THREAD).orElseThrow().blocks().getLast();

    assertEquals(2, actions.getElements().size());
    assertEquals(
        Optional.empty(),
        renderer.render(new ChatReply.Duplicate(Language.ENGLISH), Surface.THREAD));
  }

  @Test
  void memberTextFromSlackBecomesThePlainQuestion() {
    assertEquals("a < b & c", SlackCommandText.question("<@UGWANYONG> a &lt; b &amp; c"));
    assertEquals("", SlackCommandText.question(null));
    assertEquals(
        "cncf.io 쿠버네티스 비율은? #general @here https://k8s.io",
        SlackCommandText.question(
            "<https://www.cncf.io/reports|cncf.io> 쿠버네티스 비율은? <#C123|general> <!here>"
                + " <https://k8s.io>"));
  }

  @Test
  void showMoreOnALongParagraphShowsTheStretchAroundTheQuote() {
    String quote = "Apache Mesos was finally retired to the Attic in 2025.";
    String before = "Mesos & friends faded as their community shrank. ".repeat(120);
    Citation c =
        new Citation(
            quote,
            "src",
            "Orchestration",
            18,
            before.length(),
            before.length() + quote.length(),
            "https://example.org/o",
            1,
            before + quote,
            Optional.empty(),
            List.of(),
            List.of());

    SlackMessage message =
        renderer
            .render(new ChatReply.Paragraph(Language.ENGLISH, c), Surface.EPHEMERAL)
            .orElseThrow();
    String text = sectionTexts(message).getFirst();
    assertTrue(text.endsWith("*" + quote + "*"), text);
    assertTrue(text.startsWith("> …"), text);
    assertTrue(text.length() <= Mrkdwn.MAX_TEXT, "length " + text.length());
    assertTrue(
        message.text().endsWith(quote),
        "the notification text is the same stretch: " + message.text());
  }

  @Test
  void fitNeverCutsAnEntity() {
    String text = "&amp;".repeat(10);
    assertEquals("&amp;&amp;…", Mrkdwn.fit(text, 14));
  }

  private SlackMessage render(Answer answer) {
    return renderer.render(new ChatReply.Answered("a1", answer), Surface.THREAD).orElseThrow();
  }

  private static ChatReply answerReply(String question, Citation citation) {
    return new ChatReply.Answered("a1", answer(question, citation));
  }

  private static Answer answer(String question, Citation citation) {
    return new Answer(
        question,
        Language.of(question),
        List.of(citation),
        0.8,
        Optional.empty(),
        Optional.empty(),
        1);
  }

  private static Citation citation(
      String quote, String title, String url, List<Citation.Span> spans) {
    return new Citation(
        quote,
        "src",
        title,
        2,
        0,
        quote.length(),
        url,
        1,
        quote,
        Optional.empty(),
        spans,
        List.of());
  }

  private static Citation.Span span(String quote, String word) {
    int at = quote.indexOf(word);
    return new Citation.Span(at, at + word.length());
  }

  private static List<String> sectionTexts(SlackMessage message) {
    List<String> texts = new ArrayList<>();
    for (LayoutBlock block : message.blocks()) {
      if (block instanceof SectionBlock section) {
        texts.add(section.getText().getText());
      }
    }
    return Collections.unmodifiableList(texts);
  }

  private static List<String> allContextTexts(SlackMessage message) {
    return message.blocks().stream()
        .filter(b -> b instanceof ContextBlock)
        .map(b -> ((ContextBlock) b).getElements().getFirst())
        .filter(e -> e instanceof MarkdownTextObject)
        .map(e -> ((MarkdownTextObject) e).getText())
        .toList();
  }

  private static List<String> contextTexts(SlackMessage message) {
    List<String> texts = new ArrayList<>();
    for (LayoutBlock block : message.blocks()) {
      if (block instanceof ContextBlock context
          && context.getElements().getFirst() instanceof MarkdownTextObject m
          && m.getText().startsWith("*")) {
        texts.add(m.getText());
      }
    }
    return texts;
  }
}
