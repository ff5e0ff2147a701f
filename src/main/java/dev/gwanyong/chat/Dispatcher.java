package dev.gwanyong.chat;

import dev.gwanyong.answer.Answer;
import dev.gwanyong.answer.Answerer;
import dev.gwanyong.answer.Language;
import dev.gwanyong.answer.Phrases;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Routes a chat question to the answerer and turns the outcome into a {@link ChatReply}. Knows nothing of any
 * platform: every adapter calls {@link #handle} and {@link #vote} and renders what comes back.
 */
public final class Dispatcher {

  /** Longest question accepted from chat; a member pasting a whole page gets a message, not a search. */
  public static final int MAX_QUESTION_CHARS = 1_000;

  private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
  private static final int REMEMBERED = 2_000;

  private final Answerer answerer;
  private final FeedbackLog feedback;
  private final Map<String, Answer> recentAnswers = Collections.synchronizedMap(lru(REMEMBERED));
  private final Set<String> seenEvents = Collections.newSetFromMap(Collections.synchronizedMap(lru(REMEMBERED)));

  public Dispatcher(Answerer answerer, FeedbackLog feedback) {
    this.answerer = answerer;
    this.feedback = feedback;
  }

  /** Answers a question. Never throws: faults become {@link ChatReply.Failed} with an incident id in the log. */
  public ChatReply handle(ChatRequest request) {
    Language language = Language.of(request.text());
    Phrases phrases = Phrases.of(language);
    if (!seenEvents.add(request.platform() + ":" + request.eventId())) {
      return new ChatReply.Duplicate(language);
    }
    String text = request.text().strip();
    if (text.isEmpty()) {
      return new ChatReply.Help(language, phrases.emptyQuestion());
    }
    if (text.length() > MAX_QUESTION_CHARS) {
      return new ChatReply.Help(
          language, phrases.questionTooLong().formatted(text.length(), MAX_QUESTION_CHARS));
    }
    try {
      Answer answer = answerer.ask(text);
      String answerId = newId();
      recentAnswers.put(answerId, answer);
      if (!answer.answered()) {
        feedback.recordRefusal(request.platform(), request.userId(), answerId, answer);
        return new ChatReply.Refused(answerId, answer);
      }
      return new ChatReply.Answered(answerId, answer);
    } catch (RuntimeException e) {
      String incident = newId();
      LOG.log(Level.SEVERE, "incident " + incident + " answering on " + request.platform(), e);
      return new ChatReply.Failed(language, incident, phrases.failed().formatted(incident));
    }
  }

  /** Records a vote and returns the thank-you line to show the voter. */
  public String vote(Vote vote) {
    Optional<Answer> answer = Optional.ofNullable(recentAnswers.get(vote.answerId()));
    feedback.recordVote(vote, answer);
    return Phrases.of(answer.map(Answer::language).orElse(Language.ENGLISH)).thanksForVote();
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
