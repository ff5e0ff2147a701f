package dev.gwanyong.index;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions that ask about a term rather than with it: what it means or stands for, what an
 * abbreviation is short for, or what the sources say of it. Each asks for the term alone ("What
 * does BDFL stand for?" as "BDFL?"): a source defines or tells of a term without the question's
 * words (mean, explain, 설명).
 */
final class TermQuestions {

  /**
   * A question for what a term means or stands for: "What does BDFL stand for?", "What does vendor
   * lock-in mean?", "What is meant by tolerance?", and as a frame leaves it, "what BDFL stands
   * for?". The term is what it asks about; a source defines it without these words.
   */
  private static final Pattern ENGLISH_DEFINITION =
      Pattern.compile(
          "^what\\s+(?:(?:(?:does|do|did)\\s+)?(.+?)\\s+(?:stands?\\s+for|mean|means)|is\\s+meant\\s+by\\s+(.+?))"
              + "\\s*[?.!]*$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A question for what an abbreviation is short for, which a source mostly answers by writing it
   * beside its words ("Cloud Native Computing Foundation (CNCF)"): "D2iQ stands for what?", "What
   * is CNCF short for?", "What is KEP an abbreviation of?", "What is the full name of CNCF?". The
   * abbreviation is what it asks about. Korean questions (CNCF는 뭐의 약자야?) keep their words, as
   * Korean sources write them: KorQuAD's "GP는 무엇의 약자인가?" is answered by "GP는 그랑프리의 약자로…" and, asked
   * as "GP?", was refused.
   */
  private static final Pattern ENGLISH_ABBREVIATION =
      Pattern.compile(
          "^(?:(.+?)\\s+stands?\\s+for\\s+what|what(?:'s|’s|\\s+is|\\s+was)\\s+(?:(.+?)\\s+(?:short|an?\\s+(?:abbreviation"
              + "|acronym))\\s+(?:for|of)|the\\s+full\\s+(?:name|form)\\s+of\\s+(.+?)))\\s*[?.!]*$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A Korean question for what a term written in Latin letters means: "BDFL 뜻", "DCO가 무슨 뜻이야?",
   * "SSPL의 의미는?", "CLA 뜻이 뭐야?". Korean sources define such a term beside its words, as English ones
   * do ("자비로운 종신 독재자(BDFL)"), so it asks for the term alone; a Korean term keeps its words (관용의
   * 뜻은?), as Korean sources define it with them (…라는 뜻이다).
   */
  private static final Pattern KOREAN_LATIN_MEANING =
      Pattern.compile(
          "^(\\p{IsLatin}[\\p{IsLatin}\\d.+#/-]*(?:\\s[\\p{IsLatin}\\d.+#/-]+){0,3})\\s?(?:이|가|은|는|의)?\\s*"
              + "(?:(?:무슨|어떤)\\s*)?(?:뜻|의미)(?:이|가|은|는|임|야|이야|이에요|예요|인가요|인가|입니까|이냐|일까)?"
              + "(?:\\s*(?:뭐|뭔|무엇)[가-힣]{0,4})?\\s*[?.!]*$");

  /**
   * "What does the essay mean by tolerance?" asks what tolerance is, as "What is meant by
   * tolerance?" does.
   */
  private static final Pattern ENGLISH_TEXT_MEANS =
      Pattern.compile(
          "^what\\s+(?:does|do|did)\\s+(?:the|this)\\s+"
              + TextReferences.ENGLISH_TEXT
              + "\\s+mean\\s+by\\s+(.+?)\\s*[?.!]*$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A request to tell about a topic asks for what the sources say of it, as a definition question
   * asks for its term: "Tell me about Mesosphere", "Explain vendor lock-in", "Describe the steering
   * committee", "Give me a quick summary of Borg", "Any info on Omega?", "What's the deal with
   * Mesosphere?", "메소스피어에 대해 간단히 설명해 주세요", "BDFL이 뭔지 알려줘", "메소스피어에 대해 요약해 줘". Its verb (explain,
   * 설명, summary) is in no sentence that does so. Its politeness is optional groups rather than one
   * repeated group, whose loop bookkeeping every question's match allocated.
   */
  private static final Pattern ENGLISH_REQUEST =
      Pattern.compile(
          "^(?:(?:please|pls|plz)\\s+)?(?:(?:can|could|would)\\s+you\\s+)?(?:(?:please|pls|plz)\\s+)?"
              + "(?:tell\\s+(?:me|us)\\s+(?:more\\s+)?about|explain|describe|define|talk\\s+about|summari[sz]e|eli5"
              + "|(?:give\\s+(?:me|us)\\s+)?(?:an?\\s+)?(?:(?:quick|short|brief)\\s+)?(?:summary|overview|rundown)\\s+of"
              + "|(?:any\\s+)?info(?:rmation)?\\s+(?:on|about)|what(?:'s|’s|\\s+is)\\s+the\\s+deal\\s+with)\\s+(.+?)"
              + "\\s*(?:,?\\s*(?:please|pls|plz))?\\s*[?.!]*$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern KOREAN_REQUEST =
      Pattern.compile(
          "^(.+?)(?:에\\s?대해서?|에\\s?관해서?|(?:이|가)?\\s?뭔지|(?:이|가)?\\s?무엇인지)\\s+"
              + "(?:(?:좀|간단히|간단하게|짧게|자세히)\\s+)?"
              + "(?:(?:알려|설명해|말해|얘기해|이야기해|가르쳐|요약해|정리해)\\s?(?:줘|줘요|주세요|줄래|줄래요|주실래요|주시겠어요|봐|봐요|보세요)?"
              // …을 알고 싶어요, …이 궁금해요: the same request, said as a wish.
              + "|알고\\s?싶(?:어|어요|습니다|다|은데|은데요)|궁금(?:해|해요|합니다|하다|한데|한데요))"
              + "\\s*[?.!]*$");

  /**
   * Terms that only point back at something said before: "What do you mean?", "Explain it to me"
   * ask no term.
   */
  private static final Set<String> POINTERS =
      Set.of("you", "he", "she", "it", "they", "this", "that", "i", "we");

  private TermQuestions() {}

  /**
   * The term an English definition question, a question for what an abbreviation stands for, a
   * request to tell about a topic or a Korean question for what a Latin-letter term means asks
   * about, as a question ("BDFL?", "메소스피어?"); any other question as it is. Korean definition
   * questions of Korean terms (관용은 무슨 뜻이야?) are left as they are: Korean sources define with the
   * same words (…라는 뜻이다), and KorQuAD's nine such questions answered worse without them
   * (docs/index.md, "Analysis").
   */
  static String definedTerm(String question) {
    for (Pattern form :
        List.of(
            ENGLISH_DEFINITION,
            ENGLISH_TEXT_MEANS,
            ENGLISH_ABBREVIATION,
            ENGLISH_REQUEST,
            KOREAN_REQUEST,
            KOREAN_LATIN_MEANING)) {
      Matcher asked = form.matcher(question);
      if (asked.matches()) {
        String term = firstGroup(asked);
        String first = term.split("\\s+")[0].toLowerCase(Locale.ROOT);
        return POINTERS.contains(first) ? question : term + "?";
      }
    }
    return question;
  }

  /** The first of a form's alternative groups that matched: the term it asks about. */
  private static String firstGroup(Matcher asked) {
    for (int group = 1; ; group++) {
      if (asked.group(group) != null) {
        return asked.group(group);
      }
    }
  }
}
