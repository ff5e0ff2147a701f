package dev.gwanyong.cli;

import dev.gwanyong.answer.Answer;
import dev.gwanyong.answer.Citation;
import dev.gwanyong.answer.Phrases;
import java.util.List;

/** Renders an answer as plain text for a terminal, in the layout members see on every platform. */
final class TextRenderer {

  private TextRenderer() {}

  static String render(Answer answer) {
    Phrases phrases = Phrases.of(answer.language());
    StringBuilder out = new StringBuilder();
    // A refusal says what was searched too: the member sees the slip it did not mend (wen for
    // when).
    answer
        .correctedQuestion()
        .ifPresent(q -> out.append(phrases.showingResultsFor().formatted(q)).append('\n'));
    if (!answer.answered()) {
      out.append(phrases.notCovered()).append('\n');
      answer.closestSource().ifPresent(s -> out.append(phrases.closest(s)).append(". "));
      return out.append(phrases.askModerator()).append('\n').toString();
    }
    List<Citation> citations = answer.citations();
    out.append(phrases.fromSources().formatted(citations.size())).append("\n\n");
    for (int i = 0; i < citations.size(); i++) {
      Citation c = citations.get(i);
      out.append(i + 1).append(" ▌ ").append(c.quote()).append('\n');
      c.translation().ifPresent(t -> out.append("  ↳ ").append(t).append('\n'));
      if (!c.glosses().isEmpty()) {
        out.append("  ≈ ").append(c.glossLine()).append('\n');
      }
      out.append("  ")
          .append(c.title())
          .append(" · ¶")
          .append(c.paragraph())
          .append(" · ")
          .append(c.url());
      out.append("\n\n");
    }
    out.append(phrases.confidence()).append(": ").append(phrases.level(answer.confidenceLevel()));
    return out.append('\n').toString();
  }
}
