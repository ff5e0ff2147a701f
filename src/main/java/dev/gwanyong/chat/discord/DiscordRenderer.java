package dev.gwanyong.chat.discord;

import dev.gwanyong.answer.Answer;
import dev.gwanyong.answer.Citation;
import dev.gwanyong.answer.Phrases;
import dev.gwanyong.chat.ChatReply;
import dev.gwanyong.chat.PlainCut;
import dev.gwanyong.chat.VoteReply;
import dev.gwanyong.config.WebAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Turns a {@link ChatReply} into a Discord message: an embed of cited quotes with 👍/👎 buttons, a
 * short refusal embed with a "this should have been answered" button, or a one-line message. All
 * framing words come from {@link Phrases}. Discord rejects a message that breaks a length limit, so
 * every piece is cut to fit here rather than failing at send time; and allowed mentions are
 * switched off, because a quote is the source's text and may contain {@code @everyone}.
 */
final class DiscordRenderer {

  private static final int ANSWER_COLOUR = 0x3B82F6;
  private static final int REFUSAL_COLOUR = 0x9CA3AF;

  /**
   * Caps on the source line, so a long title or address cannot crowd the quote out of its
   * 1,024-character field.
   */
  private static final int MAX_TITLE_CHARS = 200;

  private static final int MAX_LINK_CHARS = 500;

  /** Discord allows five buttons a row; "show more" gets its own row, one button a citation. */
  private static final int MAX_SHOW_MORE = 5;

  /** The message for a reply; empty for a duplicate delivery, which gets no answer at all. */
  Optional<MessageCreateData> render(ChatReply reply) {
    Optional<MessageCreateBuilder> message =
        switch (reply) {
          case ChatReply.Answered answered -> Optional.of(answered(answered));
          case ChatReply.Refused refused -> Optional.of(refused(refused));
          case ChatReply.Paragraph paragraph ->
              Optional.of(new MessageCreateBuilder().setEmbeds(paragraph(paragraph.citation())));
          case ChatReply.Help help -> Optional.of(text(help.message()));
          case ChatReply.Failed failed -> Optional.of(text(failed.message()));
          case ChatReply.Duplicate duplicate -> Optional.empty();
        };
    return message.map(
        m -> m.setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).build());
  }

  private static MessageCreateBuilder text(String text) {
    return new MessageCreateBuilder()
        .setContent(DiscordMarkdown.fit(text, Message.MAX_CONTENT_LENGTH));
  }

  private MessageCreateBuilder answered(ChatReply.Answered answered) {
    VoteButton up = new VoteButton(answered.answerId(), true);
    VoteButton down = new VoteButton(answered.answerId(), false);
    Phrases phrases = Phrases.of(answered.language());
    List<Button> more = new ArrayList<>();
    int citations = Math.min(answered.answer().citations().size(), MAX_SHOW_MORE);
    for (int rank = 1; rank <= citations; rank++) {
      String label = citations == 1 ? phrases.showMore() : phrases.showMore() + " " + rank;
      more.add(Button.secondary(new ShowMoreButton(answered.answerId(), rank).customId(), label));
    }
    return new MessageCreateBuilder()
        .setEmbeds(answer(answered.answer()))
        .setComponents(
            ActionRow.of(
                Button.secondary(up.customId(), "👍"), Button.secondary(down.customId(), "👎")),
            ActionRow.of(more));
  }

  /**
   * The paragraph around a quote (as much of it as an embed holds), the quoted sentences in bold,
   * the title linked to the source.
   */
  MessageEmbed paragraph(Citation citation) {
    String source = "\n\n" + source(citation);
    int room = MessageEmbed.DESCRIPTION_MAX_LENGTH - source.length();
    String text =
        citation.excerptRendered(
            room,
            excerpt ->
                DiscordMarkdown.escape(excerpt.before())
                    + "**"
                    + DiscordMarkdown.escape(excerpt.quote())
                    + "**"
                    + DiscordMarkdown.escape(excerpt.after()));
    // A quote longer than the room is cut, not the source line after it, whose link a cut would
    // break.
    return new EmbedBuilder()
        .setColor(ANSWER_COLOUR)
        .setDescription(DiscordMarkdown.fit(text, room) + source)
        .build();
  }

  /** The refusal, with a button saying the sources should have covered it: a 👎 on the refusal. */
  private MessageCreateBuilder refused(ChatReply.Refused refused) {
    VoteButton missing = new VoteButton(refused.answerId(), false);
    String label = Phrases.of(refused.language()).shouldHaveAnswered();
    return new MessageCreateBuilder()
        .setEmbeds(refusal(refused.answer()))
        .setComponents(ActionRow.of(Button.secondary(missing.customId(), label)));
  }

  /**
   * A vote button of a message with its count shown. The button's words are the ones it was sent
   * with, less any count, so the message keeps its language after a restart.
   */
  static Button withCount(Button button, VoteReply.Counts counts) {
    return VoteButton.parse(button.getCustomId())
        .map(
            vote -> {
              String words = button.getLabel().replaceFirst(" \\d+$", "");
              return button.withLabel(
                  VoteReply.Counts.label(words, vote.helpful() ? counts.up() : counts.down()));
            })
        .orElse(button);
  }

  /** One field a citation, best first, as many as fit in Discord's 6,000 characters an embed. */
  MessageEmbed answer(Answer answer) {
    Phrases phrases = Phrases.of(answer.language());
    List<Citation> citations = answer.citations();
    String title =
        PlainCut.toLength(
            phrases.fromSources().formatted(citations.size()), MessageEmbed.TITLE_MAX_LENGTH);
    String footer =
        (citations.size() == 1 ? "1" : "1–" + citations.size())
            + " · "
            + phrases.confidence()
            + ": "
            + phrases.level(answer.confidenceLevel());
    EmbedBuilder embed =
        new EmbedBuilder().setColor(ANSWER_COLOUR).setTitle(title).setFooter(footer);
    int used = title.length() + footer.length();
    Optional<String> corrected = corrected(answer, phrases);
    if (corrected.isPresent()) {
      embed.setDescription(corrected.get());
      used += corrected.get().length();
    }
    for (int rank = 1; rank <= citations.size() && rank <= MessageEmbed.MAX_FIELD_AMOUNT; rank++) {
      String name = rank + " ▌";
      String value = citation(citations.get(rank - 1));
      if (used + name.length() + value.length() > MessageEmbed.EMBED_MAX_LENGTH_BOT) {
        break;
      }
      embed.addField(name, value, false);
      used += name.length() + value.length();
    }
    return embed.build();
  }

  /**
   * The quote with matched words in bold, its translation (or, for an English reader of an
   * untranslated Korean quote, its gloss), and a link to the paragraph, within one field.
   */
  String citation(Citation citation) {
    String source = source(citation);
    String quote = emphasised(citation);
    String value = quote;
    if (citation.translation().isPresent()) {
      int room =
          MessageEmbed.VALUE_MAX_LENGTH - quote.length() - source.length() - "\n↳ \"\"\n".length();
      String translation =
          DiscordMarkdown.fit(DiscordMarkdown.escape(citation.translation().get().strip()), room);
      if (!translation.isEmpty()) {
        value += "\n↳ \"" + translation + "\"";
      }
    } else if (!citation.glosses().isEmpty()) {
      value += "\n≈ " + DiscordMarkdown.escape(citation.glossLine());
    }
    // A long quote is cut, not the source line after it, whose link a cut would break.
    return DiscordMarkdown.fit(value, MessageEmbed.VALUE_MAX_LENGTH - source.length() - 1)
        + "\n"
        + source;
  }

  /** "title · ¶3", the title linked to the source when it has a web address. */
  private static String source(Citation citation) {
    String title = PlainCut.toLength(citation.title(), MAX_TITLE_CHARS);
    // Parentheses would end a markdown link early (Wikipedia's "Docker_(software)"); encoded, they
    // mean the same.
    String url = citation.url().replace("(", "%28").replace(")", "%29");
    boolean linkable = WebAddress.isWebAddress(url) && url.length() <= MAX_LINK_CHARS;
    String shown =
        linkable
            ? "[" + DiscordMarkdown.linkText(title) + "](" + url + ")"
            : DiscordMarkdown.escape(title);
    return shown + " · ¶" + citation.paragraph();
  }

  /** The quote exactly as written, markdown escaped, with the highlighted spans wrapped in bold. */
  static String emphasised(Citation citation) {
    String quote = citation.quote();
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Citation.Span span : runs(quote, citation.highlights())) {
      out.append(DiscordMarkdown.escape(quote.substring(at, span.start())));
      out.append("**")
          .append(DiscordMarkdown.escape(quote.substring(span.start(), span.end())))
          .append("**");
      at = span.end();
    }
    out.append(DiscordMarkdown.escape(quote.substring(at)));
    return out.toString();
  }

  /**
   * The highlights in order, clipped to the quote, with overlapping ones and ones only spaces apart
   * joined: "**used Kubernetes**" reads better than "**used** **Kubernetes**".
   */
  private static List<Citation.Span> runs(String quote, List<Citation.Span> highlights) {
    List<Citation.Span> sorted = new ArrayList<>(highlights);
    sorted.sort(Comparator.comparingInt(Citation.Span::start));
    List<Citation.Span> runs = new ArrayList<>();
    for (Citation.Span span : sorted) {
      int start = Math.min(span.start(), quote.length());
      int end = Math.min(span.end(), quote.length());
      if (!runs.isEmpty()
          && quote.substring(Math.min(runs.getLast().end(), start), start).isBlank()) {
        Citation.Span last = runs.removeLast();
        start = last.start();
        end = Math.max(end, last.end());
      }
      if (start < end) {
        runs.add(new Citation.Span(start, end));
      }
    }
    return runs;
  }

  /**
   * Which spelling was searched, when the question was respelled: above the quotes, or above a
   * refusal.
   */
  private static Optional<String> corrected(Answer answer, Phrases phrases) {
    return answer
        .correctedQuestion()
        .map(
            q ->
                phrases
                    .showingResultsFor()
                    .formatted(DiscordMarkdown.escape(PlainCut.toLength(q, MAX_TITLE_CHARS))));
  }

  /**
   * A short, polite embed saying the sources do not cover it, naming the closest source when there
   * is one, and which spelling was searched when the question was respelled.
   */
  MessageEmbed refusal(Answer answer) {
    Phrases phrases = Phrases.of(answer.language());
    String corrected = corrected(answer, phrases).map(line -> line + "\n").orElse("");
    String closest =
        answer
            .closestSource()
            .map(s -> DiscordMarkdown.escape(phrases.closest(s)) + "\n")
            .orElse("");
    return new EmbedBuilder()
        .setColor(REFUSAL_COLOUR)
        .setTitle(PlainCut.toLength(phrases.notCovered(), MessageEmbed.TITLE_MAX_LENGTH))
        .setDescription(
            DiscordMarkdown.fit(
                corrected + closest + phrases.askModerator(), MessageEmbed.DESCRIPTION_MAX_LENGTH))
        .build();
  }
}
