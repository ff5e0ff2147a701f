package dev.gwanyong.eval;

import dev.gwanyong.corpus.RecordImporter;
import dev.gwanyong.index.Introductions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions that ask what a name is ("What is CNCF?", "CNCF는 무엇인가?"), made from the names a corpus
 * introduces in parentheses: 클라우드 네이티브 컴퓨팅 재단(CNCF), 에밀리 디킨슨(Emily Dickinson, 1830년 …). Members ask
 * what a name is more than anything else, and neither KorQuAD's questions nor Tatoeba's sentences
 * do. A quote answers when it introduces the name too ({@link Introductions#introduces}), where a
 * text says what the name stands for or is; one that only mentions it ("도서관은 크다.") does not.
 */
final class DefinitionQuestions {

  /**
   * A Latin-script name that opens a parenthesis and ends it or a comma: capitalised, as a name or
   * an acronym is (the lower-case words a Korean text glosses in English, 대가다운(masterful), are no
   * names), and at most 40 letters.
   */
  private static final String LATIN_NAME = "\\p{Lu}[\\p{IsLatin}\\d .&'-]{0,38}[\\p{IsLatin}\\d]";

  private static final Pattern INTRODUCED = Pattern.compile("\\(\\s*(" + LATIN_NAME + ")\\s*[,)]");

  /**
   * A Hangul word written before its original spelling, Latin or Hanja: 디킨슨(Emily Dickinson),
   * 화폐학(貨幣學). The article then writes it in Hangul alone, often many times, so most of its
   * sentences only mention it.
   */
  private static final Pattern INTRODUCED_IN_HANGUL =
      Pattern.compile(
          "(\\p{IsHangul}{2,}) ?\\(\\s*(?:" + LATIN_NAME + "|\\p{IsHan}{1,10})\\s*[,)]");

  private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");

  /** A question about one name, and the article that introduces it. */
  record Defined(String question, String language, String name, int article) {

    boolean answeredBy(Probe.Quoted quoted) {
      return Introductions.introduces(quoted.quote(), name);
    }
  }

  private DefinitionQuestions() {}

  /**
   * One question for each name that one article introduces and no other article writes, so that the
   * half without that article cannot answer it; in English and in Korean by turns, in the order the
   * articles introduce them.
   */
  static List<Defined> of(List<RecordImporter.Record> articles) {
    Map<String, Integer> introducedIn = new LinkedHashMap<>();
    for (int a = 0; a < articles.size(); a++) {
      for (Pattern introduced : List.of(INTRODUCED, INTRODUCED_IN_HANGUL)) {
        Matcher name = introduced.matcher(articles.get(a).text());
        while (name.find()) {
          introducedIn.putIfAbsent(name.group(1), a);
        }
      }
    }
    List<String> lowerCaseTexts =
        articles.stream().map(r -> r.text().toLowerCase(Locale.ROOT)).toList();
    List<Defined> questions = new ArrayList<>();
    introducedIn.forEach(
        (name, article) -> {
          String lowerCase = name.toLowerCase(Locale.ROOT);
          if (lowerCaseTexts.stream().filter(text -> text.contains(lowerCase)).count() == 1) {
            boolean inEnglish = questions.size() % 2 == 0 && !HANGUL.matcher(name).find();
            questions.add(
                inEnglish
                    ? new Defined("What is " + name + "?", "en", name, article)
                    : new Defined(name + topicParticle(name) + " 무엇인가?", "ko", name, article));
          }
        });
    return questions;
  }

  /** 은 after a Hangul syllable that closes with a consonant, 는 after any other. */
  private static String topicParticle(String name) {
    char last = name.charAt(name.length() - 1);
    boolean closed = last >= '가' && last <= '힣' && (last - '가') % 28 != 0;
    return closed ? "은" : "는";
  }
}
