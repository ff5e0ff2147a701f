package dev.gwanyong.chat;

import dev.gwanyong.admin.Actor;
import dev.gwanyong.admin.KbCommandParser;
import dev.gwanyong.admin.ModerationResult;
import dev.gwanyong.admin.ModerationService;
import dev.gwanyong.answer.Answer;
import dev.gwanyong.answer.Answerer;
import dev.gwanyong.answer.Language;
import dev.gwanyong.answer.Phrases;
import dev.gwanyong.corpus.PrintableText;
import dev.gwanyong.ops.ServeMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Routes a chat question to the answerer and turns the outcome into a {@link ChatReply}, and a
 * {@code /kb} command to the moderation service. Knows nothing of any platform: every adapter calls
 * {@link #handle}, {@link #vote} and {@link #moderate} and renders what comes back.
 */
public final class Dispatcher {

  private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
  private static final int REMEMBERED = 2_000;
  private static final String UNANSWERED = "unanswered";

  private final Answerer answerer;
  private final FeedbackLog feedback;
  private final Optional<ModerationService> moderation;
  private final ServeMetrics metrics;
  private final VoteTally votes;
  private final UnansweredReport unanswered;
  private final Map<String, Answer> recentAnswers = Collections.synchronizedMap(lru(REMEMBERED));
  private final Set<String> seenEvents =
      Collections.newSetFromMap(Collections.synchronizedMap(lru(REMEMBERED)));

  /** A dispatcher for questions only: {@code /kb} answers that moderation is not set up. */
  public Dispatcher(Answerer answerer, FeedbackLog feedback) {
    this(answerer, feedback, Optional.empty());
  }

  /**
   * A dispatcher for questions and, through {@code moderation}, {@code /kb} commands, counting into
   * metrics no one reads.
   */
  public Dispatcher(
      Answerer answerer, FeedbackLog feedback, Optional<ModerationService> moderation) {
    this(answerer, feedback, moderation, new ServeMetrics());
  }

  /**
   * As the one above, counting questions, votes and {@code /kb} commands into {@code metrics} for
   * {@code /metrics}.
   */
  public Dispatcher(
      Answerer answerer,
      FeedbackLog feedback,
      Optional<ModerationService> moderation,
      ServeMetrics metrics) {
    this.answerer = answerer;
    this.feedback = feedback;
    this.moderation = moderation;
    this.metrics = metrics;
    this.votes = new VoteTally(feedback);
    this.unanswered = new UnansweredReport(feedback, Clock.systemUTC());
  }

  /**
   * Records a delivery; false when the platform delivered it before. {@link #handle} and {@link
   * #moderate} claim their request themselves. An adapter that must acknowledge before answering
   * claims first, so a retry is neither acknowledged nor answered, and then calls {@link #answer}
   * or {@link #runModeration}.
   */
  public boolean claim(String platform, String eventId) {
    return seenEvents.add(platform + ":" + eventId);
  }

  /**
   * Answers a question once per delivery: a retried one gets {@link ChatReply.Duplicate}. Never
   * throws.
   */
  public ChatReply handle(ChatRequest request) {
    if (!claim(request.platform(), request.eventId())) {
      return new ChatReply.Duplicate(Language.of(request.text()));
    }
    return answer(request);
  }

  /**
   * Whether a message asks something to look up ({@link Answerer#asksSomething}): in a Q&amp;A
   * channel, where members talk too, one that does not ("thanks!", "ok", 👍) is left alone.
   */
  public boolean asksSomething(String text) {
    return answerer.asksSomething(PrintableText.wellFormed(text.strip()));
  }

  /**
   * Answers a question whose delivery the adapter has already {@linkplain #claim claimed}. Never
   * throws: faults become {@link ChatReply.Failed} with an incident id in the log.
   */
  public ChatReply answer(ChatRequest request) {
    Language language = Language.of(request.text());
    Phrases phrases = Phrases.of(language);
    // Where member text enters: unpaired surrogates become U+FFFD, so every log and reply can
    // encode the question.
    String text = PrintableText.wellFormed(request.text().strip());
    if (!Answerer.hasWords(text)) {
      return new ChatReply.Help(language, phrases.emptyQuestion());
    }
    if (Answerer.tooLong(text)) {
      return new ChatReply.Help(language, Phrases.tooLong(text));
    }
    if (!answerer.asksSomething(text)) {
      // "@bot thanks" or "/ask 네 알겠습니다" is said to the bot, not asked of its sources.
      return new ChatReply.Help(language, phrases.remarkReply());
    }
    long started = System.nanoTime();
    try {
      Answer answer = answerer.ask(text);
      String answerId = newId();
      recentAnswers.put(answerId, answer);
      if (!answer.answered()) {
        feedback.recordRefusal(request.platform(), request.userId(), answerId, answer);
        count(request, language, ServeMetrics.Outcome.REFUSED, started);
        return new ChatReply.Refused(answerId, answer);
      }
      count(request, language, ServeMetrics.Outcome.ANSWERED, started);
      return new ChatReply.Answered(answerId, answer);
    } catch (RuntimeException e) {
      String incident = newId();
      LOG.log(Level.SEVERE, "incident " + incident + " answering on " + request.platform(), e);
      count(request, language, ServeMetrics.Outcome.FAILED, started);
      return new ChatReply.Failed(language, incident, phrases.failed().formatted(incident));
    }
  }

  private void count(
      ChatRequest request, Language language, ServeMetrics.Outcome outcome, long startedNanos) {
    metrics.question(
        request.platform(), language, outcome, Duration.ofNanos(System.nanoTime() - startedNanos));
  }

  /**
   * Records a member's vote on an answer, one per member: a click that changes nothing is not
   * recorded again. Returns the thank-you line and the answer's counts.
   */
  public VoteReply vote(Vote vote) {
    Optional<Answer> answer = Optional.ofNullable(recentAnswers.get(vote.answerId()));
    VoteTally.Cast cast =
        votes.cast(
            vote,
            () -> {
              feedback.recordVote(vote, answer);
              metrics.vote(vote.platform(), vote.helpful());
            });
    Language language = answer.map(Answer::language).orElse(Language.ENGLISH);
    return new VoteReply(language, Phrases.of(language).thanksForVote(), cast.counts());
  }

  /**
   * The whole paragraph around the {@code rank}-th citation (from 1) of an answer, for a "show
   * more" click. Answers are remembered in memory only, so an answer from before a restart, or long
   * ago, gets a message asking to ask again. Never throws.
   */
  public ChatReply showMore(String answerId, int rank) {
    Optional<Answer> answer = Optional.ofNullable(recentAnswers.get(answerId));
    Language language = answer.map(Answer::language).orElse(Language.ENGLISH);
    if (answer.isEmpty() || rank < 1 || rank > answer.get().citations().size()) {
      return new ChatReply.Help(language, Phrases.of(language).answerForgotten());
    }
    return new ChatReply.Paragraph(language, answer.get().citations().get(rank - 1));
  }

  /**
   * Runs a {@code /kb} command for its sender: parsing, the moderator check, the audit line and the
   * change itself are the moderation service's. Empty for a retried delivery, which must not add a
   * source twice. Never throws: a fault becomes a message with an incident id, logged here.
   */
  public Optional<ModerationReply> moderate(ModerationRequest request) {
    if (!claim(request.platform(), request.eventId())) {
      return Optional.empty();
    }
    return Optional.of(runModeration(request));
  }

  /**
   * Runs a {@code /kb} command whose delivery the adapter has already {@linkplain #claim claimed}.
   * Never throws.
   */
  public ModerationReply runModeration(ModerationRequest request) {
    if (moderation.isEmpty()) {
      return new ModerationReply("⚠️ Moderation is not set up on this server.", false);
    }
    Actor actor = new Actor(request.platform(), request.userId(), request.groups());
    Optional<String> days = unansweredDays(request.input());
    if (days.isPresent()) {
      return unanswered(actor, days.get());
    }
    try {
      ModerationResult result =
          switch (request.input()) {
            case ModerationRequest.Typed(String text, var attachment) ->
                moderation
                    .get()
                    .attempt(
                        actor,
                        KbCommandParser.verb(text),
                        () -> KbCommandParser.parse(text, attachment));
            case ModerationRequest.Options(String subcommand, var values, var file) ->
                moderation
                    .get()
                    .attempt(
                        actor, subcommand, () -> KbCommandParser.parse(subcommand, values, file));
          };
      metrics.moderation(request.platform(), result.succeeded() ? "succeeded" : "refused");
      return new ModerationReply(result.message(), result.succeeded());
    } catch (RuntimeException e) {
      String incident = newId();
      LOG.log(Level.SEVERE, "incident " + incident + " running /kb on " + request.platform(), e);
      metrics.moderation(request.platform(), "failed");
      return new ModerationReply(Phrases.of(Language.ENGLISH).failed().formatted(incident), false);
    }
  }

  /**
   * The days typed after {@code unanswered} ({@code /kb unanswered 7}, or Discord's {@code days}
   * option), the default when none were; empty for every other {@code /kb} command.
   */
  private static Optional<String> unansweredDays(ModerationRequest.Input input) {
    String fallback = String.valueOf(UnansweredReport.DEFAULT_DAYS);
    return switch (input) {
      case ModerationRequest.Typed(String text, var attachment) -> {
        String[] words = text.strip().split("\\s+", 2);
        yield words[0].equalsIgnoreCase(UNANSWERED)
            ? Optional.of(words.length > 1 ? words[1].replaceFirst("^days:", "") : fallback)
            : Optional.empty();
      }
      case ModerationRequest.Options(String subcommand, var values, var file) ->
          subcommand.equalsIgnoreCase(UNANSWERED)
              ? Optional.of(values.getOrDefault(Commands.DAYS, fallback))
              : Optional.empty();
    };
  }

  /**
   * The unanswered report, for moderators only: it shows what members asked. A read, so it is not
   * audited, like {@code /kb list}.
   */
  private ModerationReply unanswered(Actor actor, String typedDays) {
    if (!moderation.get().mayChange(actor)) {
      metrics.moderation(actor.platform(), "refused");
      return new ModerationReply("⛔ Only moderators can see the unanswered questions.", false);
    }
    Optional<Integer> days = UnansweredReport.days(typedDays);
    if (days.isEmpty()) {
      metrics.moderation(actor.platform(), "refused");
      return new ModerationReply(UnansweredReport.badDays(typedDays), false);
    }
    metrics.moderation(actor.platform(), "succeeded");
    return new ModerationReply(unanswered.text(days.get()), true);
  }

  /**
   * Whether a sender may change the sources: an adapter asks before downloading a file sent with
   * {@code /kb}, so a member's upload is never fetched.
   */
  public boolean mayModerate(String platform, String userId, Set<String> groups) {
    return moderation.isPresent()
        && moderation.get().mayChange(new Actor(platform, userId, groups));
  }

  private static String newId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  private static <V> Map<String, V> lru(int capacity) {
    return new LinkedHashMap<>(capacity, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > capacity;
      }
    };
  }
}
