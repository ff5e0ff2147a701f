package dev.gwanyong.index;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;

/**
 * What a chat message asks, without what only surrounds the question: emoji and runs of lone jamo (ㅋㅋ, ㅠㅠ), a
 * "Q:" label, the opening words that frame an English question ("I'd like to know who founded Mesosphere", "Do you
 * know what percentage…") and the thanks after it ("…? Thanks in advance."), and a Korean greeting before the
 * question and thanks after it (안녕하세요, …? 감사합니다). Their words are rarely a passage's
 * (know, like, thanks) and their pronouns are nobody the passage names, so such a question was refused where the
 * bare one is answered. A frame is dropped only when what precedes an embedded question (who, what, whether, if…)
 * is frame words and stop words alone: "I know what you did" keeps nothing of "know" as a question either, while "I
 * don't know what to do", "Tell Tom why" and "Kubernetes: what is it?" stay as written. An English question for
 * what a term means or stands for asks for the term alone ("What does BDFL stand for?" as "BDFL?"), and so does a
 * request to tell about a topic ("Explain vendor lock-in", "메소스피어에 대해 설명해 주세요"). A question that
 * names the text it is asked of ("according to the essay", "What does the author mean by…", 글쓴이가 말하는, 지문에
 * 따르면) asks what the text says: no source writes "essay" or 필자 about itself, and such a word, found nowhere, sank
 * answers the bare question gets; so did the numeral Nori reads in a plain 하나? at the end (뭐라고 하나?).
 */
final class QuestionText {

  /** The words that open an embedded question; a closed class of English. */
  private static final Set<String> INTERROGATIVES =
      Set.of("who", "whom", "whose", "what", "when", "where", "why", "how", "which", "whether", "if");

  /** A frame that negates ("I don't know who…") says something of its own, and is kept. */
  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "t");

  /**
   * A Latin word, with what an apostrophe joins to it (I'd, what's, don't), and the spaces and punctuation before it
   * that separate a frame's words ("hi! quick question: when…", "hey folks - who…", "hello?? who…"); not a full stop,
   * as "I know. What is it?" says something before it asks.
   */
  private static final Pattern WORD =
      Pattern.compile("[\\s,!?:;\\-–—]*(\\p{IsLatin}+)(?:['’](\\p{IsLatin}+))?");

  /** "How come…?" asks why; come is no word of the answer. */
  private static final Pattern HOW_COME = Pattern.compile("^(\\W*)how\\s+come\\b", Pattern.CASE_INSENSITIVE);

  /**
   * Two or more lone jamo in a row: laughter and sighs (ㅋㅋ, ㅎㅎ, ㅠㅠ), never a word's typo. NFKC has made the
   * compatibility jamo typed (U+3131–U+318E) conjoining ones (U+1100–U+11FF), which it left apart as they make no
   * syllable; both are matched, and the extended blocks.
   */
  private static final Pattern JAMO_RUN =
      Pattern.compile("[\\u1100-\\u11FF\\u3131-\\u318E\\uA960-\\uA97F\\uD7B0-\\uD7FF]{2,}");

  /**
   * A Korean greeting before the question, set off from it (안녕하세요, 메소스피어는 누가 세웠나요?; 여러분 안녕하세요!), and Korean thanks
   * after its question mark (…세웠나요? 감사합니다!), as chat writes them around a question; the English ones are frame
   * words. No source writes 안녕 or 감사 about its subject, so a question that kept them lacked a word every sentence
   * lacks.
   */
  private static final Pattern KOREAN_GREETING =
      Pattern.compile("^(?:(?:여러분|다들|모두)\\s?)?(?:안녕하세요|안녕하십니까|안녕하신가요|안녕)(?:[\\s,.!~]*[,.!~]|\\s)\\s*"
          + "(?=\\S)");
  private static final Pattern KOREAN_THANKS = Pattern.compile(
      "(?<=\\?)\\s*(?:(?:미리\\s?)?(?:감사합니다|감사드립니다|감사해요|고맙습니다|고마워요|고마워))[\\s.!~]*$");

  /**
   * A handle the question is addressed to, typed as text rather than picked as a mention ("@gwanyong who founded…",
   * "Hey @bot, when…", "…Mesosphere @gwanyong?"), not an e-mail address: no source writes it. The adapters drop the
   * mentions their platforms send.
   */
  private static final Pattern HANDLE =
      Pattern.compile("(?<!\\S)@[\\p{L}\\p{N}_.-]*[\\p{L}\\p{N}][,:]?(?=\\s|[?!.]*$)");

  /**
   * Chat's emphasis around words (*bold*, _italic_, ~strike~, ||spoiler||) as Slack and Discord users type it: the
   * tokenizer keeps an underscore as part of a word, so _Mesosphere_ was no word of any source. Marks inside a word
   * (max_risk) stay.
   */
  private static final Pattern EMPHASIS = Pattern.compile(
      "(?<![\\p{L}\\p{N}])[*_~|]+(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])[*_~|]+(?![\\p{L}\\p{N}])");

  /** A link in a question, which says where the member read something: no source writes its pieces (https, com). */
  private static final Pattern LINK = Pattern.compile("\\b(?:https?://|www\\.)\\S+");

  /** A label before the question: "Q:", "Q.", "Question:", "질문:". */
  private static final Pattern LABEL = Pattern.compile("^(?:q|question|질문)\\s*[:.)]\\s*", Pattern.CASE_INSENSITIVE);

  /**
   * A question for what a term means or stands for: "What does BDFL stand for?", "What does vendor lock-in mean?",
   * "What is meant by tolerance?", and as a frame leaves it, "what BDFL stands for?". The term is what it asks about;
   * a source defines it without these words.
   */
  private static final Pattern ENGLISH_DEFINITION = Pattern.compile(
      "^what\\s+(?:(?:(?:does|do|did)\\s+)?(.+?)\\s+(?:stands?\\s+for|mean|means)|is\\s+meant\\s+by\\s+(.+?))"
          + "\\s*[?.!]*$",
      Pattern.CASE_INSENSITIVE);

  /**
   * A question for what an abbreviation is short for, which a source mostly answers by writing it beside its words
   * ("Cloud Native Computing Foundation (CNCF)"): "D2iQ stands for what?", "What is CNCF short for?", "What is KEP an
   * abbreviation of?", "What is the full name of CNCF?". The abbreviation is what it asks about. Korean questions
   * (CNCF는 뭐의 약자야?) keep their words, as Korean sources write them: KorQuAD's "GP는 무엇의 약자인가?" is
   * answered by "GP는 그랑프리의 약자로…" and, asked as "GP?", was refused.
   */
  private static final Pattern ENGLISH_ABBREVIATION = Pattern.compile(
      "^(?:(.+?)\\s+stands?\\s+for\\s+what|what(?:'s|’s|\\s+is|\\s+was)\\s+(?:(.+?)\\s+(?:short|an?\\s+(?:abbreviation"
          + "|acronym))\\s+(?:for|of)|the\\s+full\\s+(?:name|form)\\s+of\\s+(.+?)))\\s*[?.!]*$",
      Pattern.CASE_INSENSITIVE);

  /**
   * A Korean question for what a term written in Latin letters means: "BDFL 뜻", "DCO가 무슨 뜻이야?", "SSPL의 의미는?",
   * "CLA 뜻이 뭐야?". Korean sources define such a term beside its words, as English ones do ("자비로운 종신
   * 독재자(BDFL)"), so it asks for the term alone; a Korean term keeps its words (관용의 뜻은?), as Korean sources
   * define it with them (…라는 뜻이다).
   */
  private static final Pattern KOREAN_LATIN_MEANING = Pattern.compile(
      "^(\\p{IsLatin}[\\p{IsLatin}\\d.+#/-]*(?:\\s[\\p{IsLatin}\\d.+#/-]+){0,3})\\s?(?:이|가|은|는|의)?\\s*"
          + "(?:(?:무슨|어떤)\\s*)?(?:뜻|의미)(?:이|가|은|는|임|야|이야|이에요|예요|인가요|인가|입니까|이냐|일까)?"
          + "(?:\\s*(?:뭐|뭔|무엇)[가-힣]{0,4})?\\s*[?.!]*$");

  /**
   * The words for the text a question is asked of, in English with a determiner ("according to the essay", "in this
   * article", "does the author think…", "the causes the essay gives", "the conclusion of the essay", and as the
   * subject of a question's verb, "why does the author praise…", but for words that begin a compound there ("does the
   * source code…", "did the text editor…", "did the writer of…")) and in Korean on their own or in a phrase that only
   * names the text (이 글에서, 에세이에서, 지문에 따르면; 지문 alone is also a fingerprint, and 저자 the author of a book a
   * source may name). No source writes them, so a question that kept them lacked a word every sentence lacks.
   */
  private static final String ENGLISH_TEXT = "(?:essay|article|text|passage|document|author|writer|sources?)";
  private static final Pattern ENGLISH_SOURCE_REFERENCE = Pattern.compile(
      ",?\\s*\\b(?:according\\s+to|based\\s+on|in|from)\\s+(?:the|this|that|your)\\s+" + ENGLISH_TEXT + "\\b\\s*,?"
          + "|\\b(?:the|this)\\s+" + ENGLISH_TEXT + "\\s+(?:thinks?|says?|believes?|argues?|claims?|suggests?|mentions?"
          + "|describes?|discusses?|explains?|states?|writes?|notes?|lists?|quotes?|cites?|gives?)\\b"
          + "|(?<=\\b(?:does|do|did)\\s{1,3})(?:the|this)\\s+(?:essay|article|passage|author|writer)\\b"
          + "(?!\\s+(?:mean\\s+by|of)\\b)"
          + "|\\bof\\s+(?:the|this)\\s+(?:essay|article|text|passage|document)\\b",
      Pattern.CASE_INSENSITIVE);
  /** "What does the essay mean by tolerance?" asks what tolerance is, as "What is meant by tolerance?" does. */
  private static final Pattern ENGLISH_TEXT_MEANS = Pattern.compile(
      "^what\\s+(?:does|do|did)\\s+(?:the|this)\\s+" + ENGLISH_TEXT + "\\s+mean\\s+by\\s+(.+?)\\s*[?.!]*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern KOREAN_SOURCE_REFERENCE = Pattern.compile(
      "(?<=^|\\s)(?:(?:글쓴이|필자)(?:는|은|가|이|의)?|(?:이|위|윗|본)\\s?글(?:에서|은|의)?|본문(?:에서|은|의)?"
          + "|(?:(?:이|위|본)\\s?)?에세이(?:에서|는|의|가)?|지문(?:에서|의))"
          + "(?:\\s+(?:말하는|말한|주장하는|주장한|설명하는|설명한|이야기하는|이야기한))?(?=\\s|$)"
          + "|(?<=^|\\s)(?:글쓴이|필자|지문|본문|(?:이|위|윗)\\s?글|(?:이\\s?)?에세이)에\\s?따르면(?=\\s|,|$),?");

  /**
   * A request to tell about a topic asks for what the sources say of it, as a definition question asks for its term:
   * "Tell me about Mesosphere", "Explain vendor lock-in", "Describe the steering committee", "Give me a quick summary
   * of Borg", "Any info on Omega?", "What's the deal with Mesosphere?", "메소스피어에 대해 간단히 설명해 주세요", "BDFL이
   * 뭔지 알려줘", "메소스피어에 대해 요약해 줘". Its verb (explain, 설명, summary) is in no sentence that does so. Its
   * politeness is optional groups rather than one repeated group, whose loop bookkeeping every question's match
   * allocated.
   */
  private static final Pattern ENGLISH_REQUEST = Pattern.compile(
      "^(?:(?:please|pls|plz)\\s+)?(?:(?:can|could|would)\\s+you\\s+)?(?:(?:please|pls|plz)\\s+)?"
          + "(?:tell\\s+(?:me|us)\\s+(?:more\\s+)?about|explain|describe|define|talk\\s+about|summari[sz]e|eli5"
          + "|(?:give\\s+(?:me|us)\\s+)?(?:an?\\s+)?(?:(?:quick|short|brief)\\s+)?(?:summary|overview|rundown)\\s+of"
          + "|(?:any\\s+)?info(?:rmation)?\\s+(?:on|about)|what(?:'s|’s|\\s+is)\\s+the\\s+deal\\s+with)\\s+(.+?)"
          + "\\s*(?:,?\\s*(?:please|pls|plz))?\\s*[?.!]*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern KOREAN_REQUEST = Pattern.compile(
      "^(.+?)(?:에\\s?대해서?|에\\s?관해서?|(?:이|가)?\\s?뭔지|(?:이|가)?\\s?무엇인지)\\s+"
          + "(?:(?:좀|간단히|간단하게|짧게|자세히)\\s+)?"
          + "(?:(?:알려|설명해|말해|얘기해|이야기해|가르쳐|요약해|정리해)\\s?(?:줘|줘요|주세요|줄래|줄래요|주실래요|주시겠어요|봐|봐요|보세요)?"
          // …을 알고 싶어요, …이 궁금해요: the same request, said as a wish.
          + "|알고\\s?싶(?:어|어요|습니다|다|은데|은데요)|궁금(?:해|해요|합니다|하다|한데|한데요))"
          + "\\s*[?.!]*$");

  /**
   * The verb 하다 asked plainly at a question's end after what it says or how (뭐라고 하나?, 어떻게 하나?, 왜 하나?),
   * which Nori reads as the numeral 하나 "one": searched as a question word found nowhere, it sank answers the
   * question without it gets. 그중 하나? keeps it.
   */
  private static final Pattern KOREAN_PLAIN_DOES =
      Pattern.compile("(\\S(?:고|게)|(?:^|\\s)(?:왜|뭘|뭐|무엇을|어찌))\\s+하나(?=\\s*[?!.]*$)");

  /**
   * A question embedded in asking whether one knows it (누가 만들었는지 알아?, 언제 나왔는지 아세요?, 누가 세웠는지 아시는
   * 분?), which asks the embedded question: the verb of knowing is no word of its answer, as "Do you know" is not in
   * English. Only with the question mark: 뭘 했는지 알아. says that one knows.
   */
  private static final Pattern KOREAN_DO_YOU_KNOW = Pattern.compile(
      "지\\s+(?:혹시\\s+)?(?:알아|알아요|아니|아세요|아시나요|아십니까|알고\\s?있어|알고\\s?있니|알고\\s?계세요"
          + "|(?:아시는|아는)\\s?(?:분|사람)(?:\\s?(?:계세요|계신가요|있나요|있어요|있어))?)"
          + "(?=\\s*\\?[?!]*\\s*$)");

  /**
   * A question embedded in saying that one wonders about it now (누가 세웠는지 궁금하네요, 언제 나왔는지 정말 궁금해요),
   * which asks the embedded question, as Korean chat asks one; what a term is (BDFL이 뭔지 궁금해요) is a request for
   * the term. Not in the past: 궁금했다 tells what one wondered.
   */
  private static final Pattern KOREAN_WONDER = Pattern.compile(
      "(?<!뭔|무엇인)지\\s+(?:(?:좀|정말|너무|진짜|많이)\\s+)?궁금(?:해|해요|합니다|하다|하네|하네요|한데|한데요|해서요|함)?[\\s?!.~]*$");

  /**
   * Where one sentence of a message ends and the next begins: after a full stop, an exclamation or a question mark and
   * a space, not after an initial (U.S.); and after a Korean clause that sets the scene (공부 중인데요, 써봤는데,).
   */
  private static final Pattern SENTENCE_BREAK = Pattern.compile(
      "(?<=[\\p{Ll}\\p{N}\\p{IsHangul}'’\")][.!?]{1,3})\\s+(?=\\S)|(?<=[가-힣]데요?,)\\s+(?=\\S)");

  /**
   * A word that names something in an English sentence: capitalised but not as the sentence's first word or I, an
   * acronym, or a word with a digit (K8s, 1.0).
   */
  private static final Pattern NAME =
      Pattern.compile("(?<=[^\\s.!?]\\s{1,3})(?!I\\b)\\p{Lu}|\\b\\p{Lu}{2,}\\b|\\b\\p{L}*\\d");

  /**
   * A Korean word the sentence makes its topic or subject (메소스피어는, 비율은, 설립자가), not a question word (누가,
   * 뭐가): a question that has one names what it asks about.
   */
  private static final Pattern KOREAN_TOPIC = Pattern.compile(
      "(?<![가-힣])(?!(?:누가|누구는|뭐가|뭐는|무엇이|무엇은|어디가|언제가)(?![가-힣]))[가-힣\\w]+(?:은|는|이|가)(?=\\s)");

  /**
   * A Korean sentence or clause that ends as one speaks to someone (…봤어요., …있습니다., …중인데요,): chat's scene
   * before its question, where a written question's narrative ends plainly (파이썬은 귀도 반 로섬이 만들었다. 첫 버전이 나온
   * 해는?) and is part of what it asks.
   */
  private static final Pattern POLITE_END = Pattern.compile("(?:요|니다)[.!~,]*\\s*$");

  /** Words that point back at something a message said before its question: "Who founded it?", "그는 누구야?". */
  private static final Pattern POINTS_BACK = Pattern.compile(
      "\\b(?:it|its|this|that|these|those|they|them|their|he|him|his|she|her)\\b"
          + "|(?<![가-힣])(?:그|이|저|그것|이것|저것|그거|이거|그게|이게|그건|이건|거기|그곳|그들|이들|그녀|그런|이런)"
          + "(?:은|는|이|가|을|를|의|에|에서|도|만)?(?![가-힣])",
      Pattern.CASE_INSENSITIVE);

  /** Terms that only point back at something said before: "What do you mean?", "Explain it to me" ask no term. */
  private static final Set<String> POINTERS = Set.of("you", "he", "she", "it", "they", "this", "that", "i", "we");

  /** What follows a question's question mark. */
  private static final Pattern AFTER_QUESTION = Pattern.compile("\\?+([^?]*)$");

  private final CharArraySet stopwords;
  private final Set<String> frameWords;

  /**
   * @param stopwords the English stop words, which may stand in a frame too (I, you, can, tell)
   * @param frameWords the words that frame a question or thank for it but are no stop words (know, explain, thanks)
   */
  QuestionText(CharArraySet stopwords, List<String> frameWords) {
    this.stopwords = stopwords;
    this.frameWords = Set.copyOf(frameWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
  }

  /** The normalised question without what surrounds it; the question itself when nothing does. */
  String asked(String question) {
    String bare = EMPHASIS.matcher(withoutEmoji(JAMO_RUN.matcher(question).replaceAll(" "))).replaceAll("").strip();
    bare = without(bare, LINK);
    bare = KOREAN_THANKS.matcher(KOREAN_GREETING.matcher(bare).replaceFirst("")).replaceFirst("");
    bare = LABEL.matcher(without(lastQuestion(bare), HANDLE)).replaceFirst("");
    bare = KOREAN_PLAIN_DOES.matcher(bare).replaceFirst("$1");
    bare = KOREAN_DO_YOU_KNOW.matcher(bare).replaceFirst("지");
    bare = KOREAN_WONDER.matcher(bare).replaceFirst("지?");
    bare = HOW_COME.matcher(bare).replaceFirst("$1why");
    bare = without(bare, ENGLISH_SOURCE_REFERENCE, KOREAN_SOURCE_REFERENCE);
    return definedTerm(withoutThanks(unframed(bare)).strip());
  }

  /**
   * The message's last sentence when that is its question and names what it asks about: what comes before mostly tells
   * about the asker ("I'm new here and trying to learn the history. Who founded Mesosphere?", 쿠버네티스 공부
   * 중인데요, 메소스피어는 누가 세웠나요?), and its words, found in other sentences, took the answer elsewhere. The
   * message as it is when the question points back (Who founded it?), names nothing itself (I read about Kubernetes
   * governance. How many members does the steering committee have?), or follows another question. A Korean question
   * without a Latin name names its topic by a particle (메소스피어는), which a written question's facts before it have
   * too, so it stands alone only after what is said to someone ({@link #POLITE_END}).
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
    boolean namesItsTopic = NAME.matcher(question).find()
        || KOREAN_TOPIC.matcher(question).find() && POLITE_END.matcher(before).find();
    return namesItsTopic && !before.contains("?") && !POINTS_BACK.matcher(question).find()
        ? question
        : message;
  }

  /**
   * The question without what the patterns match (links, handles, the words that name the text it is asked of), its
   * spaces tidied; the question as it is when only stop words would be left ("What does the essay say?", "What is
   * https://kubernetes.io?").
   */
  private String without(String question, Pattern... patterns) {
    String bare = question;
    for (Pattern pattern : patterns) {
      bare = pattern.matcher(bare).replaceAll(" ");
    }
    bare = bare.replaceAll("\\s{2,}", " ").strip().replaceFirst("^[,\\s]+", "").replaceAll("\\s+([?.!,])", "$1");
    return asksSomething(bare) ? bare : question;
  }

  /** Whether the text has a word that is no stop word. */
  private boolean asksSomething(String text) {
    for (String word : text.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty() && !stopwords.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The term an English definition question, a question for what an abbreviation stands for, a request to tell
   * about a topic or a Korean question for what a Latin-letter term means asks about, as a question ("BDFL?",
   * "메소스피어?"); any other question as it is. Korean definition questions of Korean terms (관용은 무슨 뜻이야?) are
   * left as they are: Korean sources define with the same words (…라는 뜻이다), and KorQuAD's nine such questions
   * answered worse without them (README, "Analysis").
   */
  private static String definedTerm(String question) {
    for (Pattern form : List.of(ENGLISH_DEFINITION, ENGLISH_TEXT_MEANS, ENGLISH_ABBREVIATION, ENGLISH_REQUEST,
        KOREAN_REQUEST, KOREAN_LATIN_MEANING)) {
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

  /** Emoji, their modifiers and the selectors that ask for them, as spaces. */
  private static String withoutEmoji(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      boolean emoji = Character.isExtendedPictographic(c) || Character.isEmojiModifier(c)
          || (c >= 0xFE00 && c <= 0xFE0F) || c == 0x20E3;
      out.appendCodePoint(emoji ? ' ' : c);
    });
    return out.toString();
  }

  /** The question from its embedded question's first word when frame and stop words alone come before it. */
  private String unframed(String question) {
    Matcher word = WORD.matcher(question);
    int at = 0;
    while (word.find(at) && word.start() == at) {
      String head = word.group(1).toLowerCase(Locale.ROOT);
      if (INTERROGATIVES.contains(head)) {
        return at == 0 ? question : asQuestion(question.substring(word.start(1)));
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
   * An embedded question as the question it is, ending in a question mark: "I'd like to know where the airport is."
   * asks, and is judged as asking (a sentence that asks back answers it no worse).
   */
  private static String asQuestion(String embedded) {
    String bare = embedded.strip().replaceFirst("[.!]+$", "");
    return bare.endsWith("?") ? bare : bare + "?";
  }

  /** The question up to its last question mark when only frame and stop words follow it (thanks, thank you). */
  private String withoutThanks(String question) {
    Matcher after = AFTER_QUESTION.matcher(question);
    if (!after.find() || after.group(1).isBlank()) {
      return question;
    }
    String rest = after.group(1);
    Matcher word = WORD.matcher(rest);
    int at = 0;
    while (word.find(at) && word.start() == at) {
      if (!framing(word.group(1).toLowerCase(Locale.ROOT))) {
        return question;
      }
      at = word.end();
    }
    return rest.substring(at).chars().allMatch(c -> c == '!' || c == '.' || Character.isWhitespace(c))
        ? question.substring(0, after.start(1))
        : question;
  }

  private boolean framing(String word) {
    return stopwords.contains(word) || frameWords.contains(word);
  }
}
