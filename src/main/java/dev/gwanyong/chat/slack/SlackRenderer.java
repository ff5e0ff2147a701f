package dev.gwanyong.chat.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import dev.gwanyong.answer.Answer;
import dev.gwanyong.answer.Citation;
import dev.gwanyong.answer.Phrases;
import dev.gwanyong.chat.ChatReply;
import dev.gwanyong.chat.DirectionControls;
import dev.gwanyong.chat.LineSplitter;
import dev.gwanyong.chat.PlainCut;
import dev.gwanyong.chat.VoteReply;
import dev.gwanyong.config.WebAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a {@link ChatReply} into Block Kit. All framing words come from {@link Phrases}, so Slack
 * says what every other front end says; only the layout is Slack's.
 */
final class SlackRenderer {

  static final String VOTE_UP = "gwanyong_vote_up";
  static final String VOTE_DOWN = "gwanyong_vote_down";
  static final String POST_TO_CHANNEL = "gwanyong_post_to_channel";

  /** Beside each quote: the whole paragraph, for the clicker only. */
  static final String SHOW_MORE = "gwanyong_show_more";

  /** Under a refusal: a 👎 that says the sources should have covered the question. */
  static final String SHOULD_HAVE_ANSWERED = "gwanyong_should_have_answered";

  /** Slack refuses a message with more blocks than this. */
  static final int MAX_BLOCKS = 50;

  /**
   * A translation can be a whole paragraph; the quote is what matters, so the translation yields
   * first.
   */
  private static final int MAX_TRANSLATION = 1_000;

  /** Slack's limit for a button's value. */
  private static final int MAX_BUTTON_VALUE = 2_000;

  /** Question echoed above a /ask answer, which Slack does not show by itself. */
  private static final int MAX_ECHOED_QUESTION = 300;

  /**
   * Sections of a text shown as written: Slack keeps 40,000 characters of a message's text, which
   * is where a long {@code /kb} reply was cut when it was sent as text, and where it is cut now.
   */
  private static final int MAX_LITERAL_SECTIONS = 40_000 / Mrkdwn.MAX_TEXT;

  /** Where a reply is shown, which decides what goes around the quotes. */
  enum Surface {
    /** In the thread of the question: the question is right above. */
    THREAD,
    /**
     * The private answer to {@code /ask}: echoes the question and offers to post it to the channel.
     */
    EPHEMERAL,
    /** A {@code /ask} answer posted for everyone: echoes the question. */
    CHANNEL
  }

  /** What to send; empty for a {@link ChatReply.Duplicate}, which gets no answer at all. */
  Optional<SlackMessage> render(ChatReply reply, Surface surface) {
    return switch (reply) {
      case ChatReply.Answered answered -> Optional.of(answered(answered, surface));
      case ChatReply.Refused refused -> Optional.of(refused(refused, surface));
      case ChatReply.Paragraph paragraph -> Optional.of(paragraph(paragraph.citation()));
      case ChatReply.Help help -> Optional.of(plain(help.message()));
      case ChatReply.Failed failed -> Optional.of(plain(failed.message()));
      case ChatReply.Duplicate duplicate -> Optional.empty();
    };
  }

  /**
   * Text shown exactly as written, such as a {@code /kb} reply, which holds source titles and what
   * the member typed: in plain_text sections, which Slack does not format, so that a title's {@code
   * *bold*}, {@code _x_}, {@code ~y~} or {@code `z`} shows as typed (mrkdwn, verbatim or not, draws
   * them and has no escape for them), and without emoji codes, so that {@code :tada:} stays words.
   * Slack parses neither links nor entities in plain_text, so {@code & < >} go as they are: {@code
   * <https://x|text>} is no link there, and an escaped {@code R&D} would show as {@code R&amp;D}.
   * Only the notification fallback, which Slack reads as mrkdwn, is escaped. A long text is split
   * between lines over sections.
   */
  SlackMessage literal(String text) {
    List<LayoutBlock> blocks =
        LineSplitter.split(
                DirectionControls.remove(text),
                Mrkdwn.MAX_TEXT,
                MAX_LITERAL_SECTIONS,
                PlainCut::toLength)
            .stream()
            .<LayoutBlock>map(piece -> section(s -> s.text(plainText(piece, false))))
            .toList();
    return new SlackMessage(Mrkdwn.fit(Mrkdwn.escape(text), Mrkdwn.MAX_TEXT), blocks);
  }

  private SlackMessage answered(ChatReply.Answered reply, Surface surface) {
    Answer answer = reply.answer();
    Phrases phrases = Phrases.of(answer.language());
    List<LayoutBlock> blocks = new ArrayList<>();
    echoQuestion(answer, surface, blocks);
    showCorrected(answer, phrases, blocks);
    String heading = phrases.fromSources().formatted(answer.citations().size());
    blocks.add(section(s -> s.text(Mrkdwn.text("*" + Mrkdwn.escape(heading) + "*"))));

    int room = (MAX_BLOCKS - blocks.size() - 2) / 2;
    List<Citation> shown = answer.citations().subList(0, Math.min(room, answer.citations().size()));
    for (int i = 0; i < shown.size(); i++) {
      Citation citation = shown.get(i);
      // The button names the answer and the citation; the dispatcher remembers the paragraph.
      String more = reply.answerId() + ":" + (i + 1);
      blocks.add(
          section(
              s ->
                  s.text(Mrkdwn.text(Mrkdwn.fit(quoteText(citation), Mrkdwn.MAX_TEXT)))
                      .accessory(
                          button(
                              b ->
                                  b.actionId(SHOW_MORE)
                                      .text(plainText(phrases.showMore(), true))
                                      .value(more)))));
      blocks.add(
          context(List.of(Mrkdwn.text(Mrkdwn.fit(sourceLine(i + 1, citation), Mrkdwn.MAX_TEXT)))));
    }

    String confidence =
        phrases.confidence()
            + ": "
            + phrases.level(answer.confidenceLevel())
            + String.format(Locale.ROOT, " (%.2f)", answer.confidence());
    blocks.add(context(List.of(Mrkdwn.text(Mrkdwn.escape(confidence)))));
    blocks.add(actions(buttons(reply, phrases, surface)));

    String fallback = Mrkdwn.escape(heading + "\n" + answer.citations().getFirst().quote());
    return new SlackMessage(Mrkdwn.fit(fallback, Mrkdwn.MAX_TEXT), blocks);
  }

  private static String sourceLine(int rank, Citation citation) {
    return "*" + rank + "* · " + source(citation);
  }

  /**
   * Title linked to the source, paragraph; a link Slack cannot open (a corpus path) is shown as
   * code.
   */
  private static String source(Citation citation) {
    if (WebAddress.isWebAddress(citation.url())) {
      return Mrkdwn.link(citation.url(), citation.title()) + " · ¶" + citation.paragraph();
    }
    String path = Mrkdwn.escape(citation.url()).replace('`', '\'');
    String line = Mrkdwn.escape(citation.title()) + " · ¶" + citation.paragraph();
    return path.isBlank() ? line : line + " · `" + path + "`";
  }

  /**
   * The paragraph around a quote (as much of it as a section holds), the quoted sentences in bold
   * so the reader finds their place.
   */
  private static SlackMessage paragraph(Citation citation) {
    String text =
        Mrkdwn.fit(
            citation.excerptRendered(
                Mrkdwn.MAX_TEXT,
                excerpt -> Mrkdwn.quote(excerpt.text(), List.of(excerpt.quoteSpan()))),
            Mrkdwn.MAX_TEXT);
    String source = Mrkdwn.fit(source(citation), Mrkdwn.MAX_TEXT);
    List<LayoutBlock> blocks =
        List.of(section(s -> s.text(Mrkdwn.text(text))), context(List.of(Mrkdwn.text(source))));
    String fallback =
        citation.excerptRendered(Mrkdwn.MAX_TEXT, excerpt -> Mrkdwn.escape(excerpt.text()));
    return new SlackMessage(Mrkdwn.fit(fallback, Mrkdwn.MAX_TEXT), blocks);
  }

  /**
   * The quote, then its translation, or, for an English reader of an untranslated Korean quote, its
   * gloss.
   */
  private static String quoteText(Citation citation) {
    String text = Mrkdwn.quote(citation.quote(), citation.highlights());
    String gloss =
        citation.glosses().isEmpty() ? text : text + "\n≈ " + Mrkdwn.escape(citation.glossLine());
    return citation
        .translation()
        .filter(t -> !t.isBlank())
        .map(t -> text + "\n↳ " + Mrkdwn.fit(Mrkdwn.escape(t.strip()), MAX_TRANSLATION))
        .orElse(gloss);
  }

  private static List<BlockElement> buttons(
      ChatReply.Answered reply, Phrases phrases, Surface surface) {
    List<BlockElement> buttons = new ArrayList<>();
    buttons.add(voteButton(VOTE_UP, reply.answerId(), "👍"));
    buttons.add(voteButton(VOTE_DOWN, reply.answerId(), "👎"));
    String question = readable(reply.answer().question());
    if (surface == Surface.EPHEMERAL && question.length() <= MAX_BUTTON_VALUE) {
      // The question itself travels in the button, so the answer can be posted even after a
      // restart.
      buttons.add(
          button(
              b ->
                  b.actionId(POST_TO_CHANNEL)
                      .text(plainText(phrases.postToChannel(), true))
                      .value(question)));
    }
    return buttons;
  }

  private static BlockElement voteButton(String actionId, String answerId, String text) {
    return button(b -> b.actionId(actionId).text(plainText(text, true)).value(answerId));
  }

  /**
   * The blocks of a message as Slack sent them back with a click, with each vote button's text
   * showing its count. The message itself is the record of what was shown, so this works for
   * answers given before a restart too.
   */
  static List<LayoutBlock> withCounts(List<LayoutBlock> blocks, VoteReply reply) {
    VoteReply.Counts counts = reply.counts();
    for (LayoutBlock block : blocks) {
      if (block instanceof ActionsBlock actions) {
        for (BlockElement element : actions.getElements()) {
          if (element instanceof ButtonElement button) {
            String text =
                switch (button.getActionId()) {
                  case VOTE_UP -> VoteReply.Counts.label("👍", counts.up());
                  case VOTE_DOWN -> VoteReply.Counts.label("👎", counts.down());
                  case SHOULD_HAVE_ANSWERED ->
                      VoteReply.Counts.label(
                          Phrases.of(reply.language()).shouldHaveAnswered(), counts.down());
                  default -> null;
                };
            if (text != null) {
              button.setText(plainText(text, true));
            }
          }
        }
      }
    }
    return blocks;
  }

  private SlackMessage refused(ChatReply.Refused reply, Surface surface) {
    Answer answer = reply.answer();
    Phrases phrases = Phrases.of(answer.language());
    List<LayoutBlock> blocks = new ArrayList<>();
    echoQuestion(answer, surface, blocks);
    showCorrected(answer, phrases, blocks);
    StringBuilder text = new StringBuilder(Mrkdwn.escape(phrases.notCovered()));
    answer
        .closestSource()
        .ifPresent(source -> text.append('\n').append(Mrkdwn.escape(phrases.closest(source))));
    text.append('\n').append(Mrkdwn.escape(phrases.askModerator()));
    String body = Mrkdwn.fit(text.toString(), Mrkdwn.MAX_TEXT);
    blocks.add(section(s -> s.text(Mrkdwn.text(body))));
    blocks.add(
        actions(
            List.of(
                voteButton(SHOULD_HAVE_ANSWERED, reply.answerId(), phrases.shouldHaveAnswered()))));
    return new SlackMessage(body, blocks);
  }

  /**
   * Which spelling was searched, when the question was respelled: above the quotes, or above a
   * refusal.
   */
  private static void showCorrected(Answer answer, Phrases phrases, List<LayoutBlock> blocks) {
    answer
        .correctedQuestion()
        .ifPresent(
            q -> {
              String corrected =
                  Mrkdwn.fit(
                      Mrkdwn.escape(phrases.showingResultsFor().formatted(q)), Mrkdwn.MAX_TEXT);
              blocks.add(context(List.of(Mrkdwn.text(corrected))));
            });
  }

  private static void echoQuestion(Answer answer, Surface surface, List<LayoutBlock> blocks) {
    if (surface != Surface.THREAD) {
      String question = Mrkdwn.fit(Mrkdwn.escape(readable(answer.question())), MAX_ECHOED_QUESTION);
      blocks.add(context(List.of(Mrkdwn.text("❓ " + question))));
    }
  }

  /** Control characters mean nothing to a reader and garble Slack's display; they become spaces. */
  private static String readable(String question) {
    return question.replaceAll("[\\p{Cc}&&[^\\n]]", " ").strip();
  }

  private static SlackMessage plain(String message) {
    String text = Mrkdwn.fit(Mrkdwn.escape(message), Mrkdwn.MAX_TEXT);
    return new SlackMessage(text, List.of(section(s -> s.text(Mrkdwn.text(text)))));
  }
}
