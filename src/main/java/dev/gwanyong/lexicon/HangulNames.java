package dev.gwanyong.lexicon;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The names of an English text by the Hangul words they may be written as, for a Korean question
 * asking about them: 톰 for Tom, 켄 for Ken, as {@link Transliterator} writes an English word in
 * Hangul. A name of one or two syllables has too few consonants for a phonetic key that says
 * anything (Tom and Tim, Ken and Kane share theirs), so the Hangul word is looked up as a whole
 * among its names' forms.
 */
public final class HangulNames {

  private final Map<String, Set<String>> namesByForm;

  private HangulNames(Map<String, Set<String>> namesByForm) {
    this.namesByForm = namesByForm;
  }

  static HangulNames of(Collection<String> names, Transliterator transliterator) {
    Map<String, Set<String>> byForm = new HashMap<>();
    for (String name : names) {
      for (String form : transliterator.hangul(name)) {
        byForm.computeIfAbsent(form, f -> new LinkedHashSet<>()).add(name);
      }
    }
    return new HangulNames(byForm);
  }

  /**
   * The names, in lower case, that a Hangul word may be written for; none when it writes none of
   * them.
   */
  public Set<String> names(String hangul) {
    return namesByForm.getOrDefault(hangul, Set.of());
  }
}
