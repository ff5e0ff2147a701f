package dev.gwanyong.index;

import dev.gwanyong.index.Morphemes.Morpheme;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ko.POS;

/**
 * Reads Korean chat's playful endings as the endings they play on: 요 written 용 or 염 and 다 written 당
 * (세웠나용, 뭐예용, 감사해염, 감사합니당). Nori's dictionary lacks them and reads the last syllables as a noun
 * (나용, 예용, 해염, 당), which the question was then searched for: "쿠버네티스는 뭐예용?" was refused at 0.06
 * where "쿠버네티스는 뭐예요?" is answered at 0.99, and 고마워용 was asked of the sources instead of being taken
 * as thanks. Nori's dictionary has nouns that end so too (사용, 식당, 민주당, 구내염), so a word is read so
 * only when Nori reads its end as an ending's syllable and the playful one (나용, 예용, 세용, 해염, 이당), or
 * the playful syllable alone after what is no noun (고마워 | 용, 합니 | 당; not 민주 | 당 or 신 | 당), and when
 * the word written with the plain syllable ends in an ending.
 */
final class PlayfulEndings {

  /**
   * A word of two syllables or more ending in a playful syllable, punctuation, closing quotes and
   * brackets aside.
   */
  private static final Pattern CANDIDATE =
      Pattern.compile("(?<=[가-힣])[용당염](?=[\\p{Po}\\p{Pe}\\p{Pf}~]*(?:\\s|$))");

  /** The syllables that end the endings played on (세웠나요, 뭐예요, 하세요, 감사해요, 짱이다, 합니다, 좋아요). */
  private static final String ENDING_SYLLABLES = "나예세해이니어아네까지죠";

  /**
   * Nori's tags of what a noun follows in a compound written as one word: nouns, names, noun
   * prefixes, Latin and Chinese letters and numbers (민주 | 당, 신 | 당, K8s | 사용).
   */
  private static final Set<POS.Tag> NOUNS =
      EnumSet.of(
          POS.Tag.NNG,
          POS.Tag.NNP,
          POS.Tag.NNB,
          POS.Tag.NNBC,
          POS.Tag.NR,
          POS.Tag.NP,
          POS.Tag.XPN,
          POS.Tag.XR,
          POS.Tag.SL,
          POS.Tag.SH,
          POS.Tag.SN);

  /** Nori's tags of Latin and Chinese letters and numbers. */
  private static final Set<POS.Tag> FOREIGN = EnumSet.of(POS.Tag.SL, POS.Tag.SH, POS.Tag.SN);

  /** Nori's tags of an ending that closes a word: a final or a connective ending. */
  private static final Set<POS.Tag> CLOSING_ENDINGS = EnumSet.of(POS.Tag.EF, POS.Tag.EC);

  private final Morphemes reader;

  /**
   * @param morphemes reads a word morpheme by morpheme
   */
  PlayfulEndings(Morphemes morphemes) {
    this.reader = morphemes;
  }

  /**
   * The text with each playful ending written as the plain one; the text itself when it has none.
   */
  String plain(String text) {
    Matcher candidate = CANDIDATE.matcher(text);
    if (!candidate.find()) {
      return text;
    }
    StringBuilder plain = new StringBuilder(text);
    do {
      int at = candidate.start();
      int wordStart = at;
      while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      // From its first letter: a quote or a bracket before it is no part of the word ('해당).
      while (!Character.isLetterOrDigit(text.charAt(wordStart))) {
        wordStart++;
      }
      String word = text.substring(wordStart, at + 1);
      char plainSyllable = text.charAt(at) == '당' ? '다' : '요';
      if (playsOnEnding(word)
          && endsInEnding(word.substring(0, word.length() - 1) + plainSyllable)) {
        plain.setCharAt(at, plainSyllable);
      }
    } while (candidate.find());
    return plain.toString();
  }

  /**
   * Whether Nori reads the word's end as a noun made of an ending's syllable and the playful one,
   * or the playful syllable alone as a noun after what is no noun.
   */
  private boolean playsOnEnding(String word) {
    List<Morpheme> readings = reader.of(word);
    if (readings.isEmpty()) {
      return false;
    }
    Morpheme last = readings.getLast();
    // A word Nori reads whole is a word of its dictionary (해당, 이용, 사용), not a play on one.
    if (readings.size() < 2 || last.start() == 0 || CLOSING_ENDINGS.contains(last.tag())) {
      return false;
    }
    POS.Tag before = readings.get(readings.size() - 2).tag();
    return switch (word.length() - last.start()) {
      // Not after a Latin word or a number, which a Korean noun follows unspaced in chat (AWS이용).
      case 2 ->
          ENDING_SYLLABLES.indexOf(word.charAt(last.start())) >= 0 && !FOREIGN.contains(before);
      case 1 -> !NOUNS.contains(before);
      default -> false;
    };
  }

  private boolean endsInEnding(String word) {
    List<Morpheme> readings = reader.of(word);
    return !readings.isEmpty() && CLOSING_ENDINGS.contains(readings.getLast().tag());
  }
}
