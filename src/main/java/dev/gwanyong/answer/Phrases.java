package dev.gwanyong.answer;

import java.util.List;

/**
 * The bot's own words around the quotes, in the language of the question. Every front end takes its
 * framing text from here so that Slack, Discord and the command line say the same thing.
 */
public record Phrases(
    String fromSources,
    String confidence,
    String notCovered,
    String closestSource,
    String closestSourceMentioning,
    String askModerator,
    String emptyQuestion,
    String remarkReply,
    String questionTooLong,
    String failed,
    String thanksForVote,
    String translation,
    String postToChannel,
    String showingResultsFor,
    String shouldHaveAnswered,
    String showMore,
    String answerForgotten,
    String buttonNotValid,
    String unknownCommand) {

  /** The question both the empty question's reply and a remark's suggest, each language's own. */
  private static final String KOREAN_EXAMPLE = "쿠버네티스를 활용하는 기업 비율은?";

  private static final String ENGLISH_EXAMPLE =
      "What share of companies use Kubernetes in the CNCF survey?";

  private static final Phrases KOREAN =
      new Phrases(
          "📖 출처에서 찾은 내용 (%d)",
          "신뢰도",
          "🤷 제가 가진 자료로는 답할 수 없는 질문입니다.",
          "가장 가까운 자료: %s",
          "가장 가까운 자료: %s (%s 언급)",
          "자료가 필요하면 운영자에게 추가를 요청해 주세요.",
          "질문을 입력해 주세요. 예: " + KOREAN_EXAMPLE,
          "🙂 궁금한 것이 있으면 언제든 물어보세요. 예: " + KOREAN_EXAMPLE,
          "질문이 너무 깁니다 (%d자). %d자 이내로 줄여 주세요.",
          "처리 중 문제가 생겼습니다 (사건 번호 %s). 잠시 후 다시 시도해 주세요.",
          "의견 감사합니다!",
          "번역",
          "📣 채널에 공유",
          "🔎 고친 철자로 찾았습니다: %s",
          "🙋 답을 받았어야 할 질문",
          "📄 더 보기",
          "오래된 답변이라 문단을 더 보여 드릴 수 없습니다. 다시 질문해 주세요.",
          "더 이상 쓸 수 없는 버튼입니다. 다시 질문해 주세요.",
          "모르는 명령입니다: /%s. 질문은 /ask로 해 주세요.");

  private static final Phrases ENGLISH =
      new Phrases(
          "📖 From the sources (%d)",
          "confidence",
          "🤷 The sources I have don't answer that.",
          "Closest source: %s",
          "Closest source: %s, which mentions %s",
          "Ask a moderator to add a source.",
          "Please type a question, for example: " + ENGLISH_EXAMPLE,
          "🙂 I'm here whenever you have a question, for example: " + ENGLISH_EXAMPLE,
          "That question is too long (%d characters). Please keep it under %d.",
          "Something went wrong (incident %s). Please try again shortly.",
          "Thanks for the feedback!",
          "translation",
          "📣 Post to channel",
          "🔎 Showing results for %s",
          "🙋 This should have been answered",
          "📄 Show more",
          "That answer is too old to show more of; please ask again.",
          "This button is no longer valid; please ask again.",
          "Unknown command /%s. Use /ask to ask a question.");

  public static Phrases of(Language language) {
    return language == Language.KOREAN ? KOREAN : ENGLISH;
  }

  /**
   * What every front end says to a question longer than it asks ({@link
   * Answerer#MAX_QUESTION_CHARS}), in the question's language.
   */
  public static String tooLong(String question) {
    return of(Language.of(question))
        .questionTooLong
        .formatted(question.length(), Answerer.MAX_QUESTION_CHARS);
  }

  /**
   * The line of a refusal that names its closest source, and the question's words that source
   * mentions.
   */
  public String closest(ClosestSource source) {
    List<String> words = source.mentions();
    if (words.isEmpty()) {
      return closestSource.formatted(source.title());
    }
    // English lists end in "and"; Korean lists its words with commas only.
    String listed =
        this == KOREAN || words.size() == 1
            ? String.join(", ", words)
            : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
    return closestSourceMentioning.formatted(source.title(), listed);
  }

  /** The member-facing word for a confidence level. */
  public String level(Confidence level) {
    boolean korean = this == KOREAN;
    return switch (level) {
      case HIGH -> korean ? "높음" : "high";
      case MEDIUM -> korean ? "보통" : "medium";
      case LOW -> korean ? "낮음" : "low";
    };
  }
}
