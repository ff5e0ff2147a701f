package dev.gwanyong.index;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;

/**
 * What a chat message asks, without what only surrounds the question: chat's markup ({@link
 * ChatMarkup}), the remarks before and after it ({@link ChatRemarks}: "좋아요, 메소스피어는…", "…? 미리
 * 감사드립니다"), a message's telling before its question when the question stands alone, the opening
 * words that frame an English question ("I'd like to know who founded Mesosphere", "Do you know
 * what percentage…") and the thanks after it ("…? Thanks in advance."), Korean ways of asking
 * whether one knows or wonders (…는지 아세요?, …는지 궁금하네요), whom a Korean message addresses (선배님들, 여러분),
 * a greeting's "good" (Good morning), the words that name the text it is asked of ({@link
 * TextReferences}), and what a question about a term asks beside the term ({@link TermQuestions}).
 * Their words are rarely a passage's (know, like, thanks) and their pronouns are nobody the passage
 * names, so such a question was refused where the bare one is answered. A frame is dropped only
 * when what precedes an embedded question (who, what, whether, if…) is frame words and stop words
 * alone: "I know what you did" keeps nothing of "know" as a question either, while "I don't know
 * what to do", "Tell Tom why" and "Kubernetes: what is it?" stay as written. A plain 하나? at the end
 * (뭐라고 하나?) goes too, which Nori reads as the numeral.
 */
final class QuestionText {

  /** The words that open an embedded question; a closed class of English. */
  static final Set<String> INTERROGATIVES =
      Set.of(
          "who", "whom", "whose", "what", "when", "where", "why", "how", "which", "whether", "if");

  /**
   * The verbs that open an English question asked for a yes or no ("is Mesos still active?", "can
   * Nomad run containers?"); a closed class of English. After a chat opener set off by punctuation
   * ("hi all, is…?", "quick q: does…?") one starts the question, as an embedded question's word
   * does; only in a message that ends in a question mark, as "Sorry, was busy." asks nothing.
   */
  private static final Set<String> YES_NO_OPENERS =
      Set.of(
          "is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would",
          "should", "has", "have", "had");

  /**
   * An English message's excuse before its question, up to "but" ("Sorry if this is a dumb
   * question, but is…", "Not sure this is the right channel but who…"): the question starts after
   * it when its first word asks and the message ends in a question mark ("…, but is always
   * smiling." tells).
   */
  private static final Pattern EXCUSE = Pattern.compile("^[^?]*?,?\\s+but\\s+(?=\\p{IsLatin})");

  /** A frame that negates ("I don't know who…") says something of its own, and is kept. */
  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "t");

  /**
   * A Latin word, with what an apostrophe joins to it (I'd, what's, don't), and the spaces and
   * punctuation before it that separate a frame's words ("hi! quick question: when…", "hey folks -
   * who…", "hello?? who…"); not a full stop, as "I know. What is it?" says something before it
   * asks.
   */
  private static final Pattern WORD =
      Pattern.compile("[\\s,!?:;\\-–—]*(\\p{IsLatin}+)(?:['’](\\p{IsLatin}+))?");

  /** What stands between two words, compiled once rather than for every question. */
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Whether anyone knows, in Korean: 아시는 분, 아는 사람 있어, 아시는 분 계신가요. */
  private static final String ANYONE_WHO_KNOWS =
      "(?:아시는|아는)\\s?(?:분|사람)(?:\\s?(?:계세요|계신가요|있나요|있어요|있어|있니))?";

  /**
   * A question before the question that only asks whether anyone can answer it ("혹시 아시는 분?
   * 메소스피어는…", "Anyone? Who founded…", "Quick question? When…"): it asks nothing to look up, and a
   * message with a question before its last one was searched whole. Alone, it is said to the
   * channel and asks nothing.
   */
  private static final Pattern ASKS_WHO_KNOWS =
      Pattern.compile(
          "^(?:(?:혹시\\s*)?"
              + ANYONE_WHO_KNOWS
              + "|(?:any|some)(?:one|body)(?:\\s+(?:here|around))?|(?:quick\\s+)?question)\\s*\\?+"
              + "(?:\\s+(?=\\S)|\\s*$)",
          Pattern.CASE_INSENSITIVE);

  /**
   * Whom a Korean message addresses before its question, with or without a comma (선배님들, 고수님, 여러분):
   * a word ending in the honorific 님 with no particle after it, or 여러분. It is no word of the
   * answer. Not 다들 or 모두, which are as often what the sentence says of everyone (다들 알고 있어).
   */
  private static final Pattern KOREAN_VOCATIVE =
      Pattern.compile("^(?:\\p{IsHangul}+님들?|여러분들?)\\s*[,!~]*\\s+(?=\\S)");

  /**
   * "Good" before a time of day that opens a message or follows punctuation greets ("Good morning,
   * who…", "Hi all! Good evening."): read as the time of day alone, a remark. Elsewhere good says
   * something ("I am good.", "It'd be good if…").
   */
  private static final Pattern GOOD_TIME_OF_DAY =
      Pattern.compile(
          "(^|[,.!?]\\s*)good\\s+(?=(?:morning|afternoon|evening)\\b)", Pattern.CASE_INSENSITIVE);

  /** "How come…?" asks why; come is no word of the answer. */
  private static final Pattern HOW_COME =
      Pattern.compile("^(\\W*)how\\s+come\\b", Pattern.CASE_INSENSITIVE);

  /**
   * The verb 하다 asked plainly at a question's end after what it says or how (뭐라고 하나?, 어떻게 하나?, 왜
   * 하나?), which Nori reads as the numeral 하나 "one": searched as a question word found nowhere, it
   * sank answers the question without it gets. 그중 하나? keeps it.
   */
  private static final Pattern KOREAN_PLAIN_DOES =
      Pattern.compile("(\\S(?:고|게)|(?:^|\\s)(?:왜|뭘|뭐|무엇을|어찌))\\s+하나(?=\\s*[?!.]*$)");

  /**
   * A question asked as whether one knows its answer, embedded (누가 만들었는지 알아?, 언제 나왔는지 아세요?, 누가 세웠는지
   * 아시는 분?) or named by a noun phrase (쿠버네티스 만든 사람 알아?, 로고 의미 아시는 분?, 설립 연도 알고 있어?), which asks the
   * question or for the thing named: the verb of knowing is no word of its answer, as "Do you know"
   * is not in English. Only with the question mark: 뭘 했는지 알아. says that one knows. 아니 only after an
   * embedded question: after a noun, 쿠버네티스 아니?, it asks whether something is so. Not after 줄, which
   * makes it "can" (영어 할 줄 아세요?), nor after a clause that 것 makes a noun (여기 있는 걸 알아?), which asks
   * whether one knows that it is so.
   */
  private static final Pattern KOREAN_DO_YOU_KNOW =
      Pattern.compile(
          "(?<=\\S)(?<!줄|걸|것|것을|거)\\s+(?:혹시\\s+)?(?:알아|알아요|아세요|아시나요|아십니까|알고\\s?있어|알고\\s?있니|알고\\s?계세요"
              + "|"
              + ANYONE_WHO_KNOWS
              + "|(?<=지\\s{1,3})아니)"
              + "(?=\\s*\\?[?!]*\\s*$)");

  /**
   * A question embedded in saying that one wonders about it now (누가 세웠는지 궁금하네요, 언제 나왔는지 정말 궁금해요),
   * which asks the embedded question, as Korean chat asks one; what a term is (BDFL이 뭔지 궁금해요) is a
   * request for the term. Not in the past: 궁금했다 tells what one wondered.
   */
  private static final Pattern KOREAN_WONDER =
      Pattern.compile(
          "(?<!뭔|무엇인)지\\s+(?:(?:좀|정말|너무|진짜|많이)\\s+)?궁금(?:해|해요|합니다|하다|하네|하네요|한데|한데요|해서요|함)?[\\s?!.~]*$");

  /**
   * Where one sentence of a message ends and the next begins: after a full stop, an exclamation or
   * a question mark and a space, not after an initial (U.S.); and after a Korean clause that sets
   * the scene (공부 중인데요, 써봤는데,).
   */
  private static final Pattern SENTENCE_BREAK =
      Pattern.compile(
          "(?<=[\\p{Ll}\\p{N}\\p{IsHangul}'’\")][.!?]{1,3})\\s+(?=\\S)|(?<=[가-힣]데요?,)\\s+(?=\\S)");

  /**
   * A word that names something in an English sentence: capitalised but not as the sentence's first
   * word or I, an acronym, or a word with a digit (K8s, 1.0).
   */
  private static final Pattern NAME =
      Pattern.compile("(?<=[^\\s.!?]\\s{1,3})(?!I\\b)\\p{Lu}|\\b\\p{Lu}{2,}\\b|\\b\\p{L}*\\d");

  /**
   * A Korean word the sentence makes its topic or subject (메소스피어는, 비율은, 설립자가), not a question word
   * (누가, 뭐가): a question that has one names what it asks about.
   */
  private static final Pattern KOREAN_TOPIC =
      Pattern.compile(
          "(?<![가-힣])(?!(?:누가|누구는|뭐가|뭐는|무엇이|무엇은|어디가|언제가)(?![가-힣]))[가-힣\\w]+(?:은|는|이|가)(?=\\s)");

  /**
   * A Korean sentence or clause that ends as one speaks to someone (…봤어요., …있습니다., …중인데요,): chat's
   * scene before its question, where a written question's narrative ends plainly (파이썬은 귀도 반 로섬이
   * 만들었다. 첫 버전이 나온 해는?) and is part of what it asks.
   */
  private static final Pattern POLITE_END = Pattern.compile("(?:요|니다)[.!~,]*\\s*$");

  /**
   * Words that point back at something a message said before its question: "Who founded it?", "그는
   * 누구야?". In lower case or capitalised: IT is a name.
   */
  private static final Pattern POINTS_BACK =
      Pattern.compile(
          "\\b(?:[Ii](?:t|ts)|[Tt]h(?:is|at|ese|ose|ey|em|eir)|[Hh](?:e|im|is|er)|[Ss]he)\\b"
              + "|(?<![가-힣])(?:그|이|저|그것|이것|저것|그거|이거|그게|이게|그건|이건|거기|그곳|그들|이들|그녀|그런|이런)"
              + "(?:은|는|이|가|을|를|의|에|에서|도|만)?(?![가-힣])");

  /** A text whose last letter is a Hangul syllable. */
  private static final Pattern ENDS_IN_HANGUL = Pattern.compile("[가-힣]$");

  /** What follows a question's question mark. */
  private static final Pattern AFTER_QUESTION = Pattern.compile("\\?+([^?]*)$");

  private final CharArraySet stopwords;
  private final Set<String> frameWords;
  private final Set<String> remarkWords;
  private final ChatRemarks remarks;
  private final PlayfulEndings playfulEndings;

  /**
   * @param stopwords the English stop words, which may stand in a frame too (I, you, can, tell)
   * @param frameWords the words that frame a question but are no stop words (know, explain)
   * @param remarkWords what a message says without asking (ok, thanks, hi), which frames a question
   *     too
   * @param koreanRemarkWords the stems of what a Korean message says without asking (감사, 알)
   */
  QuestionText(
      CharArraySet stopwords,
      List<String> frameWords,
      List<String> remarkWords,
      List<String> koreanRemarkWords) {
    this.stopwords = stopwords;
    this.frameWords = lowerCase(frameWords);
    this.remarkWords = lowerCase(remarkWords);
    Morphemes morphemes = new Morphemes();
    this.remarks = new ChatRemarks(this.remarkWords, koreanRemarkWords, this::framing, morphemes);
    this.playfulEndings = new PlayfulEndings(morphemes);
  }

  private static Set<String> lowerCase(List<String> words) {
    return Set.copyOf(words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
  }

  /**
   * The normalised question without what surrounds it; the question itself when nothing does;
   * nothing when the message only remarks.
   */
  String asked(String question) {
    String unmarked =
        GOOD_TIME_OF_DAY
            .matcher(playfulEndings.plain(ChatMarkup.unmarked(question)))
            .replaceFirst("$1");
    if (remarks.only(unmarked)) {
      return "";
    }
    String bare = remarks.unremarked(without(unmarked, ChatMarkup.LINK));
    bare = ASKS_WHO_KNOWS.matcher(bare).replaceFirst("");
    bare = KOREAN_VOCATIVE.matcher(bare).replaceFirst("");
    if (bare.isEmpty()) {
      return ""; // "혹시 아시는 분?" alone asks only whether someone is there
    }
    bare = ChatMarkup.unlabelled(without(lastQuestion(bare), ChatMarkup.HANDLE));
    bare = KOREAN_PLAIN_DOES.matcher(bare).replaceFirst("$1");
    bare = KOREAN_DO_YOU_KNOW.matcher(bare).replaceFirst("");
    bare = KOREAN_WONDER.matcher(bare).replaceFirst("지?");
    bare = HOW_COME.matcher(bare).replaceFirst("$1why");
    bare =
        without(
            bare, TextReferences.ENGLISH_SOURCE_REFERENCE, TextReferences.KOREAN_SOURCE_REFERENCE);
    return TermQuestions.definedTerm(unframed(withoutThanks(bare)).strip());
  }

  /**
   * A question that ends in a Korean word, as chat often leaves off its question mark (쿠버네티스 뭐임, 첫
   * KubeCon 어디서 열림), with the mark it leaves off: Nori reads the last word of a text otherwise when
   * nothing follows it, 열림 as the noun "opening" rather than 열리다's, and 뭐임 as 뭐 and the name 임, so
   * the question was searched for words it does not ask and refused where it is answered with the
   * mark.
   */
  static String withQuestionMark(String question) {
    return ENDS_IN_HANGUL.matcher(question).find() ? question + "?" : question;
  }

  /**
   * The message's last sentence when that is its question and names what it asks about: what comes
   * before mostly tells about the asker ("I'm new here and trying to learn the history. Who founded
   * Mesosphere?", 쿠버네티스 공부 중인데요, 메소스피어는 누가 세웠나요?), and its words, found in other sentences, took
   * the answer elsewhere. The message as it is when the question points back (Who founded it?),
   * names nothing itself (I read about Kubernetes governance. How many members does the steering
   * committee have?), or follows another question. A Korean question without a Latin name names its
   * topic by a particle (메소스피어는), which a written question's facts before it have too, so it stands
   * alone only after what is said to someone ({@link #POLITE_END}).
   */
  private String lastQuestion(String message) {
    String text = withoutThanks(message).strip();
    if (!text.endsWith("?")) {
      return message;
    }
    int start = -1;
    for (Matcher sentenceBreak = SENTENCE_BREAK.matcher(text); sentenceBreak.find(); ) {
      start = sentenceBreak.end();
    }
    if (start < 0) {
      return message;
    }
    String question = text.substring(start);
    String before = text.substring(0, start);
    boolean namesItsTopic =
        NAME.matcher(question).find()
            || KOREAN_TOPIC.matcher(question).find() && POLITE_END.matcher(before).find();
    return namesItsTopic && !before.contains("?") && !POINTS_BACK.matcher(question).find()
        ? question
        : message;
  }

  /**
   * The question without what the patterns match (links, handles, the words that name the text it
   * is asked of), its spaces tidied; the question as it is when only stop words would be left
   * ("What does the essay say?", "What is https://kubernetes.io?").
   */
  private String without(String question, Pattern... patterns) {
    String bare = question;
    for (Pattern pattern : patterns) {
      bare = pattern.matcher(bare).replaceAll(" ");
    }
    bare =
        bare.replaceAll("\\s{2,}", " ")
            .strip()
            .replaceFirst("^[,\\s]+", "")
            .replaceAll("\\s+([?.!,])", "$1");
    return asksSomething(bare) ? bare : question;
  }

  /** Whether the text has a word that is no stop word. */
  private boolean asksSomething(String text) {
    for (String word : NOT_WORD.split(text)) {
      if (!word.isEmpty() && !stopwords.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The question from its embedded question's first word when frame and stop words alone come
   * before it.
   */
  private String unframed(String question) {
    boolean asks = question.endsWith("?");
    Matcher excuse = EXCUSE.matcher(question);
    if (asks && excuse.find() && !POINTS_BACK.matcher(question.substring(excuse.end())).find()) {
      String rest = question.substring(excuse.end());
      String head = rest.split("\\W", 2)[0].toLowerCase(Locale.ROOT);
      if (INTERROGATIVES.contains(head) || YES_NO_OPENERS.contains(head)) {
        return unframed(asQuestion(rest));
      }
    }
    Matcher word = WORD.matcher(question);
    int at = 0;
    while (word.find(at) && word.start() == at) {
      String head = word.group(1).toLowerCase(Locale.ROOT);
      if (INTERROGATIVES.contains(head)) {
        return at == 0 ? question : asQuestion(question.substring(word.start(1)));
      }
      // Set off by punctuation: what WORD takes before a word is spaces and punctuation.
      if (asks
          && at > 0
          && YES_NO_OPENERS.contains(head)
          && !question.substring(word.start(), word.start(1)).isBlank()) {
        // The question may be framed again: "hi all, can you tell me who…".
        return unframed(asQuestion(question.substring(word.start(1))));
      }
      String joined = word.group(2) == null ? "" : word.group(2).toLowerCase(Locale.ROOT);
      if (NEGATIONS.contains(head) || NEGATIONS.contains(joined) || !framing(head)) {
        return question;
      }
      at = word.end();
    }
    return question;
  }

  /**
   * An embedded question as the question it is, ending in a question mark: "I'd like to know where
   * the airport is." asks, and is judged as asking (a sentence that asks back answers it no worse).
   */
  private static String asQuestion(String embedded) {
    String bare = embedded.strip().replaceFirst("[.!]+$", "");
    return bare.endsWith("?") ? bare : bare + "?";
  }

  /**
   * The question up to its last question mark when only English frame and stop words follow it
   * (thanks, thank you); Korean remarks there are {@link ChatRemarks}'.
   */
  private String withoutThanks(String question) {
    Matcher after = AFTER_QUESTION.matcher(question);
    if (!after.find() || after.group(1).isBlank()) {
      return question;
    }
    String rest = after.group(1);
    return framesOnly(rest) ? question.substring(0, after.start(1)) : question;
  }

  /** Whether the text is English frame and stop words alone, with full stops and exclamations. */
  private boolean framesOnly(String text) {
    Matcher word = WORD.matcher(text);
    int at = 0;
    while (word.find(at) && word.start() == at) {
      if (!framing(word.group(1).toLowerCase(Locale.ROOT))) {
        return false;
      }
      at = word.end();
    }
    return text.substring(at)
        .chars()
        .allMatch(c -> c == '!' || c == '.' || Character.isWhitespace(c));
  }

  private boolean framing(String word) {
    return stopwords.contains(word) || frameWords.contains(word) || remarkWords.contains(word);
  }
}
