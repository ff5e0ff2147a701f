package dev.gwanyong.eval;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.index.Analysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The selective-answering sets on tiny data: each question asked where its answer is and where it
 * is not.
 */
class SelectiveSetsTest {

  @TempDir Path folder;

  private SelectiveSets sets() throws IOException {
    Path korquad = folder.resolve("korquad.json");
    Files.writeString(
        korquad,
        """
        {"data": [
          {"title": "햇살마을", "paragraphs": [{"context": "도서관은 아홉 시에 연다.", "qas": [
            {"question": "도서관은 몇 시에 여나?", "answers": [{"text": "아홉 시"}]}]}]},
          {"title": "음악회", "paragraphs": [{"context": "할아버지는 하모니카를 연주했다.", "qas": [
            {"question": "할아버지는 무엇을 연주했나?", "answers": [{"text": "하모니카"}]}]}]}
        ]}
        """,
        UTF_8);
    Path english = folder.resolve("t.eng");
    Path korean = folder.resolve("t.kor");
    Files.writeString(english, "I like tea.\nThe dog sleeps.\n", UTF_8);
    Files.writeString(korean, "나는 차를 좋아한다.\n개가 잔다.\n", UTF_8);
    return SelectiveSets.build(Korquad.read(korquad), Tatoeba.read(english, korean), 1);
  }

  @Test
  void eachQuestionIsAskedOfItsOwnHalfAndOfTheOther() throws IOException {
    List<SelectiveSets.Trial> trials = sets().trials();
    assertEquals(
        List.of(
            "KorQuAD half A",
            "KorQuAD small corpus A1",
            "KorQuAD half B",
            "KorQuAD small corpus B1",
            "Tatoeba English to Korean half A",
            "Tatoeba English to Korean half B",
            "Tatoeba Korean to English half A",
            "Tatoeba Korean to English half B",
            "configured corpus"),
        trials.stream().map(SelectiveSets.Trial::name).toList());
    SelectiveSets.Trial halfA = trials.getFirst();
    assertEquals(List.of("korquad-1"), halfA.corpus().stream().map(r -> r.id()).toList());
    Probe own = halfA.probes().get(0);
    Probe other = halfA.probes().get(1);
    assertTrue(own.answerable());
    assertEquals("A", own.fold());
    assertFalse(other.answerable(), "the other article's question has no answer in this half");
    assertEquals("B", other.fold(), "a question keeps its fold in every corpus");
    assertTrue(own.answers().test(new Probe.Quoted("korquad-1", 1, "도서관은 아홉 시에 연다.")));
    assertFalse(own.answers().test(new Probe.Quoted("korquad-2", 1, "할아버지는 하모니카를 연주했다.")));
    assertFalse(other.answers().test(new Probe.Quoted("korquad-2", 1, "할아버지는 하모니카를 연주했다.")));
  }

  @Test
  void codeSwitchedQuestionsAreAskedOfTheSameHalvesAndJudgedAsTheirOriginals() throws IOException {
    CodeSwitching switching =
        CodeSwitching.load(
            Path.of("config", "lexicon"), Analysis.load(Path.of("config", "analysis")));
    List<SelectiveSets.Trial> trials = sets().withCodeSwitched(switching).trials();
    // Nori reads 도서관 as 도서 | 관, so only 할아버지 makes a word of its own the noun lexicon names.
    Probe inHalfA = switched(trials.get(0));
    Probe inHalfB = switched(trials.get(2));
    assertEquals("grandfather는 무엇을 연주했나?", inHalfA.question());
    assertEquals("mix", inHalfA.language());
    assertFalse(
        inHalfA.answerable(), "asked where its answer is not, as the question it was made from");
    assertTrue(inHalfB.answerable());
    assertTrue(inHalfB.answers().test(new Probe.Quoted("korquad-2", 1, "할아버지는 하모니카를 연주했다.")));
    assertTrue(
        trials.stream()
            .filter(t -> !t.name().startsWith("KorQuAD half"))
            .allMatch(
                t -> t.probes().stream().noneMatch(p -> p.set().equals("KorQuAD code-switched"))),
        "only the split's questions are switched");
  }

  @Test
  void glossedQuestionsAreAskedOfTheSameHalvesAndJudgedAsTheirOriginals() throws IOException {
    CodeSwitching switching =
        CodeSwitching.load(
            Path.of("config", "lexicon"), Analysis.load(Path.of("config", "analysis")));
    List<SelectiveSets.Trial> trials = sets().withGlossed(switching).trials();
    List<Probe> inHalfB =
        trials.get(2).probes().stream().filter(p -> p.set().equals("KorQuAD glossed")).toList();
    // Nori reads 도서관 as 도서 | 관, glossed as they are, as a lexicon lookup of the pieces would read
    // them.
    assertEquals(
        List.of("book tube hour open?", "grandfather 연주?"),
        inHalfB.stream().map(Probe::question).toList());
    assertEquals(List.of("mix", "mix"), inHalfB.stream().map(Probe::language).toList());
    assertFalse(
        inHalfB.get(0).answerable(),
        "asked where its answer is not, as the question it was made from");
    assertTrue(inHalfB.get(1).answerable());
    assertTrue(
        inHalfB.get(1).answers().test(new Probe.Quoted("korquad-2", 1, "할아버지는 하모니카를 연주했다.")));
    assertTrue(
        trials.stream()
            .filter(t -> !t.name().startsWith("KorQuAD half"))
            .allMatch(t -> t.probes().stream().noneMatch(p -> p.set().equals("KorQuAD glossed"))),
        "only the split's questions are glossed");

    List<Probe> alone =
        sets()
            .withArticleLeaveOut(Korquad.read(folder.resolve("korquad.json")), 1)
            .withGlossed(switching)
            .trials()
            .stream()
            .filter(t -> t.name().startsWith("KorQuAD article 2"))
            .flatMap(t -> t.probes().stream())
            .filter(p -> p.set().equals("KorQuAD article leave-out glossed"))
            .toList();
    assertEquals(
        List.of("grandfather 연주?"),
        alone.stream().map(Probe::question).toList(),
        "the leave-out set's questions too, where the benchmark asks them");
    assertTrue(alone.getFirst().answerable());
  }

  @Test
  void definitionQuestionsAskWhatANameOneArticleIntroducesIsAndTakeAQuoteThatIntroducesItToo()
      throws IOException {
    Path korquad = folder.resolve("names.json");
    Files.writeString(
        korquad,
        """
        {"data": [
          {"title": "햇살마을", "paragraphs": [{"context": "시립 도서관(City Library)은 아홉 시에 연다. \
        도서관은 크다. 하모니카(Harmonica)도 있다.", "qas": [
            {"question": "도서관은 몇 시에 여나?", "answers": [{"text": "아홉 시"}]}]}]},
          {"title": "음악회", "paragraphs": [{"context": "할아버지는 멋지게(masterful) Harmonica를 연주했다.", "qas": [
            {"question": "할아버지는 무엇을 연주했나?", "answers": [{"text": "Harmonica"}]}]}]}
        ]}
        """,
        UTF_8);
    Korquad read = Korquad.read(korquad);
    Files.writeString(folder.resolve("t.eng"), "I like tea.\n", UTF_8);
    Files.writeString(folder.resolve("t.kor"), "나는 차를 좋아한다.\n", UTF_8);
    List<SelectiveSets.Trial> trials =
        SelectiveSets.build(read, Tatoeba.read(folder.resolve("t.eng"), folder.resolve("t.kor")), 1)
            .trials();
    List<Probe> inHalfA = definitions(trials.get(0));
    // Harmonica is written in the other article too, and masterful is a gloss, not a name.
    assertEquals(
        List.of("What is City Library?", "도서관은 무엇인가?", "하모니카는 무엇인가?"),
        inHalfA.stream().map(Probe::question).toList());
    assertEquals(List.of("en", "ko", "ko"), inHalfA.stream().map(Probe::language).toList());
    assertTrue(inHalfA.stream().allMatch(Probe::answerable));
    Probe library = inHalfA.get(1);
    assertTrue(
        library
            .answers()
            .test(new Probe.Quoted("korquad-1", 1, "시립 도서관(City Library)은 아홉 시에 연다.")));
    assertFalse(
        library.answers().test(new Probe.Quoted("korquad-1", 1, "도서관은 크다.")),
        "it only mentions it");
    List<Probe> inHalfB = definitions(trials.get(2));
    assertEquals(3, inHalfB.size());
    assertTrue(inHalfB.stream().noneMatch(Probe::answerable), "the other half lacks the article");
    assertTrue(
        trials.stream()
            .filter(t -> !t.name().startsWith("KorQuAD half"))
            .allMatch(t -> definitions(t).isEmpty()));
  }

  private static List<Probe> definitions(SelectiveSets.Trial trial) {
    return trial.probes().stream().filter(p -> p.set().equals("KorQuAD definitions")).toList();
  }

  private static Probe switched(SelectiveSets.Trial trial) {
    List<Probe> switched =
        trial.probes().stream().filter(p -> p.set().equals("KorQuAD code-switched")).toList();
    assertEquals(1, switched.size(), switched.toString());
    return switched.getFirst();
  }

  @Test
  void tatoebaSentencesAreRightOnlyWithTheirPairAndOffTopicQuestionsGoToTheConfiguredCorpus()
      throws IOException {
    List<SelectiveSets.Trial> trials = sets().trials();
    Probe tea = trials.get(4).probes().getFirst();
    assertEquals("en", tea.language());
    assertTrue(tea.answers().test(new Probe.Quoted("tatoeba-1", 1, "나는 차를 좋아한다.")));
    assertFalse(tea.answers().test(new Probe.Quoted("tatoeba-2", 1, "개가 잔다.")));
    Probe koreanTea = trials.get(6).probes().getFirst();
    assertEquals("ko", koreanTea.language());
    assertEquals("나는 차를 좋아한다.", koreanTea.question());
    assertTrue(koreanTea.answers().test(new Probe.Quoted("tatoeba-en-1", 1, "I like tea.")));
    assertFalse(koreanTea.answers().test(new Probe.Quoted("tatoeba-1", 1, "나는 차를 좋아한다.")));
    assertEquals(
        List.of("tatoeba-en-1"), trials.get(6).corpus().stream().map(r -> r.id()).toList());
    SelectiveSets.Trial configured = trials.getLast();
    assertTrue(configured.configuredCorpus());
    assertEquals(
        6,
        configured.probes().size(),
        "both KorQuAD questions and both Tatoeba pairs in both languages");
    assertTrue(configured.probes().stream().noneMatch(Probe::answerable));
  }

  @Test
  void aTatoebaSentenceTheTestSetHoldsTwiceIsAnsweredByEitherCopy() throws IOException {
    Path english =
        Files.writeString(
            folder.resolve("t.eng"),
            "Read this book.\nI like tea.\nThe dog sleeps.\nRead this book!\n",
            UTF_8);
    Path korean =
        Files.writeString(
            folder.resolve("t.kor"), "이 책 읽어.\n나는 차를 좋아한다.\n개가 잔다.\n이 책을 읽으세요.\n", UTF_8);
    Path korquad =
        Files.writeString(
            folder.resolve("k.json"),
            """
            {"data": [{"title": "바다", "paragraphs": [{"context": "고래는 바다에 산다.",
              "qas": [{"question": "고래는 어디에 사나?", "answers": [{"text": "바다"}]}]}]}]}\
            """,
            UTF_8);
    SelectiveSets.Trial halfB =
        SelectiveSets.build(Korquad.read(korquad), Tatoeba.read(english, korean), 1)
            .trials()
            .stream()
            .filter(t -> t.name().equals("Tatoeba English to Korean half B"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of("tatoeba-2", "tatoeba-4"), halfB.corpus().stream().map(r -> r.id()).toList());
    Probe read = halfB.probes().get(0);
    assertEquals("Read this book.", read.question());
    assertEquals("A", read.fold());
    assertTrue(read.answerable(), "half B holds the other copy of its pair");
    assertTrue(read.answers().test(new Probe.Quoted("tatoeba-4", 1, "이 책을 읽으세요.")));
    assertFalse(read.answers().test(new Probe.Quoted("tatoeba-2", 1, "나는 차를 좋아한다.")));
    Probe dog = halfB.probes().get(2);
    assertEquals("The dog sleeps.", dog.question());
    assertFalse(dog.answerable(), "a sentence said once has no answer in the other half");
  }

  /** Four small corpora's worth of one-paragraph articles, each with one question. */
  private SelectiveSets manyArticles() throws IOException {
    int articles = 4 * SelectiveSets.SMALL_CORPUS_ARTICLES;
    StringBuilder json = new StringBuilder("{\"data\": [");
    for (int a = 1; a <= articles; a++) {
      json.append(a > 1 ? "," : "")
          .append(
              """
              {"title": "마을 %d", "paragraphs": [{"context": "마을 %d의 도서관은 %d시에 연다.", "qas": [
                {"question": "마을 %d의 도서관은 몇 시에 여나?", "answers": [{"text": "%d시"}]}]}]}
              """
                  .formatted(a, a, a, a, a));
    }
    Path korquad = folder.resolve("many.json");
    Files.writeString(korquad, json.append("]}").toString(), UTF_8);
    Path english = folder.resolve("t.eng");
    Path korean = folder.resolve("t.kor");
    Files.writeString(english, "I like tea.\n", UTF_8);
    Files.writeString(korean, "나는 차를 좋아한다.\n", UTF_8);
    return SelectiveSets.build(Korquad.read(korquad), Tatoeba.read(english, korean), 1);
  }

  @Test
  void smallCorporaAskEachQuestionOfItsOwnGroupAndOfTheNextGroupOfItsHalf() throws IOException {
    List<SelectiveSets.Trial> small =
        manyArticles().trials().stream()
            .filter(t -> t.name().startsWith("KorQuAD small corpus"))
            .toList();
    assertEquals(
        List.of(
            "KorQuAD small corpus A1",
            "KorQuAD small corpus A2",
            "KorQuAD small corpus B1",
            "KorQuAD small corpus B2"),
        small.stream().map(SelectiveSets.Trial::name).toList());
    SelectiveSets.Trial a1 = small.getFirst();
    assertEquals(SelectiveSets.SMALL_CORPUS_ARTICLES, a1.corpus().size());
    assertTrue(
        a1.corpus().stream()
            .allMatch(r -> Integer.parseInt(r.id().substring("korquad-".length())) % 2 == 1),
        "half A holds the odd-numbered articles: " + a1.corpus());
    long answerable = a1.probes().stream().filter(Probe::answerable).count();
    assertEquals(
        SelectiveSets.SMALL_CORPUS_ARTICLES, answerable, "one question per article of the group");
    assertEquals(
        2 * SelectiveSets.SMALL_CORPUS_ARTICLES,
        a1.probes().size(),
        "and as many from the next group");
    assertTrue(a1.probes().stream().allMatch(p -> p.fold().equals("A")), "all from half A");
  }

  @Test
  void shortenedQuestionsAreAskedOfTheSmallCorporaAndJudgedAsTheWholeQuestions()
      throws IOException {
    List<SelectiveSets.Trial> trials = manyArticles().withShortened().trials();
    SelectiveSets.Trial a1 =
        trials.stream()
            .filter(t -> t.name().equals("KorQuAD small corpus A1"))
            .findFirst()
            .orElseThrow();
    List<Probe> whole =
        a1.probes().stream().filter(p -> p.set().equals("KorQuAD small corpora")).toList();
    List<Probe> shortened =
        a1.probes().stream().filter(p -> p.set().equals("KorQuAD short")).toList();
    assertEquals(whole.size(), shortened.size(), "each question also asked in two words");
    for (int i = 0; i < whole.size(); i++) {
      assertEquals(whole.get(i).answerable(), shortened.get(i).answerable());
      assertEquals(whole.get(i).fold(), shortened.get(i).fold());
      String[] words = whole.get(i).question().split(" ");
      assertEquals(words[0] + " " + words[words.length - 1], shortened.get(i).question());
    }
    assertEquals("마을 여나?", shortened.getFirst().question());
    assertTrue(
        shortened.getFirst().answers().test(new Probe.Quoted("korquad-1", 1, "마을 1의 도서관은 1시에 연다.")),
        "judged as the whole question is");
    assertFalse(
        shortened
            .getFirst()
            .answers()
            .test(new Probe.Quoted("korquad-3", 1, "마을 3의 도서관은 3시에 연다.")));
    assertTrue(
        trials.stream()
            .filter(t -> !t.name().startsWith("KorQuAD small corpus"))
            .flatMap(t -> t.probes().stream())
            .noneMatch(p -> p.set().equals("KorQuAD short")),
        "nowhere else");
  }

  @Test
  void anArticleAloneIsAskedItsQuestionsAndWithoutTheirParagraphsWhatItDoesNotSayElsewhere()
      throws IOException {
    Path korquad = folder.resolve("article.json");
    Files.writeString(
        korquad,
        """
        {"data": [{"title": "햇살마을", "paragraphs": [
          {"context": "도서관은 아홉 시에 연다.", "qas": [
            {"question": "도서관은 몇 시에 여나?", "answers": [{"text": "아홉 시"}]}]},
          {"context": "할아버지는 아홉 시에 하모니카를 연주했다.", "qas": [
            {"question": "할아버지는 무엇을 연주했나?", "answers": [{"text": "하모니카"}]}]},
          {"context": "마을 회관은 1990년에 지었다.", "qas": [
            {"question": "마을 회관은 언제 지었나?", "answers": [{"text": "1990년"}]}]}]}]}
        """,
        UTF_8);
    Files.writeString(folder.resolve("t.eng"), "I like tea.\n", UTF_8);
    Files.writeString(folder.resolve("t.kor"), "나는 차를 좋아한다.\n", UTF_8);
    Korquad read = Korquad.read(korquad);
    SelectiveSets built =
        SelectiveSets.build(
            read, Tatoeba.read(folder.resolve("t.eng"), folder.resolve("t.kor")), 1);
    List<SelectiveSets.Trial> all = built.withArticleLeaveOut(read, 1).trials();
    List<SelectiveSets.Trial> added = all.subList(built.trials().size(), all.size());
    assertEquals(
        List.of(
            "KorQuAD article 1",
            "KorQuAD article 1 without its even-numbered paragraphs",
            "KorQuAD article 1 without its odd-numbered paragraphs"),
        added.stream().map(SelectiveSets.Trial::name).toList());

    SelectiveSets.Trial whole = added.get(0);
    assertEquals(List.of(read.articles().getFirst()), whole.corpus());
    assertTrue(
        whole.probes().stream()
            .allMatch(p -> p.answerable() && p.set().equals("KorQuAD article leave-out")));
    Probe harmonica = whole.probes().get(1);
    assertTrue(
        harmonica.answers().test(new Probe.Quoted("korquad-1", 2, "할아버지는 아홉 시에 하모니카를 연주했다.")));
    assertFalse(harmonica.answers().test(new Probe.Quoted("korquad-1", 1, "도서관은 아홉 시에 연다.")));

    SelectiveSets.Trial withoutEven = added.get(1);
    assertEquals("도서관은 아홉 시에 연다.\n마을 회관은 1990년에 지었다.\n", withoutEven.corpus().getFirst().text());
    assertEquals(
        List.of("할아버지는 무엇을 연주했나?"), withoutEven.probes().stream().map(Probe::question).toList());
    assertFalse(withoutEven.probes().getFirst().answerable());
    // The library's question is asked nowhere without its paragraph: the grandfather's paragraph
    // says 아홉 시 too.
    SelectiveSets.Trial withoutOdd = added.get(2);
    assertEquals("할아버지는 아홉 시에 하모니카를 연주했다.\n", withoutOdd.corpus().getFirst().text());
    assertEquals(
        List.of("마을 회관은 언제 지었나?"), withoutOdd.probes().stream().map(Probe::question).toList());
  }

  @Test
  void aQuestionOfTwoWordsOrFewerIsNotShortened() {
    assertEquals("도서관 위치는?", SelectiveSets.shortened("도서관 위치는?"));
    assertEquals("도서관은 여나?", SelectiveSets.shortened(" 도서관은 몇 시에 여나? "));
  }
}
