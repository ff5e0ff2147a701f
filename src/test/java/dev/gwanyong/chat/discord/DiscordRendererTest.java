package dev.gwanyong.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.answer.Answer;
import dev.gwanyong.answer.Citation;
import dev.gwanyong.answer.ClosestSource;
import dev.gwanyong.answer.Language;
import dev.gwanyong.answer.Phrases;
import dev.gwanyong.chat.ChatReply;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

/** The embed on its own: layout, emphasis, escaping and Discord's length limits. */
class DiscordRendererTest {

  private final DiscordRenderer renderer = new DiscordRenderer();

  @Test
  void matchedWordsAreBoldAndMarkdownInTheQuoteIsEscaped() {
    String quote = "Kubernetes *won* because of openness";
    Citation c =
        citation(
            quote, Optional.empty(), List.of(new Citation.Span(0, 10), new Citation.Span(28, 36)));

    assertEquals("**Kubernetes** \\*won\\* because of **openness**", DiscordRenderer.emphasised(c));
  }

  @Test
  void neighbouringAndOverlappingHighlightsBecomeOneBoldRun() {
    String quote = "78% of respondents used Kubernetes";
    Citation c =
        citation(
            quote,
            Optional.empty(),
            List.of(
                new Citation.Span(19, 23),
                new Citation.Span(4, 6),
                new Citation.Span(7, 18),
                new Citation.Span(24, 34),
                new Citation.Span(26, 30)));

    assertEquals("78% **of respondents used Kubernetes**", DiscordRenderer.emphasised(c));
  }

  @Test
  void aQuoteCannotBecomeALink() {
    Citation c = citation("see [here](https://evil.example)", Optional.empty(), List.of());

    assertTrue(
        DiscordRenderer.emphasised(c).startsWith("see \\[here\\]"), DiscordRenderer.emphasised(c));
  }

  @Test
  void showMoreOnALongParagraphShowsTheStretchAroundTheQuote() {
    String quote = "Apache Mesos was finally retired to the Attic in 2025.";
    String before = "Mesos faded as its community shrank. ".repeat(150);
    Citation c =
        new Citation(
            quote,
            "k8s",
            "Orchestration",
            18,
            before.length(),
            before.length() + quote.length(),
            "https://example.org/o",
            1.0,
            before + quote + " The end.",
            Optional.empty(),
            List.of(),
            List.of());

    String description = renderer.paragraph(c).getDescription();
    assertTrue(description.contains("**" + quote + "**"), description);
    assertTrue(description.startsWith("…"), description);
    assertTrue(description.length() <= MessageEmbed.DESCRIPTION_MAX_LENGTH);
    assertTrue(description.contains("[Orchestration"), "the source line is kept: " + description);
  }

  @Test
  void eachCitationShowsQuoteTranslationAndTheLinkedSourceParagraph() {
    Citation c =
        citation(
            "결국 반쪽짜리 오픈소스에 그친 것이다.",
            Optional.of("In the end it was only half open source."),
            List.of());

    String field = renderer.citation(c);

    assertEquals(
        "결국 반쪽짜리 오픈소스에 그친 것이다.\n↳ \"In the end it was only half open source.\"\n"
            + "[쿠버네티스와 ‘관용’](https://example.org/k8s) · ¶3",
        field);
  }

  @Test
  void aReferenceWithParenthesesIsStillALinkAndACorpusPathIsPlainText() {
    Citation wiki =
        new Citation(
            "Docker Swarm.",
            "k8s",
            "Orchestration",
            2,
            0,
            13,
            "https://en.wikipedia.org/wiki/Docker_(software)",
            1.0,
            "Docker Swarm.",
            Optional.empty(),
            List.of(),
            List.of());
    Citation file =
        new Citation(
            "Docker Swarm.",
            "k8s",
            "Orchestration",
            2,
            0,
            13,
            "index/container-orchestration.txt#L9",
            1.0,
            "Docker Swarm.",
            Optional.empty(),
            List.of(),
            List.of());

    assertTrue(
        renderer
            .citation(wiki)
            .endsWith("[Orchestration](https://en.wikipedia.org/wiki/Docker_%28software%29) · ¶2"),
        renderer.citation(wiki));
    assertTrue(renderer.citation(file).endsWith("\nOrchestration · ¶2"), renderer.citation(file));
  }

  @Test
  void titleAndFooterUseTheQuestionsLanguage() {
    Answer answer = answer(Language.KOREAN, 3, Optional.empty());

    MessageEmbed embed = renderer.answer(answer);

    Phrases ko = Phrases.of(Language.KOREAN);
    assertEquals(ko.fromSources().formatted(3), embed.getTitle());
    assertEquals(
        "1–3 · " + ko.confidence() + ": " + ko.level(answer.confidenceLevel()),
        embed.getFooter().getText());
    assertEquals(
        List.of("1 ▌", "2 ▌", "3 ▌"),
        embed.getFields().stream().map(MessageEmbed.Field::getName).toList());
  }

  @Test
  void aLongTranslationIsCutToTheFieldLimitAndTheSourceStays() {
    Citation c = citation("짧은 인용.", Optional.of("word ".repeat(400)), List.of());

    String field = renderer.citation(c);

    assertTrue(field.length() <= MessageEmbed.VALUE_MAX_LENGTH, "field has " + field.length());
    assertTrue(field.endsWith("· ¶3"), field);
    assertTrue(field.contains("…"), field);
  }

  @Test
  void aCutNeverLeavesAnEscapesBackslashWithoutItsCharacterNorSplitsAnEmoji() {
    // Every length of the quote moves the cut of the escaped translation by one character, across
    // both halves of each "\\*" escape and each emoji's surrogate pair.
    for (int extra = 0; extra < 4; extra++) {
      Citation c = citation("q".repeat(100 + extra), Optional.of("*😀".repeat(600)), List.of());

      String field = renderer.citation(c);

      assertTrue(field.length() <= MessageEmbed.VALUE_MAX_LENGTH, "field has " + field.length());
      String translation = field.substring(field.indexOf("↳ \"") + 3, field.indexOf("…"));
      assertTrue(
          translation.matches("(\\\\\\*😀)*(\\\\\\*)?"),
          "cut inside an escape or emoji: " + translation);
    }
  }

  @Test
  void aCutKeepsAWebAddressWholeOrLeavesItOut() {
    // A shortened address is a different address: each length of the quote moves the cut one
    // character further into it.
    String address = "https://example.org/docs/kubernetes/tolerations";
    for (int extra = 0; extra < address.length() + 2; extra++) {
      Citation c =
          citation(
              "q".repeat(100 + extra),
              Optional.of("word ".repeat(170) + address + " end".repeat(100)),
              List.of());

      String field = renderer.citation(c);

      String translation = field.substring(field.indexOf("↳ \"") + 3, field.indexOf("…"));
      assertTrue(
          translation.endsWith(address) || !translation.contains("http"),
          "cut inside the address: " + translation);
    }
  }

  @Test
  void aLongGlossLineIsCutAndTheLinkedSourceLineStaysWhole() {
    String quote = "*".repeat(Citation.MAX_QUOTE_CHARS);
    List<Citation.Gloss> glosses =
        java.util.Collections.nCopies(60, new Citation.Gloss("쿠버네티스", "Kubernetes"));
    Citation c =
        new Citation(
            quote,
            "k8s",
            "쿠버네티스와 ‘관용’",
            3,
            0,
            quote.length(),
            "https://example.org/k8s",
            1.0,
            quote,
            Optional.empty(),
            List.of(new Citation.Span(0, quote.length())),
            glosses);

    String field = renderer.citation(c);

    assertTrue(field.length() <= MessageEmbed.VALUE_MAX_LENGTH, "field has " + field.length());
    assertTrue(
        field.startsWith("**" + "\\*".repeat(quote.length()) + "**\n≈ 쿠버네티스 = Kubernetes · "),
        field);
    assertTrue(field.endsWith("…\n[쿠버네티스와 ‘관용’](https://example.org/k8s) · ¶3"), field);
  }

  @Test
  void aQuoteCutInsideItsBoldRunClosesTheRun() {
    String quote = "Kubernetes won. ".repeat(15).strip();
    String url = "https://example.org/" + "a".repeat(470);
    Citation c =
        new Citation(
            quote,
            "k8s",
            "*".repeat(200),
            3,
            0,
            quote.length(),
            url,
            1.0,
            quote,
            Optional.empty(),
            List.of(new Citation.Span(0, quote.length())),
            List.of());

    String field = renderer.citation(c);

    assertTrue(field.length() <= MessageEmbed.VALUE_MAX_LENGTH, "field has " + field.length());
    assertTrue(field.matches("(?s)\\*\\*Kubernetes won[^*]*\\*\\*…\n\\[.*"), field);
  }

  @Test
  void aLongMessageIsCutBeforeAnEscapeNotInsideIt() {
    String text = "x".repeat(1_998) + "\\*\\*";

    String content =
        renderer.render(new ChatReply.Help(Language.ENGLISH, text)).orElseThrow().getContent();

    assertEquals("x".repeat(1_998) + "…", content);
  }

  @Test
  void tenLongCitationsStayWithinTheEmbedTotal() {
    Answer answer = answer(Language.ENGLISH, 10, Optional.of("x".repeat(2_000)));

    MessageEmbed embed = renderer.answer(answer);

    assertTrue(
        embed.getLength() <= MessageEmbed.EMBED_MAX_LENGTH_BOT, "embed has " + embed.getLength());
    assertTrue(
        embed.getFields().size() >= 5, "as many citations as fit: " + embed.getFields().size());
  }

  @Test
  void answersCarryVoteButtonsNamingTheAnswerAndMentionNobody() {
    MessageCreateData message =
        renderer
            .render(new ChatReply.Answered("a1b2c3", answer(Language.ENGLISH, 1, Optional.empty())))
            .orElseThrow();

    List<String> ids =
        message.getComponents().getFirst().asActionRow().getButtons().stream()
            .map(b -> b.getCustomId())
            .toList();
    assertEquals(List.of("gwanyong:vote:up:a1b2c3", "gwanyong:vote:down:a1b2c3"), ids);
    assertEquals(Collections.emptySet(), message.getAllowedMentions());
  }

  @Test
  void aRespelledQuestionSaysWhichSpellingWasSearchedInTheEmbed() {
    Answer plain = answer(Language.KOREAN, 1, Optional.empty());
    Answer respelled =
        new Answer(
            "쿠버네티즈 역사",
            Language.KOREAN,
            plain.citations(),
            0.8,
            Optional.empty(),
            Optional.of("쿠버네티스 역사"),
            1);

    MessageEmbed embed =
        renderer
            .render(new ChatReply.Answered("a1", respelled))
            .orElseThrow()
            .getEmbeds()
            .getFirst();

    assertEquals(
        Phrases.of(Language.KOREAN).showingResultsFor().formatted("쿠버네티스 역사"),
        embed.getDescription());
    assertEquals(
        null,
        renderer
            .render(new ChatReply.Answered("a2", plain))
            .orElseThrow()
            .getEmbeds()
            .getFirst()
            .getDescription());
  }

  @Test
  void aRefusalIsAShortEmbedNamingTheClosestSource() {
    Answer refused =
        new Answer(
            "what is the capital of France?",
            Language.ENGLISH,
            List.of(),
            0.1,
            Optional.of(new ClosestSource("Kubernetes *history*", List.of("capital", "France"))),
            Optional.empty(),
            1);

    MessageEmbed embed =
        renderer.render(new ChatReply.Refused("r1", refused)).orElseThrow().getEmbeds().getFirst();

    Phrases en = Phrases.of(Language.ENGLISH);
    assertEquals(en.notCovered(), embed.getTitle());
    assertEquals(
        "Closest source: Kubernetes \\*history\\*, which mentions capital and France\n"
            + en.askModerator(),
        embed.getDescription());
  }

  @Test
  void aRefusalOfARespelledQuestionSaysWhichSpellingWasSearched() {
    Answer refused =
        new Answer(
            "kimchi stwe *recipe*",
            Language.ENGLISH,
            List.of(),
            0.1,
            Optional.empty(),
            Optional.of("kimchi stew *recipe*"),
            1);

    MessageEmbed embed =
        renderer.render(new ChatReply.Refused("r2", refused)).orElseThrow().getEmbeds().getFirst();

    Phrases en = Phrases.of(Language.ENGLISH);
    assertEquals(
        en.showingResultsFor().formatted("kimchi stew \\*recipe\\*") + "\n" + en.askModerator(),
        embed.getDescription());
  }

  @Test
  void helpIsAPlainMessageWithinTheContentLimitAndDuplicatesSendNothing() {
    MessageCreateData help =
        renderer.render(new ChatReply.Help(Language.ENGLISH, "y".repeat(3_000))).orElseThrow();

    assertEquals(2_000, help.getContent().length());
    assertTrue(renderer.render(new ChatReply.Duplicate(Language.ENGLISH)).isEmpty());
  }

  @Test
  void voteButtonIdsRoundTripAndForeignIdsAreNotVotes() {
    VoteButton down = new VoteButton("abc", false);

    assertEquals(Optional.of(down), VoteButton.parse(down.customId()));
    assertEquals(Optional.empty(), VoteButton.parse("someone-else:up:abc"));
    assertEquals(Optional.empty(), VoteButton.parse("gwanyong:vote:sideways:abc"));
  }

  private static Citation citation(
      String quote, Optional<String> translation, List<Citation.Span> highlights) {
    return new Citation(
        quote,
        "k8s",
        "쿠버네티스와 ‘관용’",
        3,
        0,
        quote.length(),
        "https://example.org/k8s",
        1.0,
        quote,
        translation,
        highlights,
        List.of());
  }

  private static Answer answer(Language language, int citations, Optional<String> translation) {
    List<Citation> list =
        java.util.stream.IntStream.rangeClosed(1, citations)
            .mapToObj(
                i -> citation(("quote " + i + " ").repeat(20).strip(), translation, List.of()))
            .toList();
    return new Answer("question", language, list, 0.8, Optional.empty(), Optional.empty(), 1);
  }
}
