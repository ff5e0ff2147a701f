package dev.gwanyong.answer;

/** The language the bot speaks back in: the language of the question. */
public enum Language {
  KOREAN("ko"),
  ENGLISH("en");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /**
   * Korean when the question has Hangul and it makes up at least a third of its letters, else
   * English. A mixed question such as "k8s가 vendor lock-in 없이 성공한 이유?" is answered in Korean.
   */
  public static Language of(String question) {
    int hangul = 0;
    int letters = 0;
    for (int i = 0; i < question.length(); ) {
      int cp = question.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL) {
          hangul++;
        }
      }
    }
    return hangul > 0 && hangul * 3 >= letters ? KOREAN : ENGLISH;
  }
}
