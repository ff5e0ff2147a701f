package dev.gwanyong.chat;

import dev.gwanyong.index.TextNormalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The questions members most often did not get an answer to, from the feedback log: refused ones,
 * and answered ones whose members' last vote was 👎 (a "this should have been answered" click is a
 * 👎 on a refusal). Questions are grouped by their normalised text, so "Kubernetes 가격은?" and
 * "kubernetes 가격은" count together. It tells moderators which source to add next.
 */
public final class UnansweredReport {

  public static final int DEFAULT_DAYS = 30;
  public static final int MAX_DAYS = 365;

  /** How many questions the report lists; the rest are counted in its last line. */
  static final int SHOWN = 10;

  private static final Pattern TRAILING = Pattern.compile("[\\s\\p{Punct}？！。]+$");
  private static final Pattern CONTROL_OR_SPACE = Pattern.compile("[\\s\\p{Cc}]+");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  private final FeedbackLog log;
  private final Clock clock;

  public UnansweredReport(FeedbackLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  /**
   * One question as members asked it.
   *
   * @param question the latest wording asked
   * @param refused how many times it was refused
   * @param downVotes how many members' last vote on one of its answers is 👎
   * @param last when it was last refused or voted down
   */
  public record Row(String question, int refused, int downVotes, Instant last) {
    int total() {
      return refused + downVotes;
    }
  }

  /**
   * The number of days a member or operator typed, when it is a whole number from 1 to {@link
   * #MAX_DAYS}.
   */
  public static Optional<Integer> days(String typed) {
    try {
      int days = Integer.parseInt(typed.strip());
      return days >= 1 && days <= MAX_DAYS ? Optional.of(days) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** What to say when {@link #days} found no number of days. */
  public static String badDays(String typed) {
    return "⚠️ \""
        + typed.strip()
        + "\" is not a number of days; give a whole number from 1 to "
        + MAX_DAYS
        + ", e.g. unanswered 7.";
  }

  /** The questions of the last {@code days} days, most frequent first, then most recent. */
  public List<Row> rows(int days) {
    Instant since = clock.instant().minus(Duration.ofDays(days));
    List<FeedbackLog.Line> lines = log.lines();
    Map<String, String> questionOfAnswer = new HashMap<>();
    for (FeedbackLog.Line line : lines) {
      line.question().ifPresent(q -> questionOfAnswer.putIfAbsent(line.answerId(), q));
    }
    // A member's vote is the last one they cast on an answer.
    Map<String, FeedbackLog.Line> lastVotes = new LinkedHashMap<>();
    Map<String, Tally> byQuestion = new LinkedHashMap<>();
    for (FeedbackLog.Line line : lines) {
      if (line.kind().equals("vote") && line.helpful().isPresent()) {
        lastVotes.put(line.answerId() + "\u0000" + line.user(), line);
      } else if (line.kind().equals("refused")
          && !line.time().isBefore(since)
          && line.question().isPresent()) {
        tally(byQuestion, line.question().get(), line.time()).refused++;
      }
    }
    for (FeedbackLog.Line vote : lastVotes.values()) {
      String question = questionOfAnswer.get(vote.answerId());
      if (!vote.helpful().get() && !vote.time().isBefore(since) && question != null) {
        tally(byQuestion, question, vote.time()).downVotes++;
      }
    }
    List<Row> rows = new ArrayList<>();
    byQuestion.values().forEach(t -> rows.add(new Row(t.question, t.refused, t.downVotes, t.last)));
    rows.sort(
        Comparator.comparingInt(Row::total)
            .reversed()
            .thenComparing(Row::last, Comparator.reverseOrder()));
    return rows;
  }

  /** The report as text for chat and the terminal. */
  public String text(int days) {
    List<Row> rows = rows(days);
    String period = days == 1 ? "the last day" : "the last " + days + " days";
    if (rows.isEmpty()) {
      return "No refused or down-voted questions in " + period + ".";
    }
    StringBuilder out =
        new StringBuilder("Unanswered questions in " + period + ", most frequent first:\n");
    for (int i = 0; i < Math.min(SHOWN, rows.size()); i++) {
      Row row = rows.get(i);
      out.append(i + 1).append(". ").append(row.question()).append(" — ");
      List<String> counts = new ArrayList<>();
      if (row.refused() > 0) {
        counts.add("refused " + row.refused() + "×");
      }
      if (row.downVotes() > 0) {
        counts.add("👎 " + row.downVotes());
      }
      out.append(String.join(", ", counts))
          .append(", last ")
          .append(DAY.format(row.last()))
          .append('\n');
    }
    if (rows.size() > SHOWN) {
      out.append("… and ").append(rows.size() - SHOWN).append(" more.\n");
    }
    return out.toString().stripTrailing();
  }

  private static Tally tally(Map<String, Tally> byQuestion, String question, Instant time) {
    Tally tally = byQuestion.computeIfAbsent(normalised(question), k -> new Tally());
    if (tally.last == null || !time.isBefore(tally.last)) {
      tally.last = time;
      // Members typed it: an escape sequence or a bell in it must not reach the terminal or chat
      // showing the report.
      tally.question = CONTROL_OR_SPACE.matcher(question).replaceAll(" ").strip();
    }
    return tally;
  }

  /** The grouping key: NFKC, white space collapsed, case folded, closing punctuation dropped. */
  static String normalised(String question) {
    String text =
        TextNormalizer.normalize(question).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return TRAILING.matcher(text).replaceAll("");
  }

  /** Counts for one group of questions. */
  private static final class Tally {
    String question;
    int refused;
    int downVotes;
    Instant last;
  }
}
